package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestReversalOfScaledMeasure (new-user trial, session 11): removing or lifting the rate or level
// of a coercive measure undoes the measure (modality.txt classes scale and hostile: CAMEO's own
// "CUT * LEVEL (OF AID)" reads a level of X as X; a customs duty is a tariff, CAMEO 1312), a
// concession — not a sanction nor a threat of the REMOVE block's default (DEPORT, 174). Nouns of
// scale over something else stay what they were.
func TestReversalOfScaledMeasure(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The United States will remove the additional rates of duty on Chinese goods.", graph.Offers, "States", "*", "", true, onlyAsserted | ruleKnown},
		{"The United States will remove the additional rates of duty on Chinese goods.", graph.Threatens, "States", "*", "", false, onlyAsserted | ruleKnown},
		{"India removed the higher rates of tariff on almonds.", graph.Offers, "India", "*", "", true, onlyAsserted | ruleKnown},
		{"India removed the higher rates of tariff on almonds.", graph.Sanctions, "India", "*", "", false, onlyAsserted | ruleKnown},
		{"Mexico will remove the duties on Korean steel.", graph.Offers, "Mexico", "*", "", true, onlyAsserted | ruleKnown},
		// the rate of something else is no measure
		{"The central bank raised interest rates.", graph.Sanctions, "bank", "*", "", false, onlyAsserted | ruleKnown},
	})
}
