package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestDemandToKnow (branch trail21): "demand to know" over an interrogative clause asks a
// question firmly (OALD demand v. 2), the clause being what is asked (Huddleston & Pullum 2002,
// 11.5): no DEMANDS. A demand with a that-clause, a to-infinitive of another act, or a noun
// object stays a demand.
func TestDemandToKnow(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The Iraqi envoy demanded to know whether Washington would lift the embargo.", graph.Demands, "envoy", "*", "", false, onlyAsserted | ruleKnown},
		{"Opposition deputies demanded to know why the minister had signed the deal.", graph.Demands, "deputies", "*", "", false, onlyAsserted | ruleKnown},
		{"Pakistan demanded to know when the observers would leave Kashmir.", graph.Demands, "Pakistan", "*", "", false, onlyAsserted | ruleKnown},
		// controls: demands of an act, a that-clause and a noun object
		{"The Iraqi envoy demanded that Washington lift the embargo.", graph.Demands, "envoy", "*", "", true, onlyAsserted | ruleKnown},
		{"Opposition deputies demanded to see the contract.", graph.Demands, "deputies", "*", "", true, onlyAsserted | ruleKnown},
		{"Pakistan demanded the withdrawal of the observers from Kashmir.", graph.Demands, "Pakistan", "*", "", true, onlyAsserted | ruleKnown},
	})
}

// TestPassiveDirectiveAgent (branch trail21): the passive of a directive verb with a by-agent and
// an object-controlled infinitive ("Serbia was told by the European Union to release the
// suspects") is the agent's demand (Quirk et al. 1985, 16.63, 3.63), though the parser hangs the
// infinitive on the agent's noun; the agent does not do the infinitive's act. Controls: a
// passive with no infinitive, and a by-agent noun of an ordinary passive.
func TestPassiveDirectiveAgent(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Kenya was told by the IMF to raise taxes.", graph.Demands, "IMF", "Kenya", "", true, onlyAsserted | ruleKnown},
		{"Serbia was told by the European Union to release the prisoners.", graph.Demands, "Union", "Serbia", "", true, onlyAsserted | ruleKnown},
		{"Serbia was told by the European Union to release the prisoners.", graph.Offers, "Union", "*", "", false, onlyAsserted | ruleKnown},
		{"Manila was ordered by Beijing to withdraw its coast guard vessels.", graph.Demands, "Beijing", "*", "", true, onlyAsserted | ruleKnown},
		// controls
		{"Kenya was told by the IMF that taxes would rise.", graph.Demands, "IMF", "*", "", false, onlyAsserted | ruleKnown},
		{"The convoy was attacked by rebels to the north of the town.", graph.Demands, "rebels", "*", "", false, onlyAsserted | ruleKnown},
	})
}
