package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestExclusionAgent (issue 13, frames29a): an agentless passive of exclusion takes the party its
// from- or out-of-phrase names as its agent (exclusion.go). Near misses: a from-phrase with no
// name, a verb of withdrawal, troops ordered out, a by-phrase naming the agent.
func TestExclusionAgent(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Zimbabwe has been suspended from the Commonwealth over the disputed election.", graph.Sanctions, "Commonwealth", "Zimbabwe", "+exclusion-from", true, anyMatch},
		{"Two Iranian diplomats were expelled from Germany last week.", graph.Sanctions, "Germany", "diplomats", "+exclusion-from", true, anyMatch},
		{"A Russian diplomat was ordered out of Estonia on Monday.", graph.Sanctions, "Estonia", "diplomat", "+exclusion-from", true, anyMatch},
		{"Honduras will be barred from the Organization of American States unless Zelaya is restored.", graph.Threatens, "Organization", "Honduras", "+exclusion-from", true, anyMatch},
		// near misses
		{"The athlete was banned from the stadium for life.", graph.Sanctions, "stadium", "athlete", "", false, anyMatch},
		{"Belgian troops were withdrawn from Rwanda.", graph.Offers, "Rwanda", "troops", "", false, anyMatch},
		{"Russian troops were ordered out of Chechnya.", graph.Sanctions, "Chechnya", "troops", "", false, anyMatch},
		{"Russian troops were ordered out of Chechnya.", graph.Demands, "Chechnya", "troops", "", false, anyMatch},
		{"Fiji was expelled from the Commonwealth by its members.", graph.Sanctions, "Commonwealth", "Fiji", "", false, anyMatch},
	})
}
