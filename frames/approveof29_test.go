package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestApproveOf (issue 13, frames29b): the prepositional verb "approve of" (Quirk et al. 1985,
// 16.5) supports its prepositional object as "approve" supports its object (PLOVER SUPPORT
// "approve policy"); an of-phrase inside the object ("the sale of arms") is the object's own.
func TestApproveOf(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Nairobi approved of the ceasefire plan.", graph.Supports, "Nairobi", "plan", "", true, anyMatch},
		{"The Kenyan cabinet strongly approved of the new border deal.", graph.Supports, "cabinet", "deal", "", true, anyMatch},
		// must-not: the of-phrase of the object
		{"Nairobi approved the sale of rifles to Kampala.", graph.Supports, "Nairobi", "rifles", "", false, anyMatch},
	})
}
