package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestReversalPlace (targets21): a lifted measure noun's in-phrase is the place where it held,
// no party eased towards (Quirk et al. 1985, 9.15–9.17): the target is the measure. Near miss:
// an on-phrase naming a party stays the target ("lifted sanctions on Chile").
func TestReversalPlace(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The Kenyan authorities lifted a curfew in Garissa after a week of calm.", graph.Offers, "*", "Garissa", "", false, anyMatch},
		{"The Kenyan authorities lifted a curfew in Garissa after a week of calm.", graph.Offers, "*", "curfew", "", true, anyMatch},
		{"Police lifted the curfew in Mombasa on Sunday.", graph.Offers, "*", "Mombasa", "", false, anyMatch},
		// near miss: a party
		{"The European Union will lift the sanctions on Chile.", graph.Offers, "*", "Chile", "", true, anyMatch},
	})
}
