package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestShiftedObjectClauseAndTime (shift21, nu21 C1): a heavy object shifted past an adverbial
// of time (Quirk et al. 1985, 18.39) keeps its own content clause, which the parser hangs on the
// verb ("rejected on Thursday a demand that …"): a noun's appositive that-clause (17.26) follows
// the noun. Near misses: the verb with no object after the adverbial; a verb whose
// complement clause precedes any noun ("said on Friday that …"); an intransitive with time.
// Invented sentences.
func TestShiftedObjectClauseAndTime(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Serbia rejected on Friday a NATO demand that it withdraw its police from the border.", graph.Opposes, "Serbia", "demand", "", true, onlyAsserted | ruleKnown},
		{"Syria rejected on Sunday an Arab League demand that it withdraw its troops from Lebanon.", graph.Opposes, "Syria", "demand", "", true, onlyAsserted | ruleKnown},
		// near misses
		{"Peru rejected on Monday.", graph.Opposes, "Peru", "Monday", "", false, onlyAsserted | ruleKnown},
		{"Chile said on Tuesday that the proposal of the committee was welcome.", graph.Opposes, "Chile", "proposal", "", false, onlyAsserted | ruleKnown},
		{"Ghana agreed on Wednesday.", graph.Supports, "Ghana", "Wednesday", "", false, onlyAsserted | ruleKnown},
	})
}
