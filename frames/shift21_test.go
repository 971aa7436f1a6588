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
	checkFrames8(t, []frames8Case{
		{"Serbia rejected on Friday a NATO demand that it withdraw its police from the border.", graph.Opposes, "Serbia", true, "demand"},
		{"Syria rejected on Sunday an Arab League demand that it withdraw its troops from Lebanon.", graph.Opposes, "Syria", true, "demand"},
		// near misses
		{"Peru rejected on Monday.", graph.Opposes, "Peru", false, "Monday"},
		{"Chile said on Tuesday that the proposal of the committee was welcome.", graph.Opposes, "Chile", false, "proposal"},
		{"Ghana agreed on Wednesday.", graph.Supports, "Ghana", false, "Wednesday"},
	})
}
