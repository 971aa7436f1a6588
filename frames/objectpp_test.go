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
	checkFrames8(t, []frames8Case{
		{"Tonga set a deadline for Barbados.", graph.Threatens, "Tonga", true, "Barbados"},
		{"Tonga set a deadline for Friday.", graph.Threatens, "Tonga", true, "deadline"},
		{"Ghana cut off aid to Togo.", graph.Sanctions, "Ghana", true, "aid"},
	})

	knownParserMiss(t, "set NN root after the subject (VBD in EWT)", func(tb testing.TB) {
		checkFrames8(tb, []frames8Case{
			{"The Bhutanese foreign ministry set a deadline for Cambodia.", graph.Threatens, "ministry", true, "Cambodia"},
		})
	})
}
