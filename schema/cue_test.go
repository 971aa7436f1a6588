package schema

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestEvidenceCueOffsets: Evidence.cueStart and cueEnd select the cue in Article.text (code
// points), and are null for evidence without a cue.
func TestEvidenceCueOffsets(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	var got struct {
		Relations struct {
			Nodes []struct {
				ID       string
				Evidence []struct {
					Text             string
					Start            int
					Cue              *string
					CueStart, CueEnd *int
					Article          struct{ Text string }
				}
			}
		}
	}
	ts.query(t, `{ relations(first: 100) { nodes { id evidence { text start cue cueStart cueEnd article { text } } } } }`, nil).decode(t, &got)
	n := 0
	for _, r := range got.Relations.Nodes {
		for _, e := range r.Evidence {
			if e.Cue == nil || e.CueStart == nil || e.CueEnd == nil {
				t.Errorf("%s: cue %v at %v..%v", r.ID, e.Cue, e.CueStart, e.CueEnd)
				continue
			}
			text := []rune(e.Article.Text)
			if *e.CueStart < e.Start || *e.CueEnd > len(text) || string(text[*e.CueStart:*e.CueEnd]) != *e.Cue {
				t.Errorf("%s: cue %q is not at %d..%d", r.ID, *e.Cue, *e.CueStart, *e.CueEnd)
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("no evidence")
	}
	if cueOffset(graph.Evidence{}, 0) != nil {
		t.Error("evidence without a cue must have null offsets")
	}
}
