package loader

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// groupNodes counts the nodes of g named name (case-insensitive).
func groupNodes(g *graph.ArticleGraph, name string) int {
	n := 0
	for _, nd := range g.Nodes {
		if strings.EqualFold(nd.Name, name) {
			n++
		}
	}
	return n
}

// TestExchangeGroup: a group named by a description alone ("relevant parties", rule
// group:unnamed, no country) is local to its question-and-answer exchange in a transcript: under
// two questions on two topics it is two nodes, twice in one exchange one node; a group with its
// country is that country's in every exchange (a group speaking a turn, left whole, is held by
// TestSpeakerEveryAssertion). Documents written for this test.
//
// The second answer was "Chile encourages relevant parties to work towards the same direction";
// with the infinitive read as xcomp (UD; the parse26b pair) the group is named inside the act,
// "relevant parties working towards …" (contentAgent), and is no node of its own, so the test of
// node identity says it with a group that is the target itself.
func TestExchangeGroup(t *testing.T) {
	head := "Chilean Foreign Ministry Spokesperson Rosa Iturra's Regular Press Conference on April 2, 2030\n\n"
	two := head +
		"Q: Fishing boats from Peru were seized near the maritime border. What is Chile's position?\n\n" +
		"A: Chile has lodged stern representations with relevant parties.\n\n" +
		"Q: The river treaty with Bolivia expires next month. Will it be renewed?\n\n" +
		"A: Chile will lodge representations with relevant parties."
	if n := groupNodes(extractText(t, two), "relevant parties"); n != 2 {
		t.Errorf("two exchanges: %d nodes 'relevant parties', want 2", n)
	}
	one := head +
		"Q: Fishing boats from Peru were seized near the maritime border. What is Chile's position?\n\n" +
		"A: Chile has lodged stern representations with relevant parties. Chile will lodge representations with relevant parties."
	if n := groupNodes(extractText(t, one), "relevant parties"); n != 1 {
		t.Errorf("one exchange: %d nodes 'relevant parties', want 1", n)
	}
	country := head +
		"Q: Fishing boats from Peru were seized near the maritime border. What is Chile's position?\n\n" +
		"A: Chile has lodged stern representations with Peruvian fishermen.\n\n" +
		"Q: The river treaty with Bolivia expires next month. Will it be renewed?\n\n" +
		"A: Chile encourages Peruvian fishermen to work towards the same direction."
	if n := groupNodes(extractText(t, country), "Peruvian fishermen"); n != 1 {
		t.Errorf("near miss, with its country: %d nodes 'Peruvian fishermen', want 1", n)
	}
}
