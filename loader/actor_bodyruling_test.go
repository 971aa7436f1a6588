package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// TestBodyRulingHead: a state body noun premodifying a ruling head ("the Thai military
// leadership", "the Sudanese military government") is the body acting (actor_bodyruling.go);
// near misses: the ruling head modifying a noun after it ("military leadership training"), a
// body noun modifying an ordinary noun ("the navy base").
func TestBodyRulingHead(t *testing.T) {
	fire := []struct{ text, src, typ, target string }{
		{"LIMA, May 2 (Reuters) - The Peruvian military leadership rejected the amnesty proposal on Sunday.", "Military (Peru)", "OPPOSES", "amnesty"},
		{"ACCRA, June 9 (AP) - The Ghanaian military government promised to release the detained journalists.", "Military (Ghana)", "OFFERS", "journalists"},
		{"Fiji's military regime rejected the Commonwealth's demand for early elections, officials said.", "Military (Fiji)", "OPPOSES", "demand"},
		{"The Chilean army leadership welcomed the ruling on Monday.", "Army (Chile)", "SUPPORTS", "ruling"},
	}
	for _, c := range fire {
		v := view(extractDoc(t, input.Document{Source: "t.txt", Text: c.text}))
		if len(v.rels(graph.RelType(c.typ), c.src, c.target)) == 0 {
			t.Errorf("%q: no %s from %s to %q", c.text, c.typ, c.src, c.target)
			v.dump(os.Stderr)
		}
	}
	miss := []struct{ text, noSrc string }{
		{"Forty officers finished a military leadership training course in Lopburi, the army said.", "Military (Thailand)"},
		{"The Peruvian military leadership course rejected three applicants.", "Military (Peru)"},
		{"The Peruvian navy base rejected the supplies.", "Navy (Peru)"},
	}
	for _, c := range miss {
		v := view(extractDoc(t, input.Document{Source: "t.txt", Text: c.text}))
		if n := v.node(c.noSrc); n != nil {
			for _, r := range v.g.Relations {
				if r.Source == n.ID && r.Type != graph.PartOf {
					t.Errorf("%q: %s is a source (%s -> %s)", c.text, c.noSrc, r.Type, v.label(r.Target))
				}
			}
		}
	}
}
