package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestComplementNounAgent (issue 13, auditA19): a passive cue's agent by-phrase that the parser
// hangs on the noun of the verb's prepositional complement, or of its infinitive's object, is the
// verb's agent when that noun names no act that could have a doer of its own (Quirk et al. 1985,
// 3.64 one agent per clause; 17.51 by-phrases after nouns of acts and works). Near misses: a
// by-phrase on a noun of an act ("an attack by rebels", "a request by the union") stays that
// act's.
func TestComplementNounAgent(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The disputed islands were conceded to Chile by Japan.", graph.Offers, "Japan", "islands", "", true, anyMatch},
		{"Aid workers were allowed to enter the camp by the army.", graph.Offers, "army", "workers", "", true, anyMatch},
		{"Foreign reporters were permitted to visit the prison by Egypt.", graph.Offers, "Egypt", "reporters", "", true, anyMatch},
		// near misses
		{"The border was reopened after an attack by rebels.", graph.Offers, "rebels", "*", "", false, anyMatch},
		{"The restrictions were eased following a request by the union.", graph.Offers, "union", "*", "", false, anyMatch},
	})
}
