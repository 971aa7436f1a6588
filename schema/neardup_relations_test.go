package schema

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestRelationsWithoutNearDuplicates (nu20 A13): relations(nearDuplicates: false) counts a
// statement repeated by a corrected copy once (evidence and evidenceCount of the first copy
// only), and the copy does not raise the confidence.
func TestRelationsWithoutNearDuplicates(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	sents := []string{"Norway condemned the seizure of the tanker in the strait on Monday evening.",
		"The ministry said the crew had been held for several hours before the vessel was released to its owners.",
		"Officials said talks between the two governments would continue next week in Oslo as planned."}
	first := newArticle(t, "https://example.org/tanker", "Norway condemns tanker seizure", "2026-04-07", sents...)
	no := first.actor(graph.Country, "Norway", 0, "Norway")
	seizure := first.policy("seizure of the tanker", 0)
	rel := first.rel(graph.Relation{Type: graph.Opposes, Source: no, Target: seizure}, 0, "condemned")
	f.merge(t, first)
	fixed := append([]string{}, sents...)
	fixed[0] = strings.Replace(fixed[0], "condemned", "strongly condemned", 1)
	copy := newArticle(t, "https://example.org/tanker-corrected", "Norway condemns tanker seizure", "2026-04-07", fixed...)
	copy.actor(graph.Country, "Norway", 0, "Norway")
	copy.policy("seizure of the tanker", 0)
	copy.rel(graph.Relation{Type: graph.Opposes, Source: no, Target: seizure}, 0, "condemned")
	f.merge(t, copy)

	var d struct {
		Relations struct {
			Nodes []struct {
				ID            string
				EvidenceCount int
				Confidence    float64
				Evidence      []struct{ Article struct{ ID string } }
			}
		}
	}
	q := `{ relations(source: "Norway", nearDuplicates: %s) { nodes { id evidenceCount confidence evidence { article { id } } } } }`
	ts.query(t, strings.Replace(q, "%s", "false", 1), nil).decode(t, &d)
	n := d.Relations.Nodes
	if len(n) != 1 || n[0].ID != rel || n[0].EvidenceCount != 1 || len(n[0].Evidence) != 1 || n[0].Evidence[0].Article.ID != first.g.Article.ID {
		t.Errorf("nearDuplicates: false: %+v", n)
	}
	ts.query(t, strings.Replace(q, "%s", "true", 1), nil).decode(t, &d)
	n = d.Relations.Nodes
	if len(n) != 1 || n[0].EvidenceCount != 2 || len(n[0].Evidence) != 2 || n[0].Confidence != 0.8 {
		t.Errorf("nearDuplicates: true: %+v (confidence must stay one article's, 0.8)", n)
	}
}
