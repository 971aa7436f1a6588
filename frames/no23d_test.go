package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestAffectOfConcern: a copula (or remain) + adjective of concern with an about/over/by-phrase
// or a that-clause, and a verb of following or watching events with a with-phrase of concern,
// object to what they name (PLOVER DISAPPROVE; CAMEO.2.0.txt REITERATE * CONCERN [110], FOLLOW *
// EVENTS (WITH CONCERN)); classesNO23 N4.
func TestAffectOfConcern(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Austria is deeply concerned about the flooding of the dam.", graph.Opposes, "Austria", "flooding", "", true, onlyAsserted | ruleKnown},
		{"Hungary is gravely worried by the reported pollution of the river.", graph.Opposes, "Hungary", "pollution", "", true, onlyAsserted | ruleKnown},
		{"Croatia is alarmed that the spill has reached the delta.", graph.Opposes, "Croatia", "reached", "", true, onlyAsserted | ruleKnown},
		{"Serbia remains concerned about the closure of the border.", graph.Opposes, "Serbia", "closure", "", true, onlyAsserted | ruleKnown},
		{"Slovenia is following the floods with great anxiety.", graph.Opposes, "Slovenia", "floods", "", true, onlyAsserted | ruleKnown},
		// controls: no complement; a following without concern; an adjective of concern as attribute
		{"Austria is deeply concerned.", graph.Opposes, "Austria", "*", "", false, onlyAsserted | ruleKnown},
		{"Slovenia is following the floods closely.", graph.Opposes, "Slovenia", "*", "", false, onlyAsserted | ruleKnown},
		{"Slovenia is following the floods with great interest.", graph.Opposes, "Slovenia", "*", "", false, onlyAsserted | ruleKnown},
		{"The worried residents left the valley.", graph.Opposes, "residents", "*", "", false, onlyAsserted | ruleKnown},
		// a passive verb with its agent that is no participle of affect stays the verb's
		{"The plan is opposed by Hungary.", graph.Opposes, "Hungary", "plan", "", true, onlyAsserted | ruleKnown},
	})

	knownParserMiss(t, "build-up split: up obj of watching, build compound (UD build-up one noun phrase headed by up or build, obj)", func(tb testing.TB) {
		checkMatches(tb, []matchCase{
			{"Poland is watching the troop build-up with deep unease.", graph.Opposes, "Poland", "build", "", true, onlyAsserted | ruleKnown},
		})
	})
}
