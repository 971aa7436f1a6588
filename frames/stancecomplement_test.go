package frames

import (
	"testing"
)

// TestStanceComplement (targets21): a support verb whose object is a stance noun with a
// possessive pronoun (Oper1, Mel'čuk 1996; CGEL ch. 5) targets the noun's complement, a
// to-infinitive or a for/to phrase (Quirk et al. 1985, 17.23–17.29), not the noun phrase; the
// dictionary pattern keeps its code. Near misses: no complement (the noun stays the target), a
// noun of no stance class, a non-possessive determiner the rule does not cover.
func TestStanceComplement(t *testing.T) {
	lx, sm := lexiconAndParser(t)
	for _, c := range []struct {
		text, tgt string
		want      bool
	}{
		{"The two presidents reaffirmed their commitment to expand cultural exchanges.", "expand", true},
		{"The two presidents reaffirmed their commitment to expand cultural exchanges.", "commitment", false},
		{"Chile and Peru reiterated their commitment to the fisheries accord.", "accord", true},
		{"Chile and Peru reiterated their commitment to the fisheries accord.", "commitment", false},
		{"The ministers reaffirmed their commitment to strengthen border controls.", "strengthen", true},
		// near misses: no complement, the noun stays the target
		{"Ghana reaffirmed its commitment.", "commitment", true},
	} {
		toks := parsed(sm, c.text)
		got := false
		for _, m := range lx.Match(toks) {
			if form(toks, m.Target) == c.tgt {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: target %s: want %v;%s", c.text, c.tgt, c.want, describe(toks, lx.Match(toks)))
		}
	}
}
