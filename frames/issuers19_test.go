package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestShiftedObject (issuers19 probe 4): an object moved after an adverbial phrase (end-weight,
// Quirk et al. 1985, 18.39), which the parser hangs on the phrase's noun as an appositive, is
// the verb's object (shiftedObject). Near misses: an appositive set off by a comma stays an
// appositive; a verb with an object of its own keeps it. Invented sentences.
func TestShiftedObject(t *testing.T) {
	checkMatches(t, []matchCase{
		{"We condemn in the strongest terms the attack on the embassy in Nairobi.", graph.Opposes, "We", "attack", "", true, onlyAsserted | ruleKnown},
		{"Uganda rejected with great regret the proposal of the committee.", graph.Opposes, "Uganda", "proposal", "", true, onlyAsserted | ruleKnown},
		{"Ghana denounced in its statement the seizure of the tanker by Varland.", graph.Opposes, "Ghana", "seizure", "", true, onlyAsserted | ruleKnown},
		// near misses
		{"Kenya protested to the envoy, the brother of the king.", graph.Opposes, "Kenya", "brother", "", false, onlyAsserted | ruleKnown},
		{"Japan condemned the attack in the capital, the city of Osaka.", graph.Opposes, "Japan", "city", "", false, onlyAsserted | ruleKnown},
		{"Japan condemned the attack in the capital, the city of Osaka.", graph.Opposes, "Japan", "attack", "", true, onlyAsserted | ruleKnown},
	})
}

// TestAidGiver (issuers19 probe 3): welcoming or praising a named actor's help (CAMEO 051 with
// an aid-noun object, modality.txt) supports the giver. Near misses: an act noun that is no
// help ("the decision of Japan") and help of no named giver stay the target; a verb of
// disapproval keeps the help as what it opposes. Invented sentences.
func TestAidGiver(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Kenya welcomed the support of Japan.", graph.Supports, "Kenya", "Japan", "", true, onlyAsserted | ruleKnown},
		{"Chile praised the assistance of Norway.", graph.Supports, "Chile", "Norway", "", true, onlyAsserted | ruleKnown},
		{"Peru welcomed Brazil's help.", graph.Supports, "Peru", "Brazil", "", true, onlyAsserted | ruleKnown},
		// near misses
		{"Kenya welcomed the decision of Japan.", graph.Supports, "Kenya", "decision", "", true, onlyAsserted | ruleKnown},
		{"Kenya welcomed the support of the committee.", graph.Supports, "Kenya", "support", "", true, onlyAsserted | ruleKnown},
		{"Kenya condemned the support of Russia for the rebels.", graph.Opposes, "Kenya", "support", "", true, onlyAsserted | ruleKnown},
	})
}
