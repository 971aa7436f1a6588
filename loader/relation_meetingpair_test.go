package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// TestMeetingPair (readout20, R1): a report whose first sentence names two principals as a
// coordinated subject or as the two parties of a meeting ("X met with Y", "X met Y") makes
// "The two leaders …", "Both sides …", "The two ministers …" and a "They …" right after them
// each principal's stance, on any page. Near misses: "the two sides" with no pair named, a
// report of one leader, and "the two sides" in a briefing's answer give no stance of the pair.
// Invented wordings.
func TestMeetingPair(t *testing.T) {
	checkPairCases(t, []pairCase{
		{"coordinated subject", "https://www.examplenews.com/world/asia/summit",
			"Leaders meet in Hanoi\n\nPrime Minister Mai Linh of Vietnam and President Arturo Beltran of Mexico held talks in Hanoi on Tuesday. The two leaders welcomed the new shipping agreement.",
			[]string{"Mai Linh", "Arturo Beltran"}, graph.Supports, "shipping agreement"},
		{"met with", "https://www.mfa.example.org/news/2031/meeting",
			"Foreign Minister Ingrid Sand meets her Estonian counterpart\n\nForeign Minister Ingrid Sand of Denmark met with Foreign Minister Kaarel Tamm of Estonia in Copenhagen on 4 March. The two ministers exchanged views on regional security. Both sides condemned the sabotage of the undersea cable.",
			[]string{"Ingrid Sand", "Kaarel Tamm"}, graph.Opposes, "sabotage"},
		{"met, then they", "https://www.examplenews.com/americas/visit",
			"Chilean leader in Lima\n\nPresident Ana Soto of Chile met President Luis Vargas of Peru in Lima on Friday. They condemned the attack on the border post near Tacna.",
			[]string{"Ana Soto", "Luis Vargas"}, graph.Opposes, "border post"},
		{"no pair named", "https://www.examplenews.com/world/talks",
			"Talks end in Geneva\n\nThe talks ended in Geneva on Monday. The two sides welcomed the new shipping agreement.",
			nil, graph.Supports, "shipping agreement"},
		{"one leader", "https://www.examplenews.com/africa/speech",
			"Kenya's president addresses parliament\n\nPresident William Otieno of Kenya addressed the parliament in Nairobi on Monday. The two sides welcomed the new shipping agreement. They condemned the attack on the border post.",
			nil, graph.Supports, "shipping agreement"},
	}, true)
	// a briefing: the pair of the first sentence is not the referent of "the two sides" in an
	// answer, whose discourse is the spokesperson's
	v := view(extractText(t, "Spokesperson's Regular Press Conference on 3 April 2031\n\nPresident Ana Soto of Chile met President Luis Vargas of Peru in Lima on Friday.\n\n"+
		"Q: What is your comment on the trade dispute?\n\nA: We hope the two sides will welcome the new shipping agreement. The two sides condemned the attack on the border post."))
	if len(v.rels(graph.Opposes, "Ana Soto", "border post")) > 0 || len(v.rels(graph.Opposes, "Luis Vargas", "border post")) > 0 {
		v.dump(os.Stderr)
		t.Errorf("the two sides of an answer read as the pair of the first sentence")
	}
}

// pairCase is one document of the meeting-pair tests: the principals that must each hold a typ
// stance of target (nil: no such stance at all, the near miss).
type pairCase struct {
	name, url, text string
	parties         []string
	typ             graph.RelType
	target          string
}

// checkPairCases extracts each case (url "" = a news page) and checks that every party holds the
// stance, and for a near miss that nobody does (with borderPost, nor any OPPOSES of "border post").
func checkPairCases(t *testing.T, cases []pairCase, borderPost bool) {
	t.Helper()
	for _, c := range cases {
		url := c.url
		if url == "" {
			url = "https://www.examplenews.com/world/visit"
		}
		v := view(extractDoc(t, input.Document{Source: "test", URL: url, Text: c.text}))
		for _, p := range c.parties {
			if len(v.rels(c.typ, p, c.target)) == 0 {
				v.dump(os.Stderr)
				t.Errorf("%s: %s has no %s of %q", c.name, p, c.typ, c.target)
			}
		}
		if c.parties == nil && (len(v.rels(c.typ, "", c.target)) > 0 || borderPost && len(v.rels(graph.Opposes, "", "border post")) > 0) {
			v.dump(os.Stderr)
			t.Errorf("%s: a stance of the pair with no pair named", c.name)
		}
	}
}
