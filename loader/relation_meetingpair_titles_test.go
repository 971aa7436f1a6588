package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// TestCoordinatedTitles (pair20c): two bare titles coordinated as the subject ("The President
// and the Prime Minister agreed …", Quirk et al. 1985 13.2), each the one person named before
// with that title (anaphoric "the", 5.28; coref_titledescription.go), are each a source.
// Near misses: a title two persons hold, "the President and his ministers". Invented wordings.
func TestCoordinatedTitles(t *testing.T) {
	for _, c := range []struct {
		name, text string
		parties    []string
	}{
		{"president and prime minister", "Leaders meet in Lima\n\nPresident Ana Soto of Chile arrived in Lima on Friday. Prime Minister Luis Vargas of Peru welcomed her at the airport. The President and the Prime Minister condemned the attack on the border post near Tacna.",
			[]string{"Ana Soto", "Luis Vargas"}},
		{"chancellor and foreign minister", "Talks in Vienna\n\nChancellor Greta Lind of Austria hosted Foreign Minister Pavel Rusu of Moldova in Vienna on Monday. The Chancellor and the Foreign Minister condemned the attack on the border post at Palanca.",
			[]string{"Greta Lind", "Pavel Rusu"}},
		{"two holders", "Leaders meet in Lima\n\nPresident Ana Soto of Chile arrived in Lima on Friday. President Luis Vargas of Peru welcomed her at the airport. The President and the Prime Minister condemned the attack on the border post near Tacna.",
			nil},
		{"his ministers", "Leaders meet in Lima\n\nPresident Ana Soto of Chile arrived in Lima on Friday. Prime Minister Luis Vargas of Peru welcomed her at the airport. The President and his ministers condemned the attack on the border post near Tacna.",
			[]string{"Ana Soto"}},
	} {
		v := view(extractDoc(t, input.Document{Source: "test", URL: "https://www.examplenews.com/americas/visit", Text: c.text}))
		for _, p := range c.parties {
			if len(v.rels(graph.Opposes, p, "border post")) == 0 {
				v.dump(os.Stderr)
				t.Errorf("%s: %s has no OPPOSES of border post", c.name, p)
			}
		}
		if c.parties == nil && len(v.rels(graph.Opposes, "", "border post")) > 0 {
			v.dump(os.Stderr)
			t.Errorf("%s: a stance with an ambiguous title", c.name)
		}
		if c.name == "his ministers" && len(v.rels(graph.Opposes, "Luis Vargas", "border post")) > 0 {
			t.Errorf("%s: the other person made a source", c.name)
		}
	}
}
