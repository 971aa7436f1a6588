package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// TestCoordinatedNamesNoProgram: known names joined by "and" before a program head noun are the
// coordinated subject of a headline's present-tense verb (block language), never one program's
// name (allLexical); the lead under such a headline keeps its stances. Near miss: a program whose
// name holds a word that is no known name keeps its POLICY node.
func TestCoordinatedNamesNoProgram(t *testing.T) {
	fire := []struct{ text, src, target, notPolicy string }{
		{"Chile and Bolivia sign treaty on Silala waters\n\nSANTIAGO, May 9 - Chile and Bolivia signed a treaty on Friday to share the Silala river.", "Bolivia", "treaty", "Chile and Bolivia"},
		{"Egypt and Sudan reach agreement over Nile dam\n\nCAIRO, Jan 12 - Egypt and Sudan endorsed an agreement on the dam's filling schedule, officials said.", "Sudan", "agreement", "Egypt and Sudan"},
	}
	for _, c := range fire {
		v := view(extractDoc(t, input.Document{Source: "t.txt", Text: c.text}))
		for _, nd := range v.g.Nodes {
			if nd.Kind == graph.Policy && nd.Name == c.notPolicy {
				t.Errorf("%q: POLICY %q", c.text, nd.Name)
			}
		}
		if len(v.rels(graph.Supports, c.src, c.target)) == 0 && len(v.rels(graph.Offers, c.src, c.target)) == 0 {
			t.Errorf("%q: no SUPPORTS or OFFERS from %s to %q", c.text, c.src, c.target)
			v.dump(os.Stderr)
		}
	}
	v := view(extractDoc(t, input.Document{Source: "t.txt", Text: "Brazil opposed the Amazon and Andes Conservation Plan on Monday."}))
	if n := v.node("Amazon and Andes Conservation Plan"); n == nil || n.Kind != graph.Policy {
		t.Errorf("Amazon and Andes Conservation Plan: no POLICY node")
		v.dump(os.Stderr)
	}
}
