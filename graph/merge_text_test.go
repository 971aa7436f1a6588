package graph

import (
	"testing"

	"github.com/dgraph-io/badger/v4"
)

// sameTextPair is one document as two loads see it: without a URL (its ID from the text) and with
// one (a manifest gave it, and another title), with one relation each.
func sameTextPair() (noURL, withURL *builder) {
	text := "The ministry of the Republic of Examplia rejected the harbour levy on Tuesday."
	noURL = build("", "", text)
	withURL = build("https://example.org/levy", "2021-03-02", text)
	for _, b := range []*builder{noURL, withURL} {
		b.rel(Opposes, b.actor(Government, "Examplia"), b.policy("harbour levy"), 0, "rejected", 0.8, false)
	}
	return noURL, withURL
}

// TestSameTextIsOneArticle: the same text loaded with a URL and then without one is one article:
// the second load changes nothing, names the first, and evidence is not doubled. The reverse
// order (the later load brings the URL and date the stored copy lacks) replaces the stored copy
// by the new one: still one article, now with the URL and date (TestRicherLoadUpgrades).
func TestSameTextIsOneArticle(t *testing.T) {
	s := openTest(t)
	b, a := sameTextPair() // a has the URL
	if res := mustMerge(t, s, a.g); res.Skipped || res.SameTextAs != "" {
		t.Fatalf("first load: %+v", res)
	}
	before := dump(t, s)
	res := mustMerge(t, s, b.g)
	if !res.Skipped || res.Replaced || res.Upgraded != "" || res.SameTextAs != a.g.Article.ID || res.SameTextURL != a.g.Article.URL {
		t.Errorf("second load = %+v, want skipped as the same text as %s", res, a.g.Article.ID)
	}
	if after := dump(t, s); len(after) != len(before) {
		t.Errorf("second load changed the store (%d → %d keys)", len(before), len(after))
	}
	oneArticleOneEvidence(t, s, a.g.Article.URL)
}

// TestRicherLoadUpgrades: the same text loaded without a URL and date, then with them (a manifest
// given on the second load), is replaced by the second: one article, with the URL and date, its
// evidence not doubled. The same text with a date but no URL after one with both stays unchanged,
// and so does the same text with other but no additional metadata.
func TestRicherLoadUpgrades(t *testing.T) {
	s := openTest(t)
	a, b := sameTextPair() // b has the URL and date
	mustMerge(t, s, a.g)
	res := mustMerge(t, s, b.g)
	if res.Skipped || !res.Replaced || res.Upgraded != a.g.Article.ID || res.ArticleID != b.g.Article.ID {
		t.Errorf("richer load = %+v, want replaced, upgrading %s", res, a.g.Article.ID)
	}
	oneArticleOneEvidence(t, s, b.g.Article.URL)
	got, err := s.Article(ctx, b.g.Article.ID)
	if err != nil || got.PublishedAt != "2021-03-02" {
		t.Errorf("stored article %+v (%v), want the URL and date", got, err)
	}
	if _, err := s.Article(ctx, a.g.Article.ID); err == nil {
		t.Errorf("the poorer copy %s is still stored", a.g.Article.ID)
	}
	checkIntegrity(t, s)

	// Near misses: no metadata the stored copy lacks.
	c := build("https://example.org/levy-mirror", "2021-03-05", a.g.Article.Text)
	c.rel(Opposes, c.actor(Government, "Examplia"), c.policy("harbour levy"), 0, "rejected", 0.8, false)
	if res := mustMerge(t, s, c.g); !res.Skipped || res.Upgraded != "" || res.SameTextAs != b.g.Article.ID {
		t.Errorf("same text, another URL and date, nothing added = %+v, want skipped", res)
	}
	if res := mustMerge(t, s, a.g); !res.Skipped || res.Upgraded != "" {
		t.Errorf("same text without metadata after the richer one = %+v, want skipped", res)
	}
	oneArticleOneEvidence(t, s, b.g.Article.URL)
}

func oneArticleOneEvidence(t *testing.T, s *Store, url string) {
	t.Helper()
	st, _ := s.Stats(ctx)
	if st.Articles != 1 {
		t.Errorf("%d articles, want 1", st.Articles)
	}
	rels, err := s.Relations(ctx, RelationFilter{}, PageArgs{First: 10})
	if err != nil || len(rels.Items) != 1 || len(rels.Items[0].Evidence) != 1 {
		t.Errorf("relations %+v (%v), want one with one evidence", rels, err)
	}
	arts, err := s.Articles(ctx, PageArgs{First: 10})
	if err == nil && (len(arts.Items) != 1 || arts.Items[0].URL != url) {
		t.Errorf("articles %+v, want one with URL %q", arts.Items, url)
	}
}

// TestSameURLNewTextStillReplaced: a changed text under a stored URL replaces the article, and the
// old text no longer holds the article's identity (its index entry went with it).
func TestSameURLNewTextStillReplaced(t *testing.T) {
	s := openTest(t)
	_, a := sameTextPair()
	mustMerge(t, s, a.g)
	b := build(a.g.Article.URL, "2021-03-02", "The ministry of Examplia withdrew its objection to the levy.")
	if res := mustMerge(t, s, b.g); !res.Replaced || res.Skipped || res.SameTextAs != "" {
		t.Errorf("changed text under the same URL = %+v, want replaced", res)
	}
	old, _ := sameTextPair()
	if res := mustMerge(t, s, old.g); res.Skipped {
		t.Errorf("the replaced text, loaded without URL, = %+v, want new", res)
	}
	checkIntegrity(t, s)
}

// TestDeleteFreesText: after DeleteArticle the same text loads as a new article.
func TestDeleteFreesText(t *testing.T) {
	s := openTest(t)
	a, b := sameTextPair()
	mustMerge(t, s, a.g)
	if err := s.DeleteArticle(ctx, a.g.Article.ID); err != nil {
		t.Fatal(err)
	}
	if res := mustMerge(t, s, b.g); res.Skipped {
		t.Errorf("text of a deleted article = %+v, want new", res)
	}
}

// TestTextIndexBuiltForOldStore: a store written before the text index (no KeyArticleText keys,
// no TextIndexedKey) still opens and answers, and its first merge indexes the stored articles.
func TestTextIndexBuiltForOldStore(t *testing.T) {
	s := openTest(t)
	b, a := sameTextPair() // a has the URL: b brings nothing it lacks
	mustMerge(t, s, a.g)
	// Make it an old store: no index, no marker, and a Store that has not checked yet.
	if err := s.db.Update(func(txn *badger.Txn) error {
		for _, k := range append(collectKeys(txn, KeyArticleText.Prefix(), 0), TextIndexedKey()) {
			if err := txn.Delete(k); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	s.textIndexed = false
	if _, err := s.Article(ctx, a.g.Article.ID); err != nil {
		t.Fatalf("old store does not answer: %v", err)
	}
	if res := mustMerge(t, s, b.g); !res.Skipped || res.SameTextAs != a.g.Article.ID {
		t.Errorf("same text into an old store = %+v, want skipped as %s", res, a.g.Article.ID)
	}
	if d := dump(t, s); !hasAnyPrefix(d, TextIndexedKey()) || !hasAnyPrefix(d, KeyArticleText.Prefix()) {
		t.Error("the text index was not built")
	}
}

// TestTextKeyIgnoresTitleAndHeadings: the title a load gives (a manifest's, or the headline) and
// the heading lines kept above the first sentence do not change an article's text identity; a
// changed sentence does.
func TestTextKeyIgnoresTitleAndHeadings(t *testing.T) {
	body := "The council of Examplia approved the budget on Monday.\n\nThe opposition walked out."
	key := func(title, text string) string { return TextKey(&Article{Title: title, Text: text}) }
	own := key("Budget approved", "Budget approved\n\n"+body)
	for _, tc := range []struct{ title, text string }{
		{"Council budget (page 2)", "Council budget (page 2)\n\nBudget approved\n\nOffice of the Council\n\n" + body},
		{"", body},
		{"Budget approved", "Budget approved\n\n" + body + "  "},
	} {
		if got := key(tc.title, tc.text); got != own {
			t.Errorf("title %q, text %q: key %s, want %s (the same body)", tc.title, tc.text, got, own)
		}
	}
	if key("Budget approved", "Budget approved\n\nThe council of Examplia rejected the budget on Monday.") == own {
		t.Error("a changed sentence kept the key")
	}
	if key("Budget approved", "Budget approved") == key("Budget rejected", "Budget rejected") {
		t.Error("two title-only articles share a key")
	}
}

// TestRicherRanks: Richer ranks metadata — a URL before none, then a publication date, then an
// outlet — so of a copy with a URL but no date and one with a date but no URL the first is the
// richer whichever is stored first (upgrade18's "any field the stored copy lacks" made either win
// against the other); alike ranks are richer neither way.
func TestRicherRanks(t *testing.T) {
	urlOnly := &Article{URL: "https://example.org/a"}
	dateOnly := &Article{PublishedAt: "2021-03-02", Outlet: "Example Times"}
	for _, c := range []struct {
		name string
		a, b *Article
		want bool
	}{
		{"URL against date and outlet", urlOnly, dateOnly, true},
		{"date and outlet against URL", dateOnly, urlOnly, false},
		{"date against none", &Article{PublishedAt: "2021-03-02"}, &Article{}, true},
		{"outlet against none", &Article{Outlet: "Example Times"}, &Article{}, true},
		{"date against outlet", &Article{PublishedAt: "2021-03-02"}, &Article{Outlet: "Example Times"}, true},
		{"another date (alike)", &Article{PublishedAt: "2021-03-02"}, &Article{PublishedAt: "2021-03-05"}, false},
		{"another URL (alike)", urlOnly, &Article{URL: "https://example.org/b"}, false},
	} {
		if got := Richer(c.a, c.b); got != c.want {
			t.Errorf("%s: Richer = %v, want %v", c.name, got, c.want)
		}
	}

	// Stored in either order, the copy with the URL is the one kept.
	for _, urlFirst := range []bool{true, false} {
		s := openTest(t)
		text := "The ministry of the Republic of Examplia rejected the harbour levy on Tuesday."
		u := build("https://example.org/levy", "", text)
		d := build("", "2021-03-02", text)
		for _, b := range []*builder{u, d} {
			b.rel(Opposes, b.actor(Government, "Examplia"), b.policy("harbour levy"), 0, "rejected", 0.8, false)
		}
		first, second := d, u
		if urlFirst {
			first, second = u, d
		}
		mustMerge(t, s, first.g)
		mustMerge(t, s, second.g)
		oneArticleOneEvidence(t, s, u.g.Article.URL)
	}
}

// TestSameIDPoorerKept: under the same ID (the same URL) and with the same text, a copy with
// poorer metadata (no date where the stored one has one) is skipped as KeptRicher, the stored one
// kept; near misses: the same ID with another date (alike rank) or with other text replaces, as
// a new version does.
func TestSameIDPoorerKept(t *testing.T) {
	s := openTest(t)
	text := "The ministry of the Republic of Examplia rejected the harbour levy on Tuesday."
	dated := build("https://example.org/levy", "2021-03-02", text)
	undated := build("https://example.org/levy", "", text)
	redated := build("https://example.org/levy", "2021-03-04", text)
	for _, b := range []*builder{dated, undated, redated} {
		b.rel(Opposes, b.actor(Government, "Examplia"), b.policy("harbour levy"), 0, "rejected", 0.8, false)
	}
	mustMerge(t, s, dated.g)
	if res := mustMerge(t, s, undated.g); !res.Skipped || !res.KeptRicher || res.Replaced {
		t.Errorf("poorer copy under the same ID = %+v, want skipped, kept richer", res)
	}
	if got, err := s.Article(ctx, dated.g.Article.ID); err != nil || got.PublishedAt != "2021-03-02" {
		t.Errorf("stored %+v (%v), want the dated copy", got, err)
	}
	if res := mustMerge(t, s, redated.g); res.Skipped || res.KeptRicher || !res.Replaced {
		t.Errorf("another date under the same ID = %+v, want replaced", res)
	}
	changed := build("https://example.org/levy", "", text+" It appealed.")
	changed.rel(Opposes, changed.actor(Government, "Examplia"), changed.policy("harbour levy"), 0, "rejected", 0.8, false)
	if res := mustMerge(t, s, changed.g); res.Skipped || res.KeptRicher || !res.Replaced {
		t.Errorf("other text under the same ID = %+v, want replaced", res)
	}
	checkIntegrity(t, s)
}
