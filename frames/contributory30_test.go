package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestHelpDeedNoRecipient (events30b): help + an infinitive that is no cue, with no object,
// names a deed the subject took part in, no aid to anyone (contributory.go). Must-nots: help
// with a recipient object, help with an aid infinitive.
func TestHelpDeedNoRecipient(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The banker helped design the television network in 1996.", graph.Offers, "banker", "*", "", false, anyMatch},
		{"The envoy helped draft the report on the election.", graph.Offers, "envoy", "*", "", false, anyMatch},
		// must not
		{"The agency helped the farmers rebuild their barns.", graph.Offers, "agency", "farmers", "", true, anyMatch},
		{"Japan will help finance the new pipeline.", graph.Offers, "Japan", "*", "", true, anyMatch},
	})
}
