package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestStanceHolder31 (branch stancenoun31): holders of a stance named outside the subject of a
// stance verb, on invented wordings. (1) An agent noun with a name premodifier predicated of a
// person in apposition or after the copula ("Ray Dunn, a longtime Marsh supporter"): the name
// is its object (frames agentRelatum). (2) A possessor with a from-phrase agent ("Marsh's
// support from union leaders": the from-phrase supports the possessor). (3) A relative clause on
// a collective-noun appositive ("the union leaders, a group that is firmly opposed to …") is its
// anchor's stance. Near misses: "Marsh supporters" gives Marsh no stance, a possessor of an agent
// noun is its relatum ("his Topeka critics": no stance of the possessor), a person appositive
// stays the loader's.
func TestStanceHolder31(t *testing.T) {
	v := view(extractText(t, "Governor race tightens\n\n"+
		"Governor Ellen Marsh of Kansas faces Senator Tom Pike in November. "+
		"State Rep. Ray Dunn, a longtime Marsh supporter, spoke first at the rally in Salina. "+
		"The bill passed because of Marsh's strong support from union leaders. "+
		"Farm bureau officials, a group that is firmly opposed to Pike, met on Friday. "+
		"Marsh supporters cheered outside the hall. "+
		"Pike greeted his Topeka critics on Saturday."))
	for _, c := range []struct {
		typ         graph.RelType
		src, target string
	}{
		{graph.Supports, "Ray Dunn", "Ellen Marsh"},
		{graph.Supports, "union leaders", "Ellen Marsh"},
		{graph.Opposes, "Farm bureau officials", "Tom Pike"},
	} {
		if len(v.rels(c.typ, c.src, c.target)) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%s has no %s of %q", c.src, c.typ, c.target)
		}
	}
	if rs := v.rels(graph.Supports, "Ellen Marsh"); len(rs) > 0 {
		v.dump(os.Stderr)
		t.Errorf("the relatum of 'Marsh supporters' became a source: %v", rs)
	}
	if rs := v.rels(graph.Opposes, "Tom Pike"); len(rs) > 0 {
		v.dump(os.Stderr)
		t.Errorf("the possessor of 'his critics' became a source: %v", rs)
	}
}
