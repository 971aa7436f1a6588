package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestCautionNoThreat (threat30): a verb of warning whose that-clause names neither the
// warner's own coercive act nor a consequence it controls is a caution about a danger (CAMEO
// 012, not PLOVER THREATEN; warning_caution.go), no threat; a conditioned clause, the warner's
// own coercive act, a repercussion named, an agentless passive measure or a directive to an
// addressee stay threats.
func TestCautionNoThreat(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The fund's director warned that risks to the banking system had grown.", graph.Threatens, "*", "*", "class/verb/warn", false, anyMatch},
		{"Several economists warn that the central bank could choke growth by raising rates early.", graph.Threatens, "*", "*", "class/verb/warn", false, anyMatch},
		{"The utility has been warning that it will soon run short of money.", graph.Threatens, "*", "*", "class/verb/warn", false, anyMatch},
		{"The agency cautioned that a poor harvest would leave millions hungry.", graph.Threatens, "*", "*", "class/verb/caution", false, anyMatch},
		{"A party strategist warned Saturday that the move could deeply damage the party.", graph.Threatens, "*", "*", "class/verb/warn", false, anyMatch},
		// threats kept
		{"Cairo warned that it would retaliate if Addis Ababa filled the dam.", graph.Threatens, "Cairo", "*", "class/verb/warn", true, anyMatch},
		{"Hanoi warned that it would expel the fishing crews.", graph.Threatens, "Hanoi", "*", "class/verb/warn", true, anyMatch},
		{"The ministry warned that sanctions would follow any incursion.", graph.Threatens, "ministry", "*", "class/verb/warn", true, anyMatch},
		{"The cartel warned that if the mayor did not resign, harm would come to his family.", graph.Threatens, "cartel", "*", "class/verb/warn", true, anyMatch},
		{"Minsk warned that any attempt to cross the border would be crushed.", graph.Threatens, "Minsk", "*", "class/verb/warn", true, anyMatch},
		{"The president warned the general not to move troops into the capital.", graph.Threatens, "president", "general", "class/verb/warn", true, anyMatch},
		{"The interior minister warned that police would no longer tolerate the sit-ins.", graph.Threatens, "minister", "*", "class/verb/warn", true, anyMatch},
		{"Hanoi warned that it would not allow any drilling in its waters.", graph.Threatens, "Hanoi", "*", "class/verb/warn", true, anyMatch},
		{"Analysts warned that Serbia's army would cross the border within weeks.", graph.Threatens, "Analysts", "*", "class/verb/warn", false, anyMatch},
		{"The governor warned that the army could run short of fuel.", graph.Threatens, "*", "*", "class/verb/warn", false, anyMatch},
	})
}
