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
	checkNegated(t, []negCase{
		// comment pattern (BLAME * TERRORIST ATTACK [018]) under condemn
		{"Kazakhstan condemned the terrorist attack in Almaty.", graph.Opposes, "Kazakhstan", false, true},
		{"Austria extended its condolences to the families.", graph.Opposes, "Austria", false, false},
		// command over a sanction noun
		{"Ankara ordered a 20 percent duty on Greek yoghurt imports.", graph.Sanctions, "Ankara", false, true},
		{"Ankara ordered a 20 percent duty on Greek yoghurt imports.", graph.Demands, "Ankara", false, false},
		{"Ankara ordered a ban on Greek yoghurt imports.", graph.Sanctions, "Ankara", false, true},
		{"The general ordered the troops to withdraw.", graph.Demands, "general", false, true},
		// pledge of support
		{"Ghana pledged its support for the Nigerian candidate.", graph.Supports, "Ghana", false, true},
		{"Ghana pledged its support for the Nigerian candidate.", graph.Offers, "Ghana", false, false},
		{"Qatar pledged humanitarian aid to Sudan.", graph.Offers, "Qatar", false, true},
		// defence of one's own stake
		{"Armenia will defend its borders.", graph.Offers, "Armenia", false, false},
		{"Finland vowed to safeguard its independence.", graph.Offers, "Finland", false, false},
		{"France will protect the civilians in Chad.", graph.Offers, "France", false, true},
		// coercive warning; plain warning
		{"Iran warned Azerbaijan against hosting the drills, saying its forces were prepared to respond.", graph.Threatens, "Iran", false, true},
		{"Iran warned Azerbaijan against hosting the drills.", graph.Opposes, "Iran", false, true},
		{"Iran warned Azerbaijan against hosting the drills.", graph.Threatens, "Iran", false, false},
		// readiness to use force
		{"Seoul is ready to use force against the intruders.", graph.Threatens, "Seoul", false, true},
		{"Seoul is ready to use force against the intruders.", graph.Offers, "Seoul", false, false},
		// an evacuation of one's own people
		{"Nigeria will send a plane to bring its students home from Ukraine.", graph.Threatens, "Nigeria", false, false},
		{"The Philippines sent an aircraft to evacuate its workers from Kuwait.", graph.Sanctions, "Philippines", false, false},
	})
}
