package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// TestPlacedGroupHeadInitial: a plural group head opening a sentence before "in" and a capital or
// country ("Officials in Nairobi said …") is the head of a common noun phrase, no name, even when the
// article never writes the word in lower case (placedGroupHead); near miss: no place after "in"
// ("Officials in the capital said …" names no country).
func TestPlacedGroupHeadInitial(t *testing.T) {
	fire := []struct{ text, src, country, content string }{
		{"KAMPALA, May 5 (AP) - The talks ended on Monday.\n\nOfficials in Nairobi said the border would reopen next week.", "officials in Nairobi", "KEN", "border"},
		{"GENEVA, Jan 8 (Reuters) - The conference closed without a deal.\n\nAnalysts in Tokyo said the yen would weaken further.", "analysts in Tokyo", "JPN", "yen"},
	}
	for _, c := range fire {
		v := view(extractDoc(t, input.Document{Source: "t.txt", Text: c.text}))
		n := v.node(c.src)
		if n == nil || n.Country != c.country || len(v.rels(graph.Claims, c.src, c.content)) == 0 {
			t.Errorf("%q: want a claim %q by %s (%s)", c.text, c.content, c.src, c.country)
			v.dump(os.Stderr)
		}
	}
	v := view(extractDoc(t, input.Document{Source: "t.txt", Text: "KAMPALA, May 5 (AP) - The talks ended on Monday.\n\nOfficials in the capital said the border would reopen next week."}))
	for _, n := range v.g.Nodes {
		if n.Kind.IsActor() && n.Country != "" && n.Kind != graph.Country {
			t.Errorf("officials in the capital: actor %q has country %s", n.Name, n.Country)
		}
	}
}
