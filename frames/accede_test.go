package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestAccedeToRequest (events30b): accept concedes (CAMEO 083) only over a noun cue of what is
// asked or offered (accede.go). Must-nots: money, a nomination, an award.
func TestAccedeToRequest(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The government accepted the proposal of the mediators.", graph.Offers, "government", "*", "", true, anyMatch},
		{"The minister accepted the recommendation of the panel.", graph.Offers, "minister", "*", "", true, anyMatch},
		// must not
		{"The senator accepted millions from the banks.", graph.Offers, "senator", "*", "", false, anyMatch},
		{"The governor accepted the nomination of her party.", graph.Offers, "governor", "*", "", false, anyMatch},
		{"The actress accepted her award on stage.", graph.Offers, "actress", "*", "", false, anyMatch},
	})
}

// TestAccedeRefusal: a negated accept still refuses any object (CAMEO 12).
func TestAccedeRefusal(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The union will not accept the new wage rules.", graph.Opposes, "union", "rules", "", true, anyMatch},
	})
}
