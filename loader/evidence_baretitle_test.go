package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestAttributedBareStateTitle: a trailing attribution to a minister whose title names no state
// ("…, Foreign Minister Luisa Ferro said.") names him as the Speaker of the stance whose source
// is the state the clause is about (evidence_speaker.go bareStateTitle); a trailing speaker with
// no state office (a professor) names none.
func TestAttributedBareStateTitle(t *testing.T) {
	speakerOf := func(doc, src string) (n int, all int, v *graphView) {
		v = view(extractText(t, doc))
		for _, r := range v.g.Relations {
			if r.Type != graph.Threatens || v.label(r.Source) != src {
				continue
			}
			for _, e := range r.Evidence {
				all++
				if e.Speaker != "" {
					n++
				}
			}
		}
		return n, all, v
	}
	n, all, v := speakerOf("Italy and Serbia\n\nROME, May 3 (Reuters) - Italy and Serbia met on Monday.\n\nItaly on Tuesday threatened Serbia with sanctions over the border incident, Foreign Minister Luisa Ferro said.", "Italy")
	if all == 0 || n == 0 {
		v.dump(os.Stderr)
		t.Errorf("Italy's threat attributed to Foreign Minister Luisa Ferro: %d of %d evidences name a speaker", n, all)
	}
	n, all, v = speakerOf("Italy and Serbia\n\nROME, May 3 (Reuters) - Italy and Serbia met on Monday.\n\nItaly on Tuesday threatened Serbia with sanctions over the border incident, Professor Luisa Ferro said.", "Italy")
	if n != 0 {
		v.dump(os.Stderr)
		t.Errorf("a professor's attribution names a speaker of Italy's threat (%d of %d)", n, all)
	}
}
