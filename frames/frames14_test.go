package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestStandBehind (issue 13, frames14): "stand behind" an actor or policy backs it, as CAMEO's
// STAND * (BY) 051 "praise or endorse" codes "stand by" (cue-classes.txt); without the
// behind-phrase the verb stays null, and negated it is no support.
func TestStandBehind(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Lithuania stands behind Taiwan.", graph.Supports, "Lithuania", "Taiwan", "", true, onlyAsserted | ruleKnown},
		{"Kenya will stand behind the peace deal.", graph.Supports, "Kenya", "deal", "", true, onlyAsserted | ruleKnown},
		{"Kenya stood firm.", graph.Supports, "Kenya", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestDefendPolicy (issue 13, frames10 → frames14): "defend" a policy, reform or course of
// action is CAMEO 052 "defend verbally" (PLOVER SUPPORT), as the DEFEND block's own patterns
// code a defended decision or plan; defending a party keeps the block default 074 (military
// protection, OFFERS).
func TestDefendPolicy(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Chile defended its migration policy.", graph.Supports, "Chile", "policy", "", true, onlyAsserted | ruleKnown},
		{"Chile defended its migration policy.", graph.Offers, "Chile", "*", "", false, onlyAsserted | ruleKnown},
		{"Ghana defended the pension reforms.", graph.Supports, "Ghana", "reforms", "", true, onlyAsserted | ruleKnown},
		{"Peru defended its handling of the protests.", graph.Supports, "Peru", "handling", "", true, onlyAsserted | ruleKnown},
		{"France will defend Estonia.", graph.Supports, "France", "*", "", false, onlyAsserted | ruleKnown},
	})
}
