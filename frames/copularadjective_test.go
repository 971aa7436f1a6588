package frames

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestBareCopularAdjective (targets21): a modal of obligation over "it/this + be + adjective"
// ascribes a quality to a thing, no demand (Quirk et al. 1985, 10.8, 16.43). Near misses: a named
// subject, an adjective with a complement.
func TestBareCopularAdjective(t *testing.T) {
	lx, sm := lexiconAndParser(t)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The new fishing regime is welcome, but it needs to be transparent.", false},
		{"The deal is a start, and it has to be fair.", false},
		// near misses
		{"Japan needs to be flexible in the talks.", true},
		{"Sudan must stop the attacks.", true},
	} {
		toks := parsed(sm, c.text)
		got := false
		for _, m := range lx.Match(toks) {
			if m.Type == graph.Demands && strings.Contains(m.Rule, "clause-obligation") {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: clause-obligation DEMANDS: want %v;%s", c.text, c.want, describe(toks, lx.Match(toks)))
		}
	}
}
