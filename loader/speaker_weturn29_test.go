package loader

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// claimSourcesOf lists the source names of the CLAIMS relations whose evidence sentence contains
// opening.
func claimSourcesOf(g *graph.ArticleGraph, opening string) []string {
	names := map[string]string{}
	for _, n := range g.Nodes {
		names[n.ID] = n.Name
	}
	var out []string
	for _, r := range g.Relations {
		if r.Type != graph.Claims {
			continue
		}
		for _, ev := range r.Evidence {
			if strings.Contains(ev.Text, opening) && !slices.Contains(out, names[r.Source]) {
				out = append(out, names[r.Source])
			}
		}
	}
	slices.Sort(out)
	return out
}

// TestWeReportInTurn: in a spokesperson's turn on his ministry's page, "We have made clear that
// …", "We believe …" and "We reject any suggestion that …" are his own assertions (weturn.go): the
// sentence is claimed by him too, beside the state's claim of the reported content. Must-nots:
// "As we said before, …" (a comment clause) keeps the reported reading alone; "I believe …"
// stays his; another's report in the turn ("The Peruvian ministry said that …") stays that
// body's.
// Invented wordings.
func TestWeReportInTurn(t *testing.T) {
	g := extractDoc(t, input.Document{Source: "brief.txt", URL: "https://www.state.gov/briefings/department-press-briefing-june-3-2031/",
		Outlet: "U.S. Department of State", Title: "Department Press Briefing – June 3, 2031",
		Text: "Department Press Briefing – June 3, 2031\n\nNora Lindqvist, Department Spokesperson\n\n" +
			"MS LINDQVIST: Good afternoon.\n\n" +
			"QUESTION: Will you sanction the Bolivian officials?\n\n" +
			"MS LINDQVIST: We have made clear that the elections in Bolivia must be free and fair. We believe the electoral court should publish the results.\n\n" +
			"QUESTION: And the mining contract?\n\n" +
			"MS LINDQVIST: We reject any suggestion that the contract was awarded under pressure. As we said before, the United States supports open tenders.\n\n" +
			"QUESTION: Has Lima replied?\n\n" +
			"MS LINDQVIST: The Peruvian ministry said that the talks would resume in July. I believe the talks will succeed."})
	for _, c := range []struct{ opening, want string }{
		{"We have made clear that the elections", "Nora Lindqvist"},
		{"We believe the electoral court", "Nora Lindqvist"},
		{"We reject any suggestion", "Nora Lindqvist"},
		{"I believe the talks will succeed", "Nora Lindqvist"},
	} {
		if got := claimSourcesOf(g, c.opening); !slices.Contains(got, c.want) {
			t.Errorf("%q: claimed by %q, want %s among them", c.opening, got, c.want)
		}
	}
	if got := claimSourcesOf(g, "We have made clear that the elections"); !slices.Contains(got, "United States") {
		t.Errorf("the state's report of its content: claimed by %q, want United States kept", got)
	}
	if got := claimSourcesOf(g, "As we said before"); slices.Contains(got, "Nora Lindqvist") {
		t.Errorf("comment clause: claimed by %q, want the reported reading alone", got)
	}
	if got := claimSourcesOf(g, "The Peruvian ministry said"); slices.Contains(got, "Nora Lindqvist") {
		t.Errorf("another's report: claimed by %q", got)
	}
}
