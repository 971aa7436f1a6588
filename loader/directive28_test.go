package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestReportedDirectiveAddressee (speech28): "X told Y it must V" reports a directive to Y
// (Quirk et al. 1985, 14.33): the pronoun is the addressee, and the demand is X's of Y
// (relation_directiveaddressee.go). Must not: no modal of obligation ("told Y it would"), no
// actor addressed ("told reporters it must").
func TestReportedDirectiveAddressee(t *testing.T) {
	runSpeechCases(t, []speechCase{
		{"Ottawa told Havana it must release the detained Canadian tourists.", "Canada", "Cuba", graph.Demands, reportedDirectiveRule, true},
		{"The IMF warned Greece that it should cut its pension spending.", "International Monetary Fund", "Greece", graph.Demands, reportedDirectiveRule, true},
		// must not
		{"Ottawa told Havana it would release the detained Cuban fishermen.", "Canada", "Cuba", graph.Demands, "", false},
		{"Ottawa told reporters it must protect its Arctic waters.", "Canada", "", graph.Demands, "", false},
	})
}
