package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestFalsityDenies (issue 13, modal23): a subject clause, extraposed or not, of an adjective of
// falsity ("false", "untrue", "baseless") or of a negated truth adjective ("not true") is denied
// (Quirk et al. 1985, 18.33, 10.55; modality.txt falsity, truth): its act is not the subject's
// own. A truth adjective without negation, and an adjective of other meaning negated ("not
// surprising"), leave the act asserted.
func TestFalsityDenies(t *testing.T) {
	checkNegated(t, []negCase{
		{"Officials said it was not true that Peru had expelled the Chilean envoy.", graph.Sanctions, "Peru", false, false},
		{"It is untrue that Ghana expelled the Togolese diplomats.", graph.Sanctions, "Ghana", false, false},
		{"The ministry said it was false that Laos had expelled the Thai envoy.", graph.Sanctions, "Laos", false, false},
		// near misses: the clause stays asserted
		{"It is true that Peru expelled the Chilean envoy.", graph.Sanctions, "Peru", false, true},
		{"It is not surprising that Peru expelled the Chilean envoy.", graph.Sanctions, "Peru", false, true},
	})
}
