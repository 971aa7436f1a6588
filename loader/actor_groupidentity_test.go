package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestGroupIdentities: a state's group named by its demonym in one article and by the state's
// name or short form in another is one node (the same ID), as CAMEO codes both alike
// (actors/groupidentity.go); written both ways in one article it is one entity. Must-nots: the
// same noun of two states, and a different noun of one state, stay apart.
func TestGroupIdentities(t *testing.T) {
	id := func(text, name string) string {
		t.Helper()
		g := extractDoc(t, input.Document{Source: "t", Text: text})
		n := view(g).node(name)
		if n == nil {
			t.Fatalf("no node %q in %q", name, text)
		}
		return n.ID
	}
	demonym := id("Brazilian farmers rejected the new tariffs on Monday.", "Brazilian farmers")
	name := id("United States farmers rejected the new tariffs on Tuesday.", "farmers (United States)")
	short := id("US farmers rejected the new tariffs on Monday.", "farmers (United States)")
	full := id("American farmers rejected the new tariffs on Tuesday.", "American farmers")
	if short != full || name != full {
		t.Errorf("US farmers %s, American farmers %s and United States farmers %s: not one node", short, full, name)
	}
	if other := id("Argentine farmers rejected the new tariffs on Monday.", "Argentine farmers"); other == demonym {
		t.Errorf("Argentine farmers and Brazilian farmers: one node %s", other)
	}
	if other := id("Brazilian workers rejected the new tariffs on Monday.", "Brazilian workers"); other == demonym {
		t.Errorf("Brazilian workers and Brazilian farmers: one node %s", other)
	}
	checkExpect(t, extractDoc(t, input.Document{Source: "t", Text: "American workers opposed the deal, and US workers will strike on Friday, the union said."}),
		[]string{"GROUP American workers", "country American workers = USA"})
}
