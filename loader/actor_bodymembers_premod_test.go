package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// Premodifiers between a body's name and the plural head noun do not change the head: "GOP
// primary voters" are voters, not the party (actors/bodymembers.go; Quirk et al. 1985,
// 17.97-17.108). A countryless body gives a group with no country of its own.
func TestBodyMembersPremodified(t *testing.T) {
	g := extractText(t, "Poll shows split\n\nGOP primary voters back the governor, a new survey found. Republican voters oppose the new levy.")
	v := view(g)
	if len(v.rels(graph.Supports, "GOP primary voters", "governor")) == 0 {
		v.dump(t.Output())
		t.Fatal("GOP primary voters SUPPORTS governor is missing")
	}
	if n := v.node("GOP primary voters"); n == nil || n.Kind != graph.Group {
		t.Errorf("GOP primary voters: want a GROUP, got %+v", n)
	}
	if rs := v.rels(graph.Supports, "GOP", "governor"); len(rs) > 0 && v.label(rs[0].Source) == "GOP" {
		t.Errorf("the party itself backs the governor: %+v", rs)
	}
	// must not: a later bare plural with the same head is another indefinite reference, no
	// mention of the described group (actors/unnamed.go describedNamed)
	rs := v.rels(graph.Opposes, "", "levy")
	if len(rs) == 0 || v.label(rs[0].Source) == "GOP primary voters" {
		v.dump(t.Output())
		t.Errorf("Republican voters oppose the levy: want their own group, got %+v", rs)
	}
	// must not: a body followed by a lower-case verb is the body ("the Senate passed")
	g = extractText(t, "Bill advances\n\nWASHINGTON — The Senate passed the farm bill on Monday, and the House of Representatives rejected the plan.")
	v = view(g)
	if rs := v.rels(graph.Opposes, "House of Representatives", "plan"); len(rs) == 0 || v.byID[rs[0].Source].Kind != graph.Government {
		v.dump(t.Output())
		t.Errorf("the House of Representatives rejected the plan: want the chamber, got %+v", rs)
	}
}
