package loader

import "testing"

// TestCoordinatedPerfectParticiple (issue 13, frames29a): after a perfect, an -ed form following
// the coordinator at the end of the first predicate's phrase is the second predicate sharing
// "has" (wire_coordparticiple.go; Quirk et al. 1985, 13.46), not a premodifier of the noun
// after it. Near misses: the participle after a determiner ("the threatened sanctions") stays a
// premodifier; a simple past first conjunct is coordinatedPastVerb's.
func TestCoordinatedPerfectParticiple(t *testing.T) {
	runCases(t, []exCase{
		{"has warned … and threatened", "The State Department has warned Kenyan leaders against any delay and threatened sanctions.",
			[]string{"THREATENS State Department -> sanctions"}},
		// near miss
		{"the threatened sanctions", "The ministry has criticised the plan and the threatened sanctions.",
			[]string{"!THREATENS", "OPPOSES ministry -> threatened sanctions"}},
	})
}
