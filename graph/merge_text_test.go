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

// TestSameTextIsOneArticle: the same text loaded with and without a URL, in either order, is one
// article: the second load changes nothing, names the first, and evidence is not doubled.
func TestSameTextIsOneArticle(t *testing.T) {
	for _, order := range []string{"noURL first", "URL first"} {
		s := openTest(t)
		a, b := sameTextPair()
		if order == "URL first" {
			a, b = b, a
		}
		if res := mustMerge(t, s, a.g); res.Skipped || res.SameTextAs != "" {
			t.Fatalf("%s: first load: %+v", order, res)
		}
		before := dump(t, s)
		res := mustMerge(t, s, b.g)
		if !res.Skipped || res.Replaced || res.SameTextAs != a.g.Article.ID || res.SameTextURL != a.g.Article.URL {
			t.Errorf("%s: second load = %+v, want skipped as the same text as %s", order, res, a.g.Article.ID)
		}
		if after := dump(t, s); len(after) != len(before) {
			t.Errorf("%s: second load changed the store (%d → %d keys)", order, len(before), len(after))
		}
		st, _ := s.Stats(ctx)
		if st.Articles != 1 {
			t.Errorf("%s: %d articles, want 1", order, st.Articles)
		}
		rels, err := s.Relations(ctx, RelationFilter{}, PageArgs{First: 10})
		if err != nil || len(rels.Items) != 1 || len(rels.Items[0].Evidence) != 1 {
			t.Errorf("%s: relations %+v (%v), want one with one evidence", order, rels, err)
		}
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
	a, b := sameTextPair()
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
