package frames

import "testing"

// TestObjectRelative: in an object relative clause the antecedent fills the verb's object gap,
// with a zero relative or a "that" the parser left without the obj relation (objectRelative,
// Quirk et al. 1985, 17.10, 17.15); a subject relative, an adverbial antecedent and a clause
// with an object of its own keep their targets. Sentences written for this test (probe20).
func TestObjectRelative(t *testing.T) {
	lx, sm := lexiconAndParser(t)
	for _, c := range []struct {
		text, src, tgt string // tgt "" : the cue by src has no target
	}{
		{"Kenya signed the accord the rebels had rejected in May.", "rebels", "accord"},
		{"The peace plan that Japan rejected was drafted by South Korea.", "Japan", "plan"},
		{"Chile lifted the curbs the unions had denounced.", "unions", "curbs"},
		// near misses: an adverbial antecedent, a subject relative, an object of its own
		{"The day Japan withdrew, prices fell.", "Japan", ""},
		{"The country that rejected the plan was Chile.", "country", "plan"},
		{"The minister the union had criticized rejected the tariffs.", "minister", "tariffs"},
	} {
		toks := parsed(sm, c.text)
		ms := lx.Match(toks)
		found := false
		for _, m := range ms {
			if form(toks, m.Source) != c.src {
				continue
			}
			if c.tgt == "" && m.Target >= 0 {
				t.Errorf("%s: %s has target %q, want none%s", c.text, c.src, form(toks, m.Target), describe(toks, ms))
			}
			found = found || form(toks, m.Target) == c.tgt
		}
		if !found {
			t.Errorf("%s: no match %s → %q%s", c.text, c.src, c.tgt, describe(toks, ms))
		}
	}
}
