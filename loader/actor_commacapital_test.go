package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestCommaCapitalPlaceLine: a release's place line that is a listed capital form written with
// AP's comma between city and district ("Washington, D.C." for countries.txt's "Washington
// D.C.") is the header's place (actors/issuervoice.go commaCapital), so the speaker the heading
// names by title and surname is that state's (OwnDocumentState, storyOfficials). Must-nots: a
// city of the same name with another region ("Paris, Texas" is no listed capital form), and a
// place line naming two places.
func TestCommaCapitalPlaceLine(t *testing.T) {
	release := func(place string) string {
		return "Remarks by Vice President Harlow on Trade With Europe\n\n" +
			"Office of the Vice President\n\n" +
			"The Willard Hotel\n\n" + place + "\n\n" +
			"THE VICE PRESIDENT: Thank you all for coming. We will defend our farmers, and we reject the new duties on steel.\n"
	}
	for _, c := range []struct {
		name, place string
		want        []string
	}{
		{"the capital written with its district", "Washington, D.C.",
			[]string{"PERSON Harlow", "country Harlow = USA"}},
		{"must-not: another region's city of the capital's name", "Paris, Texas",
			[]string{"PERSON Harlow", "country Harlow = "}},
		{"must-not: a line naming two places", "Washington, D.C., and Ottawa",
			[]string{"PERSON Harlow", "country Harlow = "}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkExpect(t, extractDoc(t, input.Document{Source: "t", Published: "2019-05-14", Text: release(c.place)}), c.want)
		})
	}
}
