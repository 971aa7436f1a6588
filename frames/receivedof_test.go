package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestReceivedOfAgent (issue 13, frames29b): after a verb of receiving (win, receive: CAMEO.2.0.txt
// "WIN * BACKING" [:051]) the named of-phrase of the noun is its agent (subjective genitive,
// Quirk et al. 1985, 17.40) and the verb's subject its target; an of-phrase that is no name is
// the objective reading and stays unread.
func TestReceivedOfAgent(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The ceasefire plan won the backing of Nigeria.", graph.Supports, "Nigeria", "plan", "", true, anyMatch},
		{"The ceasefire plan won the backing of Nigeria.", graph.Supports, "plan", "Nigeria", "", false, anyMatch},
		{"Accra received the support of Lome.", graph.Supports, "Lome", "Accra", "", true, anyMatch},
		// must-not: an of-phrase that is no name
		{"Accra faced criticism of its budget.", graph.Opposes, "budget", "*", "", false, anyMatch},
		{"Accra faced criticism of its budget.", graph.Opposes, "*", "Accra", "", false, anyMatch},
	})
}
