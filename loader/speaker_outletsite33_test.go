package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestOutletStateBodyReadsAsItsSite (trial T3, session 33): a background call published with
// the outlet "The White House" (a state body of data/lexicons/actors.txt) and no URL reads as the
// same call with its whitehouse.gov URL: the officials' "we" is the United States' in both, and
// a news outlet's name gives no state.
func TestOutletStateBodyReadsAsItsSite(t *testing.T) {
	text := "Background Press Call by Senior Administration Officials on the Trade Talks with Ruritania\n\n" +
		"MODERATOR: Good afternoon. Today's call is on background, attributable to senior administration officials. Go ahead.\n\n" +
		"SENIOR ADMINISTRATION OFFICIAL: Thanks. We reject the new tariffs on our steel, and we demand that Ruritania withdraw them.\n\n" +
		"Q: Is a deal still possible?\n\n" +
		"SENIOR ADMINISTRATION OFFICIAL: We urge Ruritania to return to the table."
	byURL := extractDoc(t, input.Document{Source: "u.txt", URL: "https://www.whitehouse.gov/briefing-room/press-briefings/2020/03/02/call/", Text: text})
	byOutlet := extractDoc(t, input.Document{Source: "o.txt", Outlet: "The White House", Text: text})
	want := []string{"country administration officials = USA"}
	checkExpect(t, byURL, want)
	checkExpect(t, byOutlet, want)
	checkExpect(t, extractDoc(t, input.Document{Source: "n.txt", Outlet: "The Daily Ledger", Text: text}), []string{"!country administration officials = USA"})
}
