package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestObjectAddressee (issue 13, sweep23): the named actor of a for/to/against/on phrase after
// the object noun of a CAMEO verb–object pattern of a threat, hung on the verb, is the target
// (objectpp.go). Sentences of our own; near misses: a time noun after "for", and a measure (not a
// threat) whose noun stays the target.
func TestObjectAddressee(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Tonga set a deadline for Barbados.", graph.Threatens, "Tonga", "Barbados", "", true, onlyAsserted | ruleKnown},
		{"Tonga set a deadline for Friday.", graph.Threatens, "Tonga", "deadline", "", true, onlyAsserted | ruleKnown},
		{"Ghana cut off aid to Togo.", graph.Sanctions, "Ghana", "aid", "", true, onlyAsserted | ruleKnown},
	})

	knownParserMiss(t, "set NN root after the subject (VBD in EWT)", func(tb testing.TB) {
		checkMatches(tb, []matchCase{
			{"The Bhutanese foreign ministry set a deadline for Cambodia.", graph.Threatens, "ministry", "Cambodia", "", true, onlyAsserted | ruleKnown},
		})
	})
}
