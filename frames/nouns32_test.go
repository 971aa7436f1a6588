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

// TestAmongHolder32 (nouns32): the among-phrase of an attitude noun names its holders
// (amongHolder), on the noun or on its complement; with no complement the possessor or the
// subject of a verb of receiving is the target. Must-nots: a negative determiner or a negated
// clause, an agent noun's among-phrase (a partitive), a noun that is no attitude.
func TestAmongHolder32(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Support for the bill among farmers has grown.", graph.Supports, "farmers", "bill", "noun-among", true, onlyAsserted},
		{"Opposition to the tax among Republicans is rising.", graph.Opposes, "Republicans", "tax", "noun-among", true, onlyAsserted},
		{"The mayor's support among teachers has grown.", graph.Supports, "teachers", "mayor", "noun-among", true, onlyAsserted},
		{"The governor won strong support among rural voters.", graph.Supports, "voters", "governor", "noun-among", true, onlyAsserted},
		// must not
		{"There is no support for the bill among farmers.", graph.Supports, "farmers", "*", "", false, anyMatch},
		{"Support for the bill among farmers has never been strong.", graph.Supports, "farmers", "*", "", false, anyMatch},
		{"The governor did not win support among rural voters.", graph.Supports, "voters", "*", "", false, onlyUnnegated},
		{"The critics among the senators spoke first.", graph.Opposes, "senators", "*", "", false, anyMatch},
		{"The meeting among the farmers ended early.", graph.Supports, "farmers", "*", "", false, anyMatch},
	})
}

// TestBacklash32 (nouns32): backlash (WordNet 3.0 backlash.n.02, a hyponym of opposition) is a
// noun of opposition whose from-phrase is its holder under a verb of receiving. Must-nots: a
// negative determiner, and a from-phrase of time.
func TestBacklash32(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The plan drew a fierce backlash from Senator John Smith.", graph.Opposes, "John", "plan", "noun-received:class/noun/backlash", true, onlyAsserted},
		{"The levy faced a backlash from Germany.", graph.Opposes, "Germany", "levy", "noun-received", true, onlyAsserted},
		// must not
		{"There was no backlash from Germany.", graph.Opposes, "Germany", "*", "", false, onlyUnnegated},
		{"The levy faced a backlash from last year.", graph.Opposes, "year", "*", "", false, anyMatch},
	})
}
