package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// TestOwnEnvoy (targets21): a diplomatic reduction (CAMEO 161) of the subject's own envoy
// ("recalled its ambassador from X") targets the state the envoy is withdrawn from, named as a
// country or its capital, and not the envoy. Near miss: with no from-phrase no state is named
// and the envoy phrase stays the target.
func TestOwnEnvoy(t *testing.T) {
	for _, c := range []struct {
		text, src, tgt string
		want           bool
	}{
		{"Uruguay recalled its ambassador from Asuncion after the raid.", "Uruguay", "Paraguay", true},
		{"Uruguay recalled its ambassador from Asuncion after the raid.", "Uruguay", "its ambassador", false},
		{"Ghana withdrew its diplomats from Mali.", "Ghana", "Mali", true},
		// near miss: no state named
		{"Uruguay recalled its ambassador for consultations.", "Uruguay", "its ambassador", true},
	} {
		v := view(extractDoc(t, input.Document{Source: "t", Text: c.text}))
		if got := len(v.rels(graph.Sanctions, c.src, c.tgt)) > 0; got != c.want {
			t.Errorf("%s: SANCTIONS %s -> %q: want %v", c.text, c.src, c.tgt, c.want)
			v.dump(os.Stderr)
		}
	}
}
