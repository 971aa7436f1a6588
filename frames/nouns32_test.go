package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestAdjunctHolder32 (nouns32): a noun of support or request heading an adjunct of
// circumstance names its agent in a definite of-phrase (adjunctHolder), also when the parser
// hangs the adjunct on an adverbial noun of the clause or the clause is a subjectless -ing
// adverbial (adjunctAct, controlledAdverbial). Must-nots: a concessive adjunct's of-phrase is
// what is opposed, "without" is no adjunct of circumstance, and an indefinite of-phrase is no
// genitive.
func TestAdjunctHolder32(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Maria Lopez won the seat with the support of the Farm Bureau.", graph.Supports, "Bureau", "", "noun-adjunct-act", true, onlyAsserted},
		{"Tom Reed rose through the ranks during his tenure with the backing of the teachers union.", graph.Supports, "union", "", "noun-adjunct-act", true, onlyAsserted},
		{"Prime Minister Anna Berg responded by dropping the tariff at Mr. Smith's request.", graph.Demands, "Smith", "", "noun-adjunct-act", true, onlyAsserted},
		// must not
		{"The council approved the plan despite the criticism of the unions.", graph.Opposes, "unions", "*", "", false, anyMatch},
		{"Without the support of the unions, the mayor lost the vote.", graph.Supports, "unions", "*", "", false, anyMatch},
		{"Maria Lopez won the seat with a lot of support.", graph.Supports, "lot", "*", "", false, anyMatch},
	})
}
