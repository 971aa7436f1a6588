package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestNoStanceBlocks050 (events30a): PETRARCH2 files three verb blocks under 050 "engage in
// diplomatic cooperation" whose verbs are no stance towards their object: DISCLOSE (reveal,
// admit, confess: CAMEO 01 statements, the block's own markers [010]/[015]), COORDINATE
// (organize, coordinate with: CAMEO 06 material cooperation) and INFLUENCE (persuade,
// influence); cameo-types.txt rows 050@DISCLOSE and 050@INFLUENCE, and cue-classes.txt organize,
// orchestrate, integrate (the thing or group organized is no partner). Must-nots: a coded
// pattern of the block keeps its code (ADMIT * (AS MEMBER) [054]), coordinating with a partner
// keeps 050, and the 050 SUPPORT block is untouched.
func TestNoStanceBlocks050(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The newspaper revealed that the mayor had sold the land.", graph.Supports, "*", "*", "", false, anyMatch},
		{"The minister admitted the plan had failed.", graph.Supports, "*", "*", "", false, anyMatch},
		{"The mayor did not admit wrongdoing.", graph.Supports, "*", "*", "", false, anyMatch},
		{"The union is organizing rallies in three provinces.", graph.Supports, "*", "*", "", false, anyMatch},
		{"The party organized the teachers of the province.", graph.Supports, "*", "*", "", false, anyMatch},
		{"The senator persuaded the donors to give more.", graph.Supports, "*", "*", "", false, anyMatch},
		{"The lobby tried to influence the council's budget.", graph.Supports, "*", "*", "", false, anyMatch},
		// must-nots: a coded pattern of the block, and the SUPPORT block
		{"The council admitted Latvia as a member.", graph.Supports, "council", "Latvia", "", true, anyMatch},
		{"The farmers' union backed the governor.", graph.Supports, "union", "governor", "", true, anyMatch},
		{"Tunisia coordinated its position with Algeria.", graph.Supports, "Tunisia", "*", "", true, anyMatch},
	})
}

// TestClaimNoDisapproval (events30a): claim with an object or infinitive is OED claim v. "to
// demand or take as one's due" or "to assert" ("claimed the nomination", "claims to be a
// reformer"), no disapproval of the object; only allege says the content is a wrong
// (cue-classes.txt claim). Must-nots: allege keeps CAMEO 110, and the coded pattern CLAIM *
// VICTORY AGAINST + [111] is untouched.
func TestClaimNoDisapproval(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The governor claimed the nomination on Tuesday.", graph.Opposes, "*", "*", "", false, anyMatch},
		{"The challenger claimed momentum after the vote.", graph.Opposes, "*", "*", "", false, anyMatch},
		{"The mayor claims to be a reformer.", graph.Opposes, "*", "*", "", false, anyMatch},
		{"The defendant claimed self-defense.", graph.Opposes, "*", "*", "", false, anyMatch},
		// must-nots
		{"The prosecutor alleged fraud by the contractor.", graph.Opposes, "prosecutor", "fraud", "", true, anyMatch},
	})
}
