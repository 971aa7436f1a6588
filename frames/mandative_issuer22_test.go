package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestMandativeBaseTaggedPast (issuer22, class L12): a mandative adjective's that-clause whose
// base-form verb the tagger reads as a past (VBD "appoint", equal to its lemma) is the mandative
// subjunctive, as in a demand verb's clause (indicative, Quirk 3.58): "The chair said it was
// essential that the government appoint a mediator" demands; a true past ("resumed") reports.
func TestMandativeBaseTaggedPast(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The chair said it was essential that the government appoint a mediator.", graph.Demands, "chair", "*", "", true, onlyAsserted | ruleKnown},
		// control: an indicative past is no mandative
		{"The minister said it was essential that the talks resumed in May.", graph.Demands, "minister", "*", "", false, onlyAsserted | ruleKnown},
	})
}
