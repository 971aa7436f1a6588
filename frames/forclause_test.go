package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestForClauseSubject (issue 13, sweep23): "renewed its call for X to V" with the for-clause
// hung on the verb: the clause's subject is the noun's for-target (forclause.go). Sentences of
// our own; near misses: a for-clause after a noun of no for-complement, and "call for" with a
// plain noun object.
func TestForClauseSubject(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Gaborone renewed its call for Comoros to withdraw its troops.", graph.Demands, "Gaborone", "Comoros", "", true, onlyAsserted | ruleKnown},
		{"Burkinabe lawmakers renewed their call for Turkey to withdraw its troops.", graph.Demands, "lawmakers", "Turkey", "", true, onlyAsserted | ruleKnown},
		{"Botswana repeated its call for restraint.", graph.Demands, "Botswana", "restraint", "", true, onlyAsserted | ruleKnown},
		{"Chile renewed its offer for Peru to join the pact.", graph.Demands, "Chile", "*", "", false, onlyAsserted | ruleKnown},
	})
}
