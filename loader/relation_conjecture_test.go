package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestReportNounContent: the that-clause of a noun of report, belief or hearsay is what is
// rumoured, reported or feared, not an act asserted (relation_conjecture.go; dev13 class
// rumours, new-user trial 13 finding 6), whatever the parser makes of a sentence it opens.
// Near misses that must fire: the main clause beside such a noun ("Amid reports that …, Peru
// expelled …"), and a verb of saying whose medium is such a noun ("said in a statement that it
// supported …").
func TestReportNounContent(t *testing.T) {
	for _, c := range []struct {
		text, src string
		typ       graph.RelType
	}{
		{"Rumours that Nigeria had banned imports of Ghanaian rice circulated on social media, but officials in Abuja said no such order existed.", "Nigeria", graph.Sanctions},
		{"Rumors that Kenya had banned maize imports from Uganda spread quickly.", "Kenya", graph.Sanctions},
		{"Speculation that Russia will cut gas supplies to Moldova grew.", "Russia", graph.Sanctions},
	} {
		v := view(extractText(t, c.text))
		if rs := v.rels(c.typ, c.src); len(rs) > 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: the rumoured act gave %s %s", c.text, c.src, c.typ)
		}
	}
	for _, c := range []struct {
		text, src, tgt string
		typ            graph.RelType
	}{
		{"Amid reports that Chile had seized a fishing boat, Peru expelled the Chilean ambassador.", "Peru", "ambassador", graph.Sanctions},
		{"The retailer Lindex said in a statement that it supported fair wage negotiations.", "Lindex", "wage negotiations", graph.Supports},
		{"The Andean Council said in a letter that it strongly opposed the new border fees.", "Andean Council", "border fees", graph.Opposes},
	} {
		v := view(extractText(t, c.text))
		if len(v.rels(c.typ, c.src, c.tgt)) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: no %s %s -> %s", c.text, c.typ, c.src, c.tgt)
		}
	}
}
