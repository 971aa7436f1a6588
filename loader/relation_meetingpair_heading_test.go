package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestMeetingPairAfterHeading (pair20c): a heading line the loader does not read as the title
// (a short block-language line, Quirk et al. 1985, 11.44) names no pair; the pair is then the
// one the next sentence, the body's first, names. Near misses: a body whose first sentence
// names one leader gives no pair. Invented wordings.
func TestMeetingPairAfterHeading(t *testing.T) {
	checkPairCases(t, []pairCase{
		{"short heading", "https://www.examplenews.com/world/asia/summit",
			"Leaders meet\n\nPrime Minister Mai Linh of Vietnam and President Arturo Beltran of Mexico held talks in Hanoi on Tuesday. The two leaders welcomed the new shipping agreement.",
			[]string{"Mai Linh", "Arturo Beltran"}, graph.Supports, "shipping agreement"},
		{"talks heading, met with", "https://www.examplenews.com/europe/talks",
			"Nordic talks\n\nForeign Minister Ingrid Sand of Denmark met with Foreign Minister Kaarel Tamm of Estonia in Copenhagen on 4 March. Both sides condemned the sabotage of the undersea cable.",
			[]string{"Ingrid Sand", "Kaarel Tamm"}, graph.Opposes, "sabotage"},
		{"one leader", "https://www.examplenews.com/africa/speech",
			"Leaders meet\n\nPresident William Otieno of Kenya addressed the parliament in Nairobi on Monday. The two sides welcomed the new shipping agreement.",
			nil, graph.Supports, "shipping agreement"},
	}, false)
}
