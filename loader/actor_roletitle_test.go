package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestRoleTitleWithNationality checks that a definite role title (titles.txt class role) after a
// nationality and with no name is the Phoenix agent of that country (descriptiveAgents,
// roleTitle), as the bare "the opposition leader" is the story country's; a title before a name
// or one whose holder the article names stays the person's.
func TestRoleTitleWithNationality(t *testing.T) {
	fire := []struct{ text, src, kw string }{
		{"LIMA, April 3 (Reuters) - The Peruvian opposition leader rejected the new budget on Monday.", "Peruvian opposition leader", "budget"},
		{"The Kenyan party leader condemned the arrests of the students in Mombasa.", "Kenyan party leader", "arrests"},
	}
	for _, c := range fire {
		v := view(extractText(t, c.text))
		if rs := v.rels(graph.Opposes, c.src, c.kw); len(rs) == 0 {
			t.Errorf("%q: want OPPOSES from %q", c.text, c.src)
		}
	}
	// near misses: a title before a name, and a holder the article names (the definite
	// description is coreference's, which does not yet resolve it: no node either way)
	miss := []string{
		"Opposition leader Raila Odinga rejected the new budget on Monday.",
		"Raila Odinga, the opposition leader, flew to Nairobi. The Kenyan opposition leader rejected the new budget on Monday.",
	}
	for _, text := range miss {
		v := view(extractText(t, text))
		if v.node("Kenyan opposition leader") != nil {
			t.Errorf("%q: node %q made, want the named holder", text, "Kenyan opposition leader")
		}
	}
	if rs := view(extractText(t, miss[0])).rels(graph.Opposes, "Raila Odinga", "budget"); len(rs) == 0 {
		t.Errorf("%q: want OPPOSES from Raila Odinga", miss[0])
	}
}
