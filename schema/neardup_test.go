package schema

import (
	"strings"
	"testing"
)

// TestArticleNearDuplicateOf: nu19 A12 — a corrected copy of a statement (same title and date,
// a few words changed) is stored as a second article; Article.nearDuplicateOf names the copy it
// nearly repeats, so a researcher can leave it out; the first copy and an unrelated article of
// the same day have none.
func TestArticleNearDuplicateOf(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	sents := []string{"Vessels in the strait came under fire again this week.",
		"These attacks endanger freedom of navigation and must stop immediately.",
		"We call on all parties to respect international law and to protect the crews of merchant ships."}
	first := newArticle(t, "https://example.org/statement", "Statement on the Strait", "2026-03-03", sents...)
	f.merge(t, first)
	fixed := append([]string{}, sents...)
	fixed[1] = strings.Replace(fixed[1], "must stop", "must cease", 1)
	corrected := newArticle(t, "https://example.org/statement-corrected", "Statement on the Strait", "2026-03-03", fixed...)
	f.merge(t, corrected)
	other := newArticle(t, "https://example.org/fisheries", "Statement on the Strait", "2026-03-03",
		"The ministry welcomes the fisheries agreement signed today.", "It opens the northern waters to joint patrols.")
	f.merge(t, other)

	var d struct {
		Articles struct {
			Nodes []struct {
				ID              string
				NearDuplicateOf *struct{ ID, Title string }
			}
		}
	}
	ts.query(t, `{ articles(from: "2026-03-03", to: "2026-03-03") { nodes { id nearDuplicateOf { id title } } } }`, nil).decode(t, &d)
	got := map[string]string{}
	for _, n := range d.Articles.Nodes {
		got[n.ID] = ""
		if n.NearDuplicateOf != nil {
			got[n.ID] = n.NearDuplicateOf.ID
		}
	}
	want := map[string]string{first.g.Article.ID: "", corrected.g.Article.ID: first.g.Article.ID, other.g.Article.ID: ""}
	if len(got) != len(want) {
		t.Fatalf("articles: %v", got)
	}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("%s: nearDuplicateOf %q, want %q", id, got[id], w)
		}
	}
}
