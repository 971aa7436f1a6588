package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// TestRaisedObjectConjunct (targets21): a gerund or bare infinitive target with no complement
// of its own, coordinated with a verb of the same form that carries the object, runs to that
// shared object (right node raising, Quirk et al. 1985, 13.48). Near misses: a first verb with
// its own object keeps its own phrase; a conjunct with a subject of its own is a clause.
func TestRaisedObjectConjunct(t *testing.T) {
	for _, c := range []struct {
		text, src, tgt string
		want           bool
	}{
		{"Peru is committed to funding and expanding the rural clinics programme.", "Peru", "funding and expanding the rural clinics programme", true},
		{"Norway remains committed to rebuilding and equipping the damaged school in Gaza.", "Norway", "rebuilding and equipping the damaged school", true},
		// near misses
		{"Peru is committed to funding the clinics and expanding the programme.", "Peru", "funding the clinics and expanding", false},
	} {
		v := view(extractDoc(t, input.Document{Source: "t", Text: c.text}))
		got := len(v.rels(graph.Offers, c.src, c.tgt)) > 0
		if got != c.want {
			t.Errorf("%s: OFFERS %s -> %q: want %v", c.text, c.src, c.tgt, c.want)
			v.dump(os.Stderr)
		}
	}
}
