package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestAbandonUnderstanding (issue 13, cues18): the nouns CAMEO.2.0.txt's REACH block codes as
// agreements beside &TREATY (deal, understanding, compromise, consensus) are agreements given up
// when abandoned, scrapped or torn up — a rejection (REJECT * &TREATY 120), not the ABANDON
// block's concession 080; other objects keep the block's own reading.
func TestAbandonUnderstanding(t *testing.T) {
	checkFrames8(t, []frames8Case{
		{"Ankara abandoned its understanding with Moscow on grain exports.", graph.Opposes, "Ankara", true, "understanding"},
		{"Ankara abandoned its understanding with Moscow on grain exports.", graph.Offers, "Ankara", false, ""},
		{"The junta decided to abandon the consensus reached with the opposition.", graph.Opposes, "junta", true, "consensus"},
		{"Lima scrapped the compromise on fishing quotas.", graph.Opposes, "Lima", true, "compromise"},
		// near misses: a demand or a position given up is the block's concession, and a
		// consensus-building approach is an approach
		{"The rebels abandoned their demand for autonomy.", graph.Opposes, "rebels", false, ""},
		{"The party abandoned its consensus-building approach.", graph.Opposes, "party", false, ""},
	})
}
