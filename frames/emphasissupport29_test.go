package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestEmphasisSupportVerb (issue 13, frames29b): a verb of emphasis (stress, underline,
// underscore, emphasize: Wierzbicka 1987) with a stance noun as object expresses the stance, as
// express and reiterate do (Oper1, Mel'čuk 1996); with a noun that is no cue it makes nothing.
func TestEmphasisSupportVerb(t *testing.T) {
	checkArgs(t, []argCase{
		{"Nairobi stressed its solidarity with Kampala.", graph.Supports, "Nairobi", "Kampala", true},
		{"Nairobi underlined its opposition to the new levy.", graph.Opposes, "Nairobi", "levy", true},
		// must-not: no stance noun
		{"Nairobi stressed the importance of the border talks.", graph.Supports, "Nairobi", "*", false},
		{"Nairobi stressed the importance of the border talks.", graph.Opposes, "Nairobi", "*", false},
	})
}
