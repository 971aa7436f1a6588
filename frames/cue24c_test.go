package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestAidRecipientInObject (cue24c): the recipient to/for-phrase of a CAMEO 07 aid line is the
// target whichever noun of the object phrase the parser hung it on — a conjunct of the object,
// the noun of its of-group (aidRecipient). Controls: no aid object, and money set aside for no
// recipient of aid.
func TestAidRecipientInObject(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Denmark flew medics and rescuers to the earthquake victims in Turkey.", graph.Offers, "Denmark", "victims", "", true, onlyAsserted | ruleKnown},
		{"Japan earmarked 2 million dollars of assistance for Nepal.", graph.Offers, "Japan", "Nepal", "", true, onlyAsserted | ruleKnown},
		{"Norway will send cars and trucks to the flood victims.", graph.Offers, "Norway", "*", "", false, onlyAsserted | ruleKnown},
		{"Italy earmarked 12 million euros of its budget for the new stadium.", graph.Offers, "Italy", "*", "", false, onlyAsserted | ruleKnown},
	})
}
