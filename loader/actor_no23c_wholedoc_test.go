package loader

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestWholeDocNo23c loads the no23c whole documents (wire stories of our own wording, session 23,
// issues 13/14) and checks their gold: group heads with a nationality or a place premodifier,
// councils, a spokesman's own group, long passives.
func TestWholeDocNo23c(t *testing.T) {
	wholeDocKnownGold(t, filepath.Join("testdata", "wholedoc23", "no23c"))
}

// TestPersonNounGroups (actors/persongroup.go): a plural noun of persons (WordNet noun.person)
// after a nationality or a place the Phoenix records list names a group of that country; a
// council with classifying premodifiers after a nationality is that state's ORGANIZATION. A
// person noun placed only by "in X" and a place that is no premodifier stay without a group.
func TestPersonNounGroups(t *testing.T) {
	fire := []struct{ text, typ, src, country, kw string }{
		{"Ghanaian cocoa pickers demanded better prices from the state buyer.", "DEMANDS", "Ghanaian cocoa pickers", "GHA", "prices"},
		{"Nepali porters vowed to boycott the new trekking permits.", "*", "Nepali porters", "NPL", "permits"},
		{"Striking Kenyan porters rejected the pay offer.", "OPPOSES", "Kenyan porters", "KEN", "offer"},
		{"Bolivian widows rejected the pension reform.", "OPPOSES", "Bolivian widows", "BOL", "pension"},
		{"Texas ranchers demanded compensation from the pipeline company.", "DEMANDS", "Texas ranchers (United States)", "USA", "compensation"},
		{"The Malian national transition council rejected the election timetable.", "OPPOSES", "Malian national transition council", "MLI", "timetable"},
		{"The Thai military committee rejected the draft charter.", "OPPOSES", "Thai military committee", "THA", "charter"},
	}
	// known parser misses of the embedded pair (the KNOWN convention of checkExpect): checked,
	// logged, never failed; logged "now met" when they hold
	known := map[string]string{
		"Striking Kenyan porters rejected the pay offer.": "Striking VBG csubj with porters its obj (UD: amod of porters, porters nsubj)",
	}
	for _, c := range fire {
		v := view(extractText(t, "Report\n\n"+c.text+"\n"))
		if why, ok := known[c.text]; ok {
			if anyGold(v, c.typ, c.src, c.kw) {
				t.Logf("now met, drop KNOWN (parser: %s): %q", why, c.text)
			} else {
				t.Logf("known miss (parser: %s): %q: no %s %s -> %s", why, c.text, c.typ, c.src, c.kw)
			}
			continue
		}
		if !anyGold(v, c.typ, c.src, c.kw) {
			t.Errorf("%q: no %s %s -> %s", c.text, c.typ, c.src, c.kw)
			continue
		}
		if n := nodeContaining(v, c.src); n == nil || n.Country != c.country {
			t.Errorf("%q: node %q not of %s: %+v", c.text, c.src, c.country, n)
		}
	}
	// near misses: "in X" locates, it does not give nationality; a lone person noun is no group
	quiet := []struct{ text, src string }{
		{"Pickers in Ghana demanded better prices from the state buyer.", "pickers"},
		{"Widows demanded better pensions.", "widows"},
		{"Police held two Kenyan pickers at the border.", "pickers"},
		{"Kenya suspects that Somalia plans to close the border.", "suspects"},
		{"The Chinese mills rattled buyers.", "buyers"},
	}
	for _, c := range quiet {
		if n := nodeContaining(view(extractText(t, "Report\n\n"+c.text+"\n")), c.src); n != nil && n.Kind == graph.Group && n.Country != "" {
			t.Errorf("%q: unexpected group %q of %s", c.text, n.Name, n.Country)
		}
	}
}

// nodeContaining is the first node whose name holds s (case-insensitive), or nil.
func nodeContaining(v *graphView, s string) *graph.Node {
	for i := range v.g.Nodes {
		if strings.Contains(strings.ToLower(v.g.Nodes[i].Name), strings.ToLower(s)) {
			return &v.g.Nodes[i]
		}
	}
	return nil
}
