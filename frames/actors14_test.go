package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestComplementAgent (issue 14, actors14): a by-phrase the parser hangs on an active non-finite
// clause inside a passive cue's complement is the cue's agent (a by-phrase of agency belongs to
// a passive clause only); a by + -ing clause of means is none, and a verb with an agent of its
// own keeps it.
func TestComplementAgent(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The former governor was accused of spying by the Kenyan government.", graph.Opposes, "government", "governor", "", true, onlyAsserted | ruleKnown},
		{"The senator has been accused of taking bribes by the Chilean prosecutors.", graph.Opposes, "prosecutors", "senator", "", true, onlyAsserted | ruleKnown},
		// controls: a by + -ing clause of means; an agent of the cue itself
		{"The governor was accused of hiding the payments by moving them abroad.", graph.Opposes, "moving", "*", "", false, onlyAsserted | ruleKnown},
		{"The governor was accused by Kenya of hiding the payments.", graph.Opposes, "Kenya", "governor", "", true, onlyAsserted | ruleKnown},
	})
}
