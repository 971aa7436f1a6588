package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestRetaliateFor (issue 13, lifted20): a "for" pattern coded as a verbal judgement (PHYSICAL_
// CONFLICT "- * (FOR)" [111]) needs the one judged as object (Levin 1993, 33); "vowed to
// retaliate against X for Y" is a threat against X (CAMEO 13), not a criticism of Y.
func TestRetaliateFor(t *testing.T) {
	checkFrames8(t, []frames8Case{
		{"Iran vowed to retaliate against the United States for the downing of its airliner.", graph.Threatens, "Iran", true, "States"},
		{"Iran vowed to retaliate against the United States for the downing of its airliner.", graph.Opposes, "Iran", false, ""},
		{"The militia pledged to retaliate against Ethiopia for the shelling of its camps.", graph.Threatens, "militia", true, "Ethiopia"},
		{"The militia pledged to retaliate against Ethiopia for the shelling of its camps.", graph.Opposes, "militia", false, "shelling"},
		// near misses: the judgement sense with its object stays a criticism; a past
		// retaliation asserted is an assault, none of ours
		{"Seoul blasted Pyongyang for the missile launch.", graph.Opposes, "Seoul", true, "Pyongyang"},
		{"Chile retaliated against Peru for the raid.", graph.Threatens, "Chile", false, ""},
		{"Chile retaliated against Peru for the raid.", graph.Opposes, "Chile", false, ""},
	})
}
