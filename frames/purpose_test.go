package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestPurposeSpeechAct: a speech act of verbal conflict or appeal (CAMEO 02, 10–13) named as the
// purpose of another act is performed by that act ("recalled its ambassador to denounce …": the
// recall is the denunciation) and takes its mode; a material act in a purpose clause is only
// intended, and a purpose clause under a future governor stays future.
func TestPurposeSpeechAct(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Ghana summoned the Togolese envoy to denounce the attack.", graph.Opposes, "Ghana", "attack", "", true, onlyAsserted | ruleKnown},
		{"The union wrote to the minister to demand a pay review.", graph.Demands, "union", "review", "", true, onlyAsserted | ruleKnown},
		// control: a material act intended (the loader's TestPurposeSpeechActLoaded has the
		// future governor, which frames leaves in the future mode)
		{"Chad sent troops to attack the rebel bases.", graph.Opposes, "Chad", "*", "", false, onlyAsserted | ruleKnown},
	})
}
