package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestCoordinatedAdverbs (issue 13, cues22): a verb after two coordinated adverbs keeps its
// subject ("strongly and unequivocally condemns"); the coordination of two verbs stays.
func TestCoordinatedAdverbs(t *testing.T) {
	checkMatches(t, []matchCase{
		{"We strongly and unreservedly reject the proposal to close the border.", graph.Opposes, "We", "proposal", "", true, onlyAsserted | ruleKnown},
		{"Chile clearly, firmly and repeatedly rejected the new quotas.", graph.Opposes, "Chile", "quotas", "", true, onlyAsserted | ruleKnown},
		// two verbs coordinated: the second keeps its own subject and object
		{"Peru met the envoy and strongly rejected the proposal.", graph.Opposes, "Peru", "proposal", "", true, onlyAsserted | ruleKnown},
		{"The envoy spoke briefly and quickly left the hall.", graph.Opposes, "envoy", "*", "", false, onlyAsserted | ruleKnown},
	})

	knownParserMiss(t, "firmly root with Norway its compound and condemns its conj (UD condemns root, Norway nsubj)", func(tb testing.TB) {
		checkMatches(tb, []matchCase{
			{"Norway firmly and unequivocally condemns the bombing of the hospital.", graph.Opposes, "Norway", "bombing", "", true, onlyAsserted | ruleKnown},
		})
	})
}
