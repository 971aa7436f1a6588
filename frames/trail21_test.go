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
	checkFrames8(t, []frames8Case{
		{"The Iraqi envoy demanded to know whether Washington would lift the embargo.", graph.Demands, "envoy", false, ""},
		{"Opposition deputies demanded to know why the minister had signed the deal.", graph.Demands, "deputies", false, ""},
		{"Pakistan demanded to know when the observers would leave Kashmir.", graph.Demands, "Pakistan", false, ""},
		// controls: demands of an act, a that-clause and a noun object
		{"The Iraqi envoy demanded that Washington lift the embargo.", graph.Demands, "envoy", true, ""},
		{"Opposition deputies demanded to see the contract.", graph.Demands, "deputies", true, ""},
		{"Pakistan demanded the withdrawal of the observers from Kashmir.", graph.Demands, "Pakistan", true, ""},
	})
}
