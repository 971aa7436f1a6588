package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestReadyToRespond (threat30): the to-infinitive of an adjective of readiness (ready,
// prepared, poised: modality.txt intent) announces the act as the future does (Quirk et al. 1985,
// 16.75), so a response the subject stands ready to give on another's act is a threat, as "will
// respond if attacked" is (warning_voiced.go readyFor). Near misses: a readiness to answer
// questions, or to respond to a disaster, names no act of a party.
func TestReadyToRespond(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The army is ready to respond if the militants attack the border posts.", graph.Threatens, "army", "militants", "verb-warning:modality/counteraction/respond", true, ruleKnown},
		{"The navy stood ready to respond if the smugglers fired on the patrol boats.", graph.Threatens, "navy", "smugglers", "verb-warning", true, anyMatch},
		// near misses
		{"The ministry is ready to respond to questions from reporters.", graph.Threatens, "*", "*", "", false, anyMatch},
		{"The charity was prepared to respond to the floods.", graph.Threatens, "*", "*", "", false, anyMatch},
	})
}
