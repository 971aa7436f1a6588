package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestCallForRequest (issue 13, frames9): a request pattern that the dictionary codes as the
// intent or rally asked for ("CALL * (FOR TALKS)" 036, "(FOR END)" 053) is the block's request
// (requestPattern), as the same block codes "(FOR &NEGOTIATION)" 026 and "(FOR CESSATION)" 0256.
func TestCallForRequest(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Norway called for talks between the rival factions.", graph.Demands, "Norway", "*", "", true, onlyAsserted | ruleKnown},
		{"Norway called for talks between the rival factions.", graph.Offers, "Norway", "*", "", false, onlyAsserted | ruleKnown},
		{"The Pope called for an end to the fighting in Sudan.", graph.Demands, "Pope", "*", "", true, onlyAsserted | ruleKnown},
		{"The Pope called for an end to the fighting in Sudan.", graph.Supports, "Pope", "*", "", false, onlyAsserted | ruleKnown},
		// control: a verb whose block holds no request ("marched for the release") is not one
		{"Students marched for the release of the activists.", graph.Demands, "Students", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestInterrogativeAfterCopula (issue 13, frames9, class e): a cue in a whether-clause that the
// parse makes the root after a specifying copula ("The issue is whether …") is an open question.
func TestInterrogativeAfterCopula(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The question is whether Croatia will block the accession talks.", graph.Threatens, "Croatia", "*", "", false, onlyAsserted | ruleKnown},
		{"The issue now is whether Kenya will reject the ruling.", graph.Opposes, "Kenya", "*", "", false, onlyAsserted | ruleKnown},
		// control: a copular clause without whether asserts
		{"The problem is that Kenya rejected the ruling.", graph.Opposes, "Kenya", "*", "", true, onlyAsserted | ruleKnown},
	})
}

// TestTitleClaim (issue 13, frames9): rejecting a claim to, over or on a thing rejects a demand
// (titleClaim). Rejecting a claim about something was no stance here (CAMEO 016, a denied
// charge) until frames25: PLOVER drops the 01 statements and codes "all rejections" as REJECT,
// so rejecting another's statement is a rejection (rejectedStatement); denying one's own
// involvement stays CAMEO 016, no stance.
func TestTitleClaim(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Belize rejected Guatemala's claim to the cayes.", graph.Opposes, "Belize", "*", "", true, onlyAsserted | ruleKnown},
		{"Malaysia rejected the Sultanate's claim on the province.", graph.Opposes, "Malaysia", "*", "", true, onlyAsserted | ruleKnown},
		{"Rwanda rejected the claims about its troops.", graph.Opposes, "Rwanda", "*", "", true, onlyAsserted | ruleKnown},
		// control: a denial of one's own involvement
		{"Rwanda denied any involvement in the attack.", graph.Opposes, "Rwanda", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestThreatenedMeasure (issue 13, frames9): "threaten" with a measure noun as its object
// threatens that measure (modality.txt opaque threaten): the verb keeps its own entry (CAMEO 13),
// and the measure is the threat's content, not a measure imposed.
func TestThreatenedMeasure(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Canada threatened retaliatory tariffs on American steel.", graph.Threatens, "Canada", "*", "", true, onlyAsserted | ruleKnown},
		{"The African Union threatened sanctions against the junta.", graph.Threatens, "Union", "*", "", true, onlyAsserted | ruleKnown},
		{"The African Union threatened sanctions against the junta.", graph.Sanctions, "Union", "*", "", false, onlyAsserted | ruleKnown},
	})
}
