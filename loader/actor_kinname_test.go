package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestKinNounName: a name right after a kinship noun is a person's (close apposition, Quirk et
// al. 1985 §17.70), not the capital of a state; a state the article names
// by its own name stays.
func TestKinNounName(t *testing.T) {
	g := extractDoc(t, input.Document{Source: "t", Published: "2019-03-02", Text: "Ana Ruiz, whose brother Victoria coached the team, said the league must change its rules."})
	checkExpect(t, g, []string{"!actor Seychelles", "PERSON Ana Ruiz"})
	// must-not: the state named elsewhere in the article stays
	g = extractDoc(t, input.Document{Source: "t", Published: "2019-03-02", Text: "Her cousin Victoria said Seychelles must protect its fishing grounds."})
	checkExpect(t, g, []string{"COUNTRY Seychelles"})
}
