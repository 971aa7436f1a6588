package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// TestClassifiedInstitution: an institution noun Phoenix heads compound agents with, classified by
// a common noun after a nationality or a possessor country ("the Ugandan rugby board", "Peru's
// chess federation"), is an ORGANIZATION of that country (actor_classifiedbody.go); near misses: a
// board that takes no stance ("met on Tuesday"), the phrase modifying a noun ("board elections").
func TestClassifiedInstitution(t *testing.T) {
	fire := []struct{ text, src, country, typ, target string }{
		{"KAMPALA, April 3 (AFP) - The Ugandan rugby board accused the sports council of withholding its grant.", "Ugandan rugby board", "UGA", "OPPOSES", "sports council"},
		{"Peru's chess federation threatened to boycott the Olympiad in protest at the ruling.", "chess federation (Peru)", "PER", "THREATENS", "boycott"},
		{"The Danish handball association rejected the proposal to expand the league.", "Danish handball association", "DNK", "OPPOSES", "proposal"},
	}
	for _, c := range fire {
		v := view(extractDoc(t, input.Document{Source: "t.txt", Text: c.text}))
		n := v.node(c.src)
		if len(v.rels(graph.RelType(c.typ), c.src, c.target)) == 0 || n == nil || n.Kind != graph.Organization || n.Country != c.country {
			t.Errorf("%q: want %s from ORGANIZATION %s (%s) to %q", c.text, c.typ, c.src, c.country, c.target)
			v.dump(os.Stderr)
		}
	}
	miss := []struct{ text, noSrc string }{
		{"The Ugandan rugby board met on Tuesday in Kampala.", "Ugandan rugby board"},
		{"The Ugandan rugby board elections were postponed after the ministry rejected the proposal.", "Ugandan rugby board"},
	}
	for _, c := range miss {
		v := view(extractDoc(t, input.Document{Source: "t.txt", Text: c.text}))
		if n := v.node(c.noSrc); n != nil {
			for _, r := range v.g.Relations {
				if r.Source == n.ID && r.Type != graph.MemberOf && r.Type != graph.PartOf {
					t.Errorf("%q: %s is a source (%s -> %s)", c.text, c.noSrc, r.Type, v.label(r.Target))
				}
			}
		}
	}
}
