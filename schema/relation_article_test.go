package schema

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestRelationsArticleEvidence: relations(article:) gives each relation with that article's
// evidence only, and evidenceCount counts it, as relations(from:, to:) keeps its window (nu18
// finding A10: a relation restated elsewhere showed another article's sentence first).
func TestRelationsArticleEvidence(t *testing.T) {
	f := newFixture(t)
	c := newArticle(t, "https://example.com/trade-3", "Demands refused again", "2018-07-02",
		"Officials in Beijing met on Monday.",
		"Chinese officials refused to accept American demands again.",
	)
	c.actor(graph.Group, "Chinese officials", 1, "Chinese officials")
	c.policy("American demands", 1)
	if id := c.rel(graph.Relation{Type: graph.Opposes, Source: f.officials, Target: f.demands, Cameo: "12", Plover: "REJECT"}, 1, "refused"); id != f.opposesDemands {
		t.Fatalf("the restated relation has ID %s, want %s", id, f.opposesDemands)
	}
	f.merge(t, c)
	ts := newTestServer(t, f, Options{})

	type rel struct {
		ID            string
		EvidenceCount int
		Evidence      []struct {
			Sentence int
			Article  struct{ ID string }
		}
	}
	list := func(q string, vars map[string]any) map[string]rel {
		t.Helper()
		var got struct{ Relations struct{ Nodes []rel } }
		ts.query(t, q, vars).decode(t, &got)
		m := map[string]rel{}
		for _, r := range got.Relations.Nodes {
			m[r.ID] = r
		}
		return m
	}
	const q = `query($a: ID, $from: String) { relations(article: $a, from: $from, first: 100) {
		nodes { id evidenceCount evidence { sentence article { id } } } } }`

	all := list(q, nil)
	if r := all[f.opposesDemands]; r.EvidenceCount != 2 || len(r.Evidence) != 2 {
		t.Fatalf("without article: %+v, want the evidence of both articles", r)
	}
	for _, art := range []string{f.art1, c.g.Article.ID} {
		got := list(q, map[string]any{"a": art})
		r, ok := got[f.opposesDemands]
		if !ok {
			t.Fatalf("article %s: the relation is missing", art)
		}
		if r.EvidenceCount != 1 || len(r.Evidence) != 1 || r.Evidence[0].Article.ID != art {
			t.Errorf("article %s: %+v, want its own sentence only", art, r)
		}
		for id, r := range got {
			if len(r.Evidence) != r.EvidenceCount {
				t.Errorf("article %s, %s: %d evidence, evidenceCount %d", art, id, len(r.Evidence), r.EvidenceCount)
			}
		}
	}
	// With a date window too: art1 (May) has no evidence in July, so none of its relations is listed.
	if got := list(q, map[string]any{"a": f.art1, "from": "2018-07"}); len(got) != 0 {
		t.Errorf("art1 from July: %+v, want none", got)
	}
}
