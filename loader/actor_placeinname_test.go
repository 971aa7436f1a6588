package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestPlaceOpensForeignActor: a capital's name opening a longer name the Phoenix actor dictionary
// lists under another country ("Georgetown University", USA) names that institution, not the
// capital's state (doc/placeinname.go): the organization and the article get no Guyana.
// Must-nots: an institution the dictionary does not list keeps its city's state when its
// sentence names it (actors/placenamedorg.go), and a bare capital stays a mention of its state.
func TestPlaceOpensForeignActor(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"a dictionary institution named after a foreign capital",
			"Tom Pardell, the director of the Georgetown University Institute of Civic Studies, said the race was close.",
			[]string{"ORGANIZATION Georgetown University Institute of Civic Studies", "!country Georgetown University Institute of Civic Studies = GUY", "!country Tom Pardell = GUY"}},
		{"must-not: a city's club, its state named in the sentence",
			"The Nairobi Chamber of Commerce condemned the Kenyan ban on maize imports on Tuesday.",
			[]string{"ORGANIZATION Nairobi Chamber of Commerce", "country Nairobi Chamber of Commerce = KEN"}},
		{"must-not: the capital alone",
			"Officials in Georgetown said Guyana would protest the border incursion.",
			[]string{"!actor Georgetown University"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkExpect(t, extractDoc(t, input.Document{Source: "t", Published: "2019-05-14", Text: c.text}), c.want)
		})
	}
}
