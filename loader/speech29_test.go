package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestPremodifiedTitleInversion (speech29): after an inverted verb of saying, a titled name whose
// title is premodified ("former", "longtime") or whose description opens with a possessive
// determiner is the speaker (surface.RoleApposedSpeaker). Must not: a participle or a relative
// clause before the titled name makes it the object of another verb.
func TestPremodifiedTitleInversion(t *testing.T) {
	runSpeechCases(t, []speechCase{
		{"\"The harbor tolls will pay for the new bridge,\" said former Lisbon mayor Tomas Verin.", "Tomas Verin", "harbor tolls", graph.Claims, "quote:after", true},
		{"\"Nobody expected the turnout we saw in the valley,\" said longtime Dale strategist Mark Penner.", "Mark Penner", "turnout", graph.Claims, "quote:after", true},
		{"\"We are closing the gap in the rural counties,\" added her campaign manager Pete Sorrel.", "Pete Sorrel", "closing the gap", graph.Claims, "quote:after", true},
		// must not
		{"\"The harbor plan is dead,\" shouted protesters confronting Senator Ruth Ames.", "Ruth Ames", "", graph.Claims, "", false},
		{"\"The harbor plan is dead,\" said protesters who met Senator Ruth Ames.", "Ruth Ames", "", graph.Claims, "", false},
	})
}
