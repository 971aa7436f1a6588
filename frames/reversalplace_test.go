package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestReversalPlace (targets21): a lifted measure noun's in-phrase is the place where it held,
// no party eased towards (Quirk et al. 1985, 9.15–9.17): the target is the measure. Near miss:
// an on-phrase naming a party stays the target ("lifted sanctions on Chile").
func TestReversalPlace(t *testing.T) {
	lx, sm := lexiconAndParser(t)
	for _, c := range []struct {
		text, tgt string
		want      bool
	}{
		{"The Kenyan authorities lifted a curfew in Garissa after a week of calm.", "Garissa", false},
		{"The Kenyan authorities lifted a curfew in Garissa after a week of calm.", "curfew", true},
		{"Police lifted the curfew in Mombasa on Sunday.", "Mombasa", false},
		// near miss: a party
		{"The European Union will lift the sanctions on Chile.", "Chile", true},
	} {
		toks := parsed(sm, c.text)
		got := false
		for _, m := range lx.Match(toks) {
			if m.Type == graph.Offers && form(toks, m.Target) == c.tgt {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: OFFERS → %s: want %v;%s", c.text, c.tgt, c.want, describe(toks, lx.Match(toks)))
		}
	}
}
