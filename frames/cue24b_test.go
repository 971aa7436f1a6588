package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestCueWrongType24 (cue24b, sets T and U CUE-WRONG-TYPE): the precedence rules between a
// verb's dictionary entry and its object — a comment pattern yields to a verb of disapproval
// (comment.go), a verb of command over a sanction noun imposes it (nounCarries), a commissive
// verb over a noun of support is its Oper1 (pledgedStance), defending one's own stake is no aid
// (ownstake.go), a warning with a readiness to counter is a threat (warning_coercive.go), and a
// readiness to use force or to respond offers nothing (readiness.go generalAct), and a sending
// to bring one's own people home is no act towards anyone (ownstake.go ownEvacuation).
func TestCueWrongType24(t *testing.T) {
	checkMatches(t, []matchCase{
		// comment pattern (BLAME * TERRORIST ATTACK [018]) under condemn
		{"Kazakhstan condemned the terrorist attack in Almaty.", graph.Opposes, "Kazakhstan", "*", "", true, onlyOwn | onlyUnnegated},
		{"Austria extended its condolences to the families.", graph.Opposes, "Austria", "*", "", false, onlyOwn | onlyUnnegated},
		// command over a sanction noun
		{"Ankara ordered a 20 percent duty on Greek yoghurt imports.", graph.Sanctions, "Ankara", "*", "", true, onlyOwn | onlyUnnegated},
		{"Ankara ordered a 20 percent duty on Greek yoghurt imports.", graph.Demands, "Ankara", "*", "", false, onlyOwn | onlyUnnegated},
		{"Ankara ordered a ban on Greek yoghurt imports.", graph.Sanctions, "Ankara", "*", "", true, onlyOwn | onlyUnnegated},
		{"The general ordered the troops to withdraw.", graph.Demands, "general", "*", "", true, onlyOwn | onlyUnnegated},
		// pledge of support
		{"Ghana pledged its support for the Nigerian candidate.", graph.Supports, "Ghana", "*", "", true, onlyOwn | onlyUnnegated},
		{"Ghana pledged its support for the Nigerian candidate.", graph.Offers, "Ghana", "*", "", false, onlyOwn | onlyUnnegated},
		{"Qatar pledged humanitarian aid to Sudan.", graph.Offers, "Qatar", "*", "", true, onlyOwn | onlyUnnegated},
		// defence of one's own stake
		{"Armenia will defend its borders.", graph.Offers, "Armenia", "*", "", false, onlyOwn | onlyUnnegated},
		{"Finland vowed to safeguard its independence.", graph.Offers, "Finland", "*", "", false, onlyOwn | onlyUnnegated},
		{"France will protect the civilians in Chad.", graph.Offers, "France", "*", "", true, onlyOwn | onlyUnnegated},
		// coercive warning; plain warning
		{"Iran warned Azerbaijan against hosting the drills, saying its forces were prepared to respond.", graph.Threatens, "Iran", "*", "", true, onlyOwn | onlyUnnegated},
		{"Iran warned Azerbaijan against hosting the drills.", graph.Opposes, "Iran", "*", "", true, onlyOwn | onlyUnnegated},
		{"Iran warned Azerbaijan against hosting the drills.", graph.Threatens, "Iran", "*", "", false, onlyOwn | onlyUnnegated},
		// readiness to use force
		{"Seoul is ready to use force against the intruders.", graph.Threatens, "Seoul", "*", "", true, onlyOwn | onlyUnnegated},
		{"Seoul is ready to use force against the intruders.", graph.Offers, "Seoul", "*", "", false, onlyOwn | onlyUnnegated},
		// an evacuation of one's own people
		{"Nigeria will send a plane to bring its students home from Ukraine.", graph.Threatens, "Nigeria", "*", "", false, onlyOwn | onlyUnnegated},
		{"The Philippines sent an aircraft to evacuate its workers from Kuwait.", graph.Sanctions, "Philippines", "*", "", false, onlyOwn | onlyUnnegated},
	})
}
