package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestTitledDiplomat (issue 13, frames29b): a name premodified by a diplomat noun ("Bolivian envoy
// Luis Arce", close apposition, Quirk et al. 1985, 17.72) is a diplomat for the summons lines of
// cue-classes.txt, and so is a chargé d'affaires (WordNet 3.0 diplomat.n.01); a name under another
// title is not.
func TestTitledDiplomat(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Quito called in Bolivian envoy Luis Arce to protest.", graph.Opposes, "Quito", "*", "", true, anyMatch},
		{"Quito summoned Bolivian envoy Luis Arce on Monday.", graph.Opposes, "Quito", "*", "", true, anyMatch},
		{"Quito summoned the Bolivian charge d'affaires.", graph.Opposes, "Quito", "*", "", true, anyMatch},
		// must-not: another title
		{"Quito summoned Senator Luis Arce on Monday.", graph.Opposes, "Quito", "*", "", false, anyMatch},
		{"Quito called in Bolivian banker Luis Arce.", graph.Opposes, "Quito", "*", "", false, anyMatch},
	})
}
