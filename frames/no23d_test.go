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
	checkFrames8(t, []frames8Case{
		{"Austria is deeply concerned about the flooding of the dam.", graph.Opposes, "Austria", true, "flooding"},
		{"Hungary is gravely worried by the reported pollution of the river.", graph.Opposes, "Hungary", true, "pollution"},
		{"Croatia is alarmed that the spill has reached the delta.", graph.Opposes, "Croatia", true, "reached"},
		{"Serbia remains concerned about the closure of the border.", graph.Opposes, "Serbia", true, "closure"},
		{"Slovenia is following the floods with great anxiety.", graph.Opposes, "Slovenia", true, "floods"},
		// controls: no complement; a following without concern; an adjective of concern as attribute
		{"Austria is deeply concerned.", graph.Opposes, "Austria", false, ""},
		{"Slovenia is following the floods closely.", graph.Opposes, "Slovenia", false, ""},
		{"Slovenia is following the floods with great interest.", graph.Opposes, "Slovenia", false, ""},
		{"The worried residents left the valley.", graph.Opposes, "residents", false, ""},
		// a passive verb with its agent that is no participle of affect stays the verb's
		{"The plan is opposed by Hungary.", graph.Opposes, "Hungary", true, "plan"},
	})

	knownParserMiss(t, "build-up split: up obj of watching, build compound (UD build-up one noun phrase headed by up or build, obj)", func(tb testing.TB) {
		checkFrames8(tb, []frames8Case{
			{"Poland is watching the troop build-up with deep unease.", graph.Opposes, "Poland", true, "build"},
		})
	})
}
