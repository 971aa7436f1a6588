package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// A body's name premodifying a plural noun of persons names a group of its members, not the body
// (actors/bodymembers.go; Quirk et al. 1985, 17.108).
func TestBodyMembersAreAGroup(t *testing.T) {
	g := extractText(t, "Budget vote delayed.\n\nWASHINGTON — Senate Republicans rejected the spending bill on Tuesday.\n\nThe Senate rejected the farm bill on Monday.")
	v := view(g)
	if len(v.rels(graph.Opposes, "Senate Republicans", "spending bill")) == 0 {
		v.dump(t.Output())
		t.Fatal("Senate Republicans OPPOSES spending bill is missing")
	}
	if n := v.node("Senate Republicans"); n == nil || n.Kind != graph.Group || n.Country != "USA" {
		t.Errorf("Senate Republicans: want a GROUP of USA, got %+v", n)
	}
	// must not: the chamber is not credited with its members' stance
	if rs := v.rels(graph.Opposes, "Senate", "spending bill"); len(rs) > 0 && v.label(rs[0].Source) == "Senate" {
		t.Errorf("the Senate itself opposes the spending bill: %+v", rs)
	}
	// must not: the body alone, followed by a verb, stays the body
	rs := v.rels(graph.Opposes, "Senate", "farm bill")
	if len(rs) == 0 || v.byID[rs[0].Source].Kind != graph.Government {
		v.dump(t.Output())
		t.Errorf("The Senate rejected the farm bill: want the chamber's stance, got %+v", rs)
	}
}
