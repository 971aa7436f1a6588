package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestCueWrongType24d (cue24d, sets T and U classes2): cue24b's precedence rules on the longer
// forms — a command over a noun of increase imposes the sanction noun of its in-phrase
// (changeOf, orderedRise), readiness to use a noun of means against a party threatens
// (generalAct, actAgainst), a definite object flown "home" is one's own people (ownEvacuation), a
// warning whose participial clause states a readiness to defend threatens (readyToCounter), and
// readiness to protect one's own stake offers nothing (args.go, ownDefence).
func TestCueWrongType24d(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Cairo ordered a 40 percent rise in tariffs on Turkish steel.", graph.Sanctions, "Cairo", "*", "", true, onlyOwn | onlyUnnegated},
		{"Cairo ordered a 40 percent rise in tariffs on Turkish steel.", graph.Demands, "Cairo", "*", "", false, onlyOwn | onlyUnnegated},
		{"Canberra ordered a hike in duties on Chinese barley.", graph.Demands, "Canberra", "*", "", false, onlyOwn | onlyUnnegated},
		{"Cairo ordered a rise in wages for nurses.", graph.Sanctions, "Cairo", "*", "", false, onlyOwn | onlyUnnegated},
		{"Manila stands ready to use every tool at its disposal against the pirates.", graph.Threatens, "Manila", "*", "", true, onlyOwn | onlyUnnegated},
		{"Manila stands ready to use every tool at its disposal against the pirates.", graph.Offers, "Manila", "*", "", false, onlyOwn | onlyUnnegated},
		{"Ghana will send a plane to fly the stranded students home.", graph.Threatens, "Ghana", "*", "", false, onlyOwn | onlyUnnegated},
		{"Serbia warned Kosovo against any provocation, saying it was ready to defend its territory.", graph.Threatens, "Serbia", "*", "", true, onlyOwn | onlyUnnegated},
		{"Togo said it was ready to protect its borders.", graph.Offers, "it", "*", "", false, onlyOwn | onlyUnnegated},
		{"Togo said it was ready to protect the refugees.", graph.Offers, "it", "*", "", true, onlyOwn | onlyUnnegated},
	})
}
