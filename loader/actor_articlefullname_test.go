package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestArticleFullNameWins: a bare family name after the article named a person in full with it
// is that person (AP Stylebook "names": the last name alone on second reference), not the
// dictionary's namesake in office on the date (issue 14); two persons of the article bearing it
// leave the word to neither, and to no dictionary person; with no such person in the article the
// dictionary still names it (dict:family).
func TestArticleFullNameWins(t *testing.T) {
	g := extractDoc(t, input.Document{Source: "t", Published: "2016-05-10", Text: "Reform candidate Tom Johnson spoke in Ohio on Monday.\n\nJohnson, a former mayor of Dayton, said the United States must cut spending."})
	checkExpect(t, g, []string{"PERSON Tom Johnson", "!actor Jeh Johnson"})
	g = extractDoc(t, input.Document{Source: "t", Published: "2016-05-10", Text: "Tom Johnson and Ellen Johnson spoke in Ohio on Monday.\n\nJohnson, a former mayor of Dayton, said the United States must cut spending."})
	checkExpect(t, g, []string{"PERSON Tom Johnson", "PERSON Ellen Johnson", "!actor Jeh Johnson"})
	// must-not: no Johnson named in full; the dictionary's person in office on the date
	g = extractDoc(t, input.Document{Source: "t", Published: "2016-05-10", Text: "Johnson, the homeland security secretary, said the United States would tighten airport screening."})
	checkExpect(t, g, []string{"PERSON Jeh Johnson", "code Jeh Johnson = USAGOV"})
}
