package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestReportedThat: "X reported that CLAUSE" is X's claim (speech.txt kind speech-that; new-user
// trial 13 finding 6, reports), in several wordings and with a time adjunct before "that"; near
// misses: "reported" over a noun phrase of figures, or over a clause with no "that", and the noun
// "reports", give no claim of the subject.
func TestReportedThat(t *testing.T) {
	for _, c := range []struct{ text, src, content string }{
		{"Bloomberg reported that the ministry was considering new curbs on chip exports.", "Bloomberg", "considering new curbs"},
		{"The newspaper Le Figaro reported that Morocco had recalled its ambassador.", "Le Figaro", "recalled its ambassador"},
		{"Xinhua reported on Tuesday that the two sides had agreed to resume talks.", "Xinhua", "agreed to resume talks"},
	} {
		v := view(extractText(t, c.text))
		if len(v.rels(graph.Claims, c.src, c.content)) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: no CLAIMS %s -> %q", c.text, c.src, c.content)
		}
	}
	for _, c := range []struct{ text, src string }{
		{"Samsung Electronics reported a 12 percent rise in quarterly profits.", "Samsung Electronics"},
		{"The carmaker Stellantis has reported about 20% of its sales were in Brazil.", "Stellantis"},
		{"Reports from Reuters said the ministry had recalled its ambassador.", "Reuters"},
	} {
		v := view(extractText(t, c.text))
		if rs := v.rels(graph.Claims, c.src); len(rs) > 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: %d CLAIMS of %s, want none", c.text, len(rs), c.src)
		}
	}
}
