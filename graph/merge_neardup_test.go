package graph

import (
	"strings"
	"testing"

	"github.com/dgraph-io/badger/v4"
)

// TestNearDuplicateArticle: nu19 A12 — a corrected copy of a statement (same title and date, a
// few words changed, loaded from another folder) was stored as a second article with no note, and
// its relations doubled their evidence counts. It is still stored, but names the stored copy
// (Article.NearDuplicateOf, MergeResult.NearDuplicateOf); a third copy names the first; other
// texts under the same title and date, the same text on another date, and untitled or undated
// articles name none.
func TestNearDuplicateArticle(t *testing.T) {
	s := openTest(t)
	body := "Vessels in the strait have come under fire again this week. These attacks endanger freedom " +
		"of navigation and must stop immediately. We call on all parties to respect international law " +
		"and to protect the crews of merchant ships. Our mission stands ready to help."
	statement := func(title, date, text string) *builder {
		b := build("", date, title+"\n\n"+text)
		b.g.Article.Title = title
		b.actor(Country, "Norland")
		return b
	}
	first := statement("Statement on the Strait", "2026-03-03", body)
	if res := mustMerge(t, s, first.g); res.NearDuplicateOf != "" {
		t.Fatalf("the first copy names %q", res.NearDuplicateOf)
	}
	corrected := statement("Statement on the Strait", "2026-03-03", strings.Replace(body, "must stop", "must cease", 1))
	res := mustMerge(t, s, corrected.g)
	if res.Skipped || res.NearDuplicateOf != first.g.Article.ID {
		t.Fatalf("corrected copy: %+v; want stored, naming %s", res, first.g.Article.ID)
	}
	a, err := s.Article(ctx, corrected.g.Article.ID)
	if err != nil || a.NearDuplicateOf != first.g.Article.ID {
		t.Fatalf("stored corrected copy: %+v, %v", a, err)
	}
	if a, _ := s.Article(ctx, first.g.Article.ID); a.NearDuplicateOf != "" {
		t.Errorf("the first copy became a near-duplicate of %q", a.NearDuplicateOf)
	}
	// reloading the corrected copy changes nothing
	if res := mustMerge(t, s, corrected.g); !res.Skipped {
		t.Errorf("reload: %+v", res)
	}
	third := statement("STATEMENT ON THE STRAIT", "2026-03-03", strings.Replace(body, "this week", "on Monday", 1))
	if res := mustMerge(t, s, third.g); res.NearDuplicateOf != first.g.Article.ID {
		t.Errorf("third copy names %q, want the first %s", res.NearDuplicateOf, first.g.Article.ID)
	}
	// near misses
	for name, b := range map[string]*builder{
		"another statement, same title and date": statement("Statement on the Strait", "2026-03-03",
			"The ministry welcomes the agreement on fisheries signed today. It opens the northern waters to joint patrols and shared quotas."),
		"the same text on another date": statement("Statement on the Strait", "2026-03-04", strings.Replace(body, "again", "once more", 1)),
		"the same text, another title":  statement("Remarks on the Strait", "2026-03-03", strings.Replace(body, "again", "anew", 1)),
		"undated":                       statement("Statement on the Strait", "", strings.Replace(body, "again", "yet again", 1)),
	} {
		if res := mustMerge(t, s, b.g); res.Skipped || res.NearDuplicateOf != "" {
			t.Errorf("%s: %+v", name, res)
		}
	}
	checkIntegrity(t, s)
	// deleting an article removes its title index entry: a copy merged after names no deleted one
	for _, id := range []string{corrected.g.Article.ID, third.g.Article.ID, first.g.Article.ID} {
		if err := s.DeleteArticle(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	again := statement("Statement on the Strait", "2026-03-03", strings.Replace(body, "stands ready", "is ready", 1))
	if res := mustMerge(t, s, again.g); res.NearDuplicateOf != "" {
		t.Errorf("after deletion: names %q", res.NearDuplicateOf)
	}
	for k := range dump(t, s) {
		if pk, err := Parse([]byte(k)); err == nil && pk.Kind == KeyArticleTitle && pk.Article == first.g.Article.ID {
			t.Errorf("title index entry of a deleted article: %s", pk)
		}
	}
}

func TestResemblance(t *testing.T) {
	a := "one two three four five six seven eight"
	if r := resemblance(a, a); r != 1 {
		t.Errorf("same text: %v", r)
	}
	if r := resemblance(a, "nine ten eleven twelve thirteen"); r != 0 {
		t.Errorf("disjoint: %v", r)
	}
	// one word changed of eight: 5 shingles each, only the one window before it shared (1/9)
	if r := resemblance(a, "one two three four 5 six seven eight"); r <= 0 || r >= 0.5 {
		t.Errorf("a short text with a word changed: %v", r)
	}
}

// TestNearDuplicateOlderStore: a store written before the article-title index has neither the
// index nor its marker; the first merge builds it from the article records, so a corrected copy
// loaded then is compared with the articles stored before.
func TestNearDuplicateOlderStore(t *testing.T) {
	s := openTest(t)
	title, date := "Remarks on the Fisheries Accord", "2030-07-01"
	text := "The minister welcomed the fisheries accord signed in the capital today and said the accord " +
		"opens the northern waters to joint patrols, shared quotas and a common register of vessels."
	first := build("", date, title+"\n\n"+text)
	first.g.Article.Title = title
	first.actor(Country, "Norland")
	mustMerge(t, s, first.g)
	// make it an older store: no title index entries, no marker, as before this rule
	if err := s.db.Update(func(txn *badger.Txn) error {
		if err := txn.Delete(TitleIndexedKey()); err != nil {
			return err
		}
		return txn.Delete(ArticleTitleKey(TitleKey(&first.g.Article), first.g.Article.ID))
	}); err != nil {
		t.Fatal(err)
	}
	s.titleIndexed = false
	copyB := build("", date, title+"\n\n"+strings.Replace(text, "today", "this morning", 1))
	copyB.g.Article.Title = title
	copyB.actor(Country, "Norland")
	if res := mustMerge(t, s, copyB.g); res.NearDuplicateOf != first.g.Article.ID {
		t.Errorf("after building the index: names %q, want %s", res.NearDuplicateOf, first.g.Article.ID)
	}
	d := dump(t, s)
	if _, marked := d[string(TitleIndexedKey())]; !marked || !hasAnyPrefix(d, ArticleTitlePrefix(TitleKey(&first.g.Article))) {
		t.Error("the index or its marker was not written")
	}
}
