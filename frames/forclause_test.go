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
	checkFrames8(t, []frames8Case{
		{"Gaborone renewed its call for Comoros to withdraw its troops.", graph.Demands, "Gaborone", true, "Comoros"},
		{"Burkinabe lawmakers renewed their call for Turkey to withdraw its troops.", graph.Demands, "lawmakers", true, "Turkey"},
		{"Botswana repeated its call for restraint.", graph.Demands, "Botswana", true, "restraint"},
		{"Chile renewed its offer for Peru to join the pact.", graph.Demands, "Chile", false, ""},
	})
}
