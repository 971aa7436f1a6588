package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestWarnOfRepercussions: a warning to an actor of the repercussions it will face is CAMEO 130
// (the WARN block's "- * CONSEQUENCES", "(OF RESPONSE)", "{SEVERE REPRISALS}"), the addressee
// its target, whether the parser hangs the of-phrase on the verb or on the addressee; a warning
// of a danger is no threat, and a pattern's prepositional phrase matches only with all its words
// ("(OF {DISASTROUS CONSEQUENCES})" is CAMEO 012, a pessimistic comment).
func TestWarnOfRepercussions(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Serbia warned Kosovo of consequences.", graph.Threatens, "Serbia", "Kosovo", "", true, onlyAsserted | ruleKnown},
		{"Ankara warned Athens of serious repercussions if the drilling went ahead.", graph.Threatens, "Ankara", "Athens", "", true, onlyAsserted | ruleKnown},
		{"The junta warned the protesters of reprisals.", graph.Threatens, "junta", "protesters", "", true, onlyAsserted | ruleKnown},
		// controls: a danger warned of, and a warning with no addressee
		{"The agency warned farmers of heavy frost.", graph.Threatens, "agency", "*", "", false, onlyAsserted | ruleKnown},
		{"Economists warned of consequences for growth.", graph.Threatens, "Economists", "*", "", false, onlyAsserted | ruleKnown},
		// no addressee, an if-clause: the repercussion is the speaker's act against its agent
		{"Chile warned of consequences if Peru entered its waters.", graph.Threatens, "Chile", "Peru", "", true, onlyAsserted | ruleKnown},
		{"The militia warned of reprisals unless the convoy turned back.", graph.Threatens, "militia", "convoy", "", true, onlyAsserted | ruleKnown},
		{"Economists warned of heavy losses if the strike continued.", graph.Threatens, "Economists", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestDoublesFinal: the dictionary's listed forms tell a stressed final syllable ("expel" →
// "expelling", "admit" → "admitted"); a verb it lists no doubled form for is not doubled.
func TestDoublesFinal(t *testing.T) {
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]bool{"expel": true, "admit": true, "visit": false, "": false} {
		if got := lx.DoublesFinal(w); got != want {
			t.Errorf("DoublesFinal(%q) = %v, want %v", w, got, want)
		}
	}
}
