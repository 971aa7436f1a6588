package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// TestMeetingPairAfterHeading (pair20c): a heading line the loader does not read as the title
// (a short block-language line, Quirk et al. 1985, 11.44) names no pair; the pair is then the
// one the next sentence, the body's first, names. Near misses: a body whose first sentence
// names one leader gives no pair. Invented wordings.
func TestMeetingPairAfterHeading(t *testing.T) {
	for _, c := range []struct {
		name, url, text string
		parties         []string
		typ             graph.RelType
		target          string
	}{
		{"short heading", "https://www.examplenews.com/world/asia/summit",
			"Leaders meet\n\nPrime Minister Mai Linh of Vietnam and President Arturo Beltran of Mexico held talks in Hanoi on Tuesday. The two leaders welcomed the new shipping agreement.",
			[]string{"Mai Linh", "Arturo Beltran"}, graph.Supports, "shipping agreement"},
		{"talks heading, met with", "https://www.examplenews.com/europe/talks",
			"Nordic talks\n\nForeign Minister Ingrid Sand of Denmark met with Foreign Minister Kaarel Tamm of Estonia in Copenhagen on 4 March. Both sides condemned the sabotage of the undersea cable.",
			[]string{"Ingrid Sand", "Kaarel Tamm"}, graph.Opposes, "sabotage"},
		{"one leader", "https://www.examplenews.com/africa/speech",
			"Leaders meet\n\nPresident William Otieno of Kenya addressed the parliament in Nairobi on Monday. The two sides welcomed the new shipping agreement.",
			nil, graph.Supports, "shipping agreement"},
	} {
		v := view(extractDoc(t, input.Document{Source: "test", URL: c.url, Text: c.text}))
		for _, p := range c.parties {
			if len(v.rels(c.typ, p, c.target)) == 0 {
				v.dump(os.Stderr)
				t.Errorf("%s: %s has no %s of %q", c.name, p, c.typ, c.target)
			}
		}
		if c.parties == nil && len(v.rels(c.typ, "", c.target)) > 0 {
			v.dump(os.Stderr)
			t.Errorf("%s: a stance with no pair named", c.name)
		}
	}
}
