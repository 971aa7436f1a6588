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
	checkFrames8(t, []frames8Case{
		{"We condemn in the strongest terms the attack on the embassy in Nairobi.", graph.Opposes, "We", true, "attack"},
		{"Uganda rejected with great regret the proposal of the committee.", graph.Opposes, "Uganda", true, "proposal"},
		{"Ghana denounced in its statement the seizure of the tanker by Varland.", graph.Opposes, "Ghana", true, "seizure"},
		// near misses
		{"Kenya protested to the envoy, the brother of the king.", graph.Opposes, "Kenya", false, "brother"},
		{"Japan condemned the attack in the capital, the city of Osaka.", graph.Opposes, "Japan", false, "city"},
		{"Japan condemned the attack in the capital, the city of Osaka.", graph.Opposes, "Japan", true, "attack"},
	})
}

// TestAidGiver (issuers19 probe 3): welcoming or praising a named actor's help (CAMEO 051 with
// an aid-noun object, modality.txt) supports the giver. Near misses: an act noun that is no
// help ("the decision of Japan") and help of no named giver stay the target; a verb of
// disapproval keeps the help as what it opposes. Invented sentences.
func TestAidGiver(t *testing.T) {
	checkFrames8(t, []frames8Case{
		{"Kenya welcomed the support of Japan.", graph.Supports, "Kenya", true, "Japan"},
		{"Chile praised the assistance of Norway.", graph.Supports, "Chile", true, "Norway"},
		{"Peru welcomed Brazil's help.", graph.Supports, "Peru", true, "Brazil"},
		// near misses
		{"Kenya welcomed the decision of Japan.", graph.Supports, "Kenya", true, "decision"},
		{"Kenya welcomed the support of the committee.", graph.Supports, "Kenya", true, "support"},
		{"Kenya condemned the support of Russia for the rebels.", graph.Opposes, "Kenya", true, "support"},
	})
}
