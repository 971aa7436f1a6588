package loader

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// claimTexts lists the texts (the target nodes' labels) of the CLAIMS relations whose evidence
// sentence contains opening.
func claimTexts(g *graph.ArticleGraph, opening string) []string {
	labels := map[string]string{}
	for _, n := range g.Nodes {
		labels[n.ID] = n.Label()
	}
	var out []string
	for _, r := range g.Relations {
		if r.Type != graph.Claims {
			continue
		}
		for _, ev := range r.Evidence {
			if strings.Contains(ev.Text, opening) {
				out = append(out, labels[r.Target])
			}
		}
	}
	return out
}

// TestParticipleOpeningIsNoContent: "Asked about …, X said …" and "Responding to a question
// about …, X said …" open with a supplementive participle clause, an adverbial (participleOpening):
// what X said is the clause after the verb, not the words before the comma. Must-not: a finite
// clause before the attribution ("Rising prices are hurting families, the minister said.") stays
// the reported content. Invented wordings.
func TestParticipleOpeningIsNoContent(t *testing.T) {
	g := extractText(t, "Talks in Quito\n\nResponding to a question about the border, Foreign Minister Ana Paredes said Ecuador continued to seek a reopening of the crossing.\n\n"+
		"Asked about the fuel subsidy, Paredes said the government remained opposed to any cut.\n\n"+
		"Rising prices are hurting families, Paredes said.")
	for _, c := range []struct{ opening, want, not string }{
		{"Responding to a question about the border", "Ecuador continued to seek", "Responding to a question"},
		{"Asked about the fuel subsidy", "the government remained opposed", "Asked about the fuel subsidy"},
		{"Rising prices are hurting families", "Rising prices are hurting families", "-"},
	} {
		got := claimTexts(g, c.opening)
		ok := false
		for _, x := range got {
			ok = ok || strings.Contains(x, c.want)
			if strings.Contains(x, c.not) {
				t.Errorf("%q: claim %q holds the participle clause", c.opening, x)
			}
		}
		if !ok {
			t.Errorf("%q: claims %q, want one with %q", c.opening, got, c.want)
		}
	}
}
