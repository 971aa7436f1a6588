package graph

import "testing"

// TestNearDuplicateEvidence (nu20 A13): a corrected copy of a story (same title and date, a few
// words changed) is stored with nearDuplicateOf; its sentences count as evidence but do not raise
// the relation's confidence, and RelationFilter.NearDuplicates false leaves them out: the
// relation counts one sentence, and a relation only the copy states is not listed. Deleting the
// copy leaves the confidence as it was.
func TestNearDuplicateEvidence(t *testing.T) {
	s := openTest(t)
	text := "Japan lodged a formal protest with China over the entry of ships into waters near the islands on Tuesday morning. The ministry said the vessels stayed in the area for several hours before leaving, and that the coast guard followed them throughout. Officials said talks between the two foreign ministries would continue next month in Tokyo as planned."
	a := build("https://example.org/s13", "2026-02-03", text)
	a.g.Article.Title = "Japan protests ship entry"
	jp, cn := a.actor(Country, "Japan"), a.actor(Country, "China")
	rel := a.rel(Opposes, jp, cn, 0, "protest", 0.8, false)
	mustMerge(t, s, a.g)
	r1, err := s.Relation(ctx, rel)
	if err != nil {
		t.Fatal(err)
	}
	copyText := "Japan lodged a strong protest with Beijing over the entry of ships into waters near the islands on Tuesday morning. The ministry said the vessels stayed in the area for several hours before leaving, and that the coast guard followed them throughout. Officials said talks between the two foreign ministries would continue next month in Tokyo as planned."
	b := build("https://example.org/s13-v2", "2026-02-03", copyText)
	b.g.Article.Title = "Japan protests ship entry"
	jp2, cn2 := b.actor(Country, "Japan"), b.actor(Country, "China")
	b.rel(Opposes, jp2, cn2, 0, "protest", 0.8, false)
	only := b.rel(Threatens, jp2, cn2, 0, "protest", 0.6, false)
	if res := mustMerge(t, s, b.g); res.NearDuplicateOf != a.g.Article.ID {
		t.Fatalf("copy not marked near-duplicate: %+v", res)
	}
	r2, err := s.Relation(ctx, rel)
	if err != nil {
		t.Fatal(err)
	}
	if r2.EvidenceCount != 2 || r2.Confidence != r1.Confidence {
		t.Errorf("with the copy: evidence %d confidence %v, want 2 and %v (unchanged)", r2.EvidenceCount, r2.Confidence, r1.Confidence)
	}
	no := false
	for _, order := range []Order{{}, {Field: ByConfidence}} {
		p, err := s.Relations(ctx, RelationFilter{NearDuplicates: &no, Order: order}, PageArgs{First: 10})
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Items) != 1 || p.Items[0].ID != rel || p.Items[0].EvidenceCount != 1 || len(p.Items[0].Evidence) != 1 ||
			p.Items[0].Evidence[0].ArticleID != a.g.Article.ID {
			t.Errorf("nearDuplicates false (%v): %+v", order.Field, p.Items)
		}
	}
	p, err := s.Relations(ctx, RelationFilter{}, PageArgs{First: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Items) != 2 {
		t.Errorf("all: %d relations, want 2 (with %s)", len(p.Items), only)
	}
	for _, basis := range []DateBasis{PublishedBasis, EventBasis} {
		tl, err := s.Timeline(ctx, RelationFilter{NearDuplicates: &no, DateBasis: basis}, Day)
		if err != nil {
			t.Fatal(err)
		}
		if len(tl.Buckets) != 1 || tl.Buckets[0].Type != Opposes || tl.Buckets[0].Articles != 1 {
			t.Errorf("timeline without near-duplicates (%s): %+v", basis, tl.Buckets)
		}
		tl, err = s.Timeline(ctx, RelationFilter{DateBasis: basis}, Day)
		if err != nil {
			t.Fatal(err)
		}
		if len(tl.Buckets) != 2 || tl.Buckets[0].Articles != 2 {
			t.Errorf("timeline with near-duplicates (%s): %+v", basis, tl.Buckets)
		}
	}
	if err := s.DeleteArticle(ctx, b.g.Article.ID); err != nil {
		t.Fatal(err)
	}
	r3, err := s.Relation(ctx, rel)
	if err != nil {
		t.Fatal(err)
	}
	if r3.EvidenceCount != 1 || r3.Confidence != r1.Confidence {
		t.Errorf("copy deleted: evidence %d confidence %v, want 1 and %v", r3.EvidenceCount, r3.Confidence, r1.Confidence)
	}
}

// TestSourceUnder: the stored source keeps the path below the loaded folder, and nothing above it.
func TestSourceUnder(t *testing.T) {
	for _, c := range []struct{ src, root, want string }{
		{"/data/load/mine/s13.txt", "/data/load", "mine/s13.txt"},
		{"/data/load/v2/s13.txt", "/data/load/", "v2/s13.txt"},
		{"load/wire/feed.jsonl:3", "load", "wire/feed.jsonl:3"},
		{"/data/load/s13.txt", "", "s13.txt"},
		{"/elsewhere/s13.txt", "/data/load", "s13.txt"},
	} {
		if got := SourceUnder(c.src, c.root); got != c.want {
			t.Errorf("SourceUnder(%q, %q) = %q, want %q", c.src, c.root, got, c.want)
		}
	}
	for src, want := range map[string]bool{"mine/s13.txt": true, "s13.txt": true, "/home/me/s13.txt": false, "../x/s13.txt": false, `C:\news\a.txt`: false} {
		if RelativeSource(src) != want {
			t.Errorf("RelativeSource(%q) = %v", src, !want)
		}
	}
}
