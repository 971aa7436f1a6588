package loader

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestWholeDoc21Shift loads the shift21 whole documents (loader/testdata/wholedoc21/shift21: a
// wire story, a ministry's press statement, a foreign ministry's statement, written for these
// rules; gold.txt lists what they should give) and checks, on the full text as a load extracts it,
// the stances of the shift21 rules: an object shifted past a time adverbial keeps its content
// clause (shiftedObject, Quirk et al. 1985, 18.39) and the infinitive after coordinated addressees
// is the request's content, asked of each (demandedInfinitive, 16.63), no act of the last one.
// Open (logged, not failed): "condemns in the strongest terms the attacks" in d3, where the
// tagger reads "condemns" after the subject name as a plural noun.
func TestWholeDoc21Shift(t *testing.T) {
	dir := filepath.Join("testdata", "wholedoc21", "shift21")
	for _, c := range []struct {
		file     string
		typ      graph.RelType
		src      string
		keywords []string
		want     bool
	}{
		// the parse26b pair reads the shifted object as obj and its that-clause as the noun's acl
		// (UD-right), and the rejection's target is the demand with its content, as written
		{"d1_wire_reject.txt", graph.Opposes, "Serbia", []string{"demand", "withdraw its police"}, true},
		{"d1_wire_reject.txt", graph.Demands, "European Union", []string{"Kosovo returning"}, true},
		{"d2_statement_condemn.txt", graph.Opposes, "Ghana", []string{"decision"}, true},
		{"d2_statement_condemn.txt", graph.Demands, "", []string{"ECOWAS Commission reopening"}, true},
		{"d3_statement_urge.txt", graph.Demands, "", []string{"Sudanese Armed Forces agreeing", "ceasefire"}, true},
		{"d3_statement_urge.txt", graph.Demands, "", []string{"Rapid Support Forces agreeing", "ceasefire"}, true},
		{"d3_statement_urge.txt", graph.Offers, "Rapid Support Forces", nil, false},
		{"d3_statement_urge.txt", graph.Supports, "Rapid Support Forces", nil, false},
	} {
		b, err := os.ReadFile(filepath.Join(dir, c.file))
		if err != nil {
			t.Fatal(err)
		}
		v := view(extractText(t, string(b)))
		if got := len(v.rels(c.typ, c.src, c.keywords...)) > 0; got != c.want {
			v.dump(os.Stderr)
			t.Errorf("%s: %s %q %v = %v, want %v", c.file, c.typ, c.src, c.keywords, got, c.want)
		}
	}
	b, _ := os.ReadFile(filepath.Join(dir, "d3_statement_urge.txt"))
	if v := view(extractText(t, string(b))); len(v.rels(graph.Opposes, "Canada", "attacks")) == 0 {
		t.Log("open: d3 Canada OPPOSES attacks (\"condemns in the strongest terms\", tagger reads condemns as a noun)")
	}
}
