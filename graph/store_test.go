package graph

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dgraph-io/badger/v4"
)

// tradeArticle is a small article: the Treasury secretary opposes a Chinese policy, China's
// government offers purchases, a think-tank scholar claims something.
func tradeArticle() (*builder, map[string]string) {
	b := build("https://example.com/trade-talks", "2019-05-10", "Steven Mnuchin rejected Made in China 2025. Beijing offered purchases. Ruan Zongze said talks would go on.")
	ids := map[string]string{}
	ids["mnuchin"] = b.actor(Person, "Steven Mnuchin", "Mnuchin", "Mr. Mnuchin")
	ids["china"] = b.actor(Government, "China", "Beijing")
	ids["ruan"] = b.actor(Person, "Ruan Zongze", "Mr. Ruan")
	ids["mic"] = b.policy("Made in China 2025")
	ids["buy"] = b.policy("purchases of American goods")
	claim := ClaimID(ids["ruan"], "talks would go on")
	b.g.Nodes = append(b.g.Nodes, Node{ID: claim, Kind: ClaimKind, Name: "talks would go on", Text: "talks would go on"})
	ids["claim"] = claim
	ids["r1"] = b.rel(Opposes, ids["mnuchin"], ids["mic"], 0, "rejected", 0.8, false)
	ids["r2"] = b.rel(Offers, ids["china"], ids["buy"], 1, "offered", 0.7, true)
	ids["r3"] = b.rel(Claims, ids["ruan"], claim, 2, "said", 0.9, false)
	return b, ids
}

func TestMergeAndReadBack(t *testing.T) {
	s := openTest(t)
	b, ids := tradeArticle()
	res := mustMerge(t, s, b.g)
	if res.Skipped || res.Replaced || res.Nodes != 6 || res.Relations != 3 || res.ArticleID != b.g.Article.ID {
		t.Errorf("MergeArticle = %+v, want 6 nodes, 3 relations written", res)
	}
	n, err := s.Node(ctx, ids["mnuchin"])
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Steven Mnuchin", "Mnuchin", "Mr. Mnuchin"}; n.Name != "Steven Mnuchin" || n.Kind != Person || !slices.Equal(n.Aliases, want) {
		t.Errorf("Node = %+v, want aliases %q (canonical first, rest sorted)", n, want)
	}
	a, err := s.Article(ctx, b.g.Article.ID)
	if err != nil || a.Text != b.g.Article.Text || a.PublishedAt != "2019-05-10" {
		t.Errorf("Article = %+v, %v", a, err)
	}
	r, err := s.Relation(ctx, ids["r2"])
	if err != nil {
		t.Fatal(err)
	}
	if r.Source != ids["china"] || r.Type != Offers || !r.Hedged || len(r.Evidence) != 1 ||
		r.Evidence[0].ArticleID != b.g.Article.ID || r.Evidence[0].Cue != "offered" || r.Confidence != 0.7 {
		t.Errorf("Relation = %+v", r)
	}
	got, err := s.NodesByID(ctx, []string{ids["china"], ids["claim"], "a_missing"})
	if err != nil || len(got) != 2 || got[ids["claim"]].Text != "talks would go on" {
		t.Errorf("NodesByID = %v, %v", got, err)
	}
	st, err := s.Stats(ctx)
	if err != nil || st != (Stats{Articles: 1, Nodes: 6, Relations: 3, Mentions: 5}) {
		t.Errorf("Stats = %+v, %v", st, err)
	}
	for _, f := range []func() error{
		func() error { _, err := s.Node(ctx, "a_nope"); return err },
		func() error { _, err := s.Article(ctx, "d_nope"); return err },
		func() error { _, err := s.Relation(ctx, "r_nope"); return err },
	} {
		if err := f(); !errors.Is(err, ErrNotFound) {
			t.Errorf("lookup of a missing ID: %v, want ErrNotFound", err)
		}
	}
	checkIntegrity(t, s)
}

func TestMergeIsIdempotent(t *testing.T) {
	s := openTest(t)
	b, _ := tradeArticle()
	mustMerge(t, s, b.g)
	before, version := dump(t, s), s.db.MaxVersion()
	res := mustMerge(t, s, b.g)
	if !res.Skipped || res.Nodes != 0 || res.Relations != 0 {
		t.Errorf("second MergeArticle = %+v, want Skipped", res)
	}
	if after := dump(t, s); !maps.Equal(before, after) {
		t.Errorf("second merge changed the store: %d keys before, %d after", len(before), len(after))
	}
	if v := s.db.MaxVersion(); v != version {
		t.Errorf("second merge committed writes (version %d → %d)", version, v)
	}
	// The same article read from another file is still the same article.
	again, _ := tradeArticle()
	again.g.Article.Source = "other.jsonl:7"
	if res := mustMerge(t, s, again.g); !res.Skipped {
		t.Errorf("merge from another source = %+v, want Skipped", res)
	}
}

// TestMergeDoesNotModifyInput guards the caller's ArticleGraph, which the loader may reuse.
func TestMergeDoesNotModifyInput(t *testing.T) {
	s := openTest(t)
	b, _ := tradeArticle()
	mustMerge(t, s, b.g)
	other := build("https://example.com/2", "2019-05-11", "Mnuchin spoke.")
	other.actor(Person, "Mnuchin")
	other.g.Nodes[0].Aliases = []string{"Mr. Mnuchin", "Mnuchin"}
	keep := fmt.Sprintf("%+v", *other.g)
	mustMerge(t, s, other.g)
	if got := fmt.Sprintf("%+v", *other.g); got != keep {
		t.Errorf("MergeArticle modified its input:\n%s\n%s", keep, got)
	}
}

func TestCrossArticleResolution(t *testing.T) {
	tests := []struct {
		name  string
		first func(b *builder)
		next  func(b *builder)
		// same lists pairs of names that must end up as one node; apart pairs that must not.
		same, apart [][2]string
	}{{
		name:  "surname joins the one stored person",
		first: func(b *builder) { b.actor(Person, "Steven Mnuchin") },
		next: func(b *builder) {
			b.actor(Person, "Mnuchin")
			b.actor(Person, "Steven Mnuchin")
		},
		same: [][2]string{{"Mnuchin", "Steven Mnuchin"}},
	}, {
		name:  "surname alone in the new article",
		first: func(b *builder) { b.actor(Person, "Steven Mnuchin") },
		next:  func(b *builder) { b.actor(Person, "Mnuchin", "Mr. Mnuchin") },
		same:  [][2]string{{"Mnuchin", "Steven Mnuchin"}},
	}, {
		name: "surname shared by two stored people stays ambiguous",
		first: func(b *builder) {
			b.actor(Person, "Wang Yi")
			b.actor(Person, "Wang Shouwen")
		},
		next:  func(b *builder) { b.actor(Person, "Wang") },
		apart: [][2]string{{"Wang", "Wang Yi"}, {"Wang", "Wang Shouwen"}, {"Wang Yi", "Wang Shouwen"}},
	}, {
		name:  "rival with the surname in the same article",
		first: func(b *builder) { b.actor(Person, "Wang Yi") },
		next: func(b *builder) {
			b.actor(Person, "Wang Shouwen")
			b.actor(Person, "Wang")
		},
		apart: [][2]string{{"Wang", "Wang Yi"}, {"Wang", "Wang Shouwen"}},
	}, {
		name:  "alias of an organization",
		first: func(b *builder) { b.actor(Government, "Treasury Department", "the Treasury") },
		next:  func(b *builder) { b.actor(Government, "U.S. Treasury", "Treasury") },
		same:  [][2]string{{"U.S. Treasury", "Treasury Department"}},
	}, {
		name:  "a group never joins a non-group",
		first: func(b *builder) { b.actor(Country, "China", "Chinese officials") },
		next:  func(b *builder) { b.actor(Group, "Chinese officials") },
		apart: [][2]string{{"Chinese officials", "China"}},
	}, {
		name:  "a person never joins an organization",
		first: func(b *builder) { b.actor(Organization, "Huawei Technologies", "Huawei") },
		next:  func(b *builder) { b.actor(Person, "Huawei") },
		apart: [][2]string{{"Huawei", "Huawei Technologies"}},
	}, {
		name:  "titled person alias is not used",
		first: func(b *builder) { b.actor(Person, "Ruan Zongze", "Mr. Ruan") },
		next:  func(b *builder) { b.actor(Person, "Ruan Jiang", "Mr. Ruan") },
		apart: [][2]string{{"Ruan Jiang", "Ruan Zongze"}},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := openTest(t)
			first := build("https://example.com/1", "2019-01-01", "first "+tc.name)
			tc.first(first)
			mustMerge(t, s, first.g)
			next := build("https://example.com/2", "2019-01-02", "next "+tc.name)
			tc.next(next)
			mustMerge(t, s, next.g)
			checkIntegrity(t, s)
			owner := map[string]string{} // surface form → node ID holding it
			page, err := s.Nodes(ctx, NodeFilter{}, PageArgs{First: 100})
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range page.Items {
				for _, a := range n.Aliases {
					if prev, ok := owner[a]; ok && prev != n.ID {
						owner[a] = "(several)"
					} else {
						owner[a] = n.ID
					}
				}
			}
			for _, p := range tc.same {
				if owner[p[0]] == "" || owner[p[0]] != owner[p[1]] {
					t.Errorf("%q and %q are not one node: %v", p[0], p[1], owner)
				}
			}
			for _, p := range tc.apart {
				if owner[p[0]] == owner[p[1]] {
					t.Errorf("%q and %q were merged: %v", p[0], p[1], owner)
				}
			}
		})
	}
}

// TestResolutionRemapsRelations checks that a renamed actor's relations and mentions follow it and
// that relations stated in two articles with different surface forms pool their evidence.
func TestResolutionRemapsRelations(t *testing.T) {
	s := openTest(t)
	a := build("https://example.com/a", "2019-05-01", "Steven Mnuchin opposed tariffs.")
	full := a.actor(Person, "Steven Mnuchin")
	tariffs := a.policy("tariffs")
	rel := a.rel(Opposes, full, tariffs, 0, "opposed", 0.6, false)
	mustMerge(t, s, a.g)

	b := build("https://example.com/b", "2019-05-02", "Mnuchin opposed tariffs.")
	short := b.actor(Person, "Mnuchin")
	b.policy("tariffs")
	b.rel(Opposes, short, tariffs, 0, "opposed", 0.6, false)
	res := mustMerge(t, s, b.g)
	if res.Relations != 1 {
		t.Errorf("MergeArticle = %+v, want the one relation updated", res)
	}
	if _, err := s.Node(ctx, short); !errors.Is(err, ErrNotFound) {
		t.Errorf("the bare surname got its own node (%v)", err)
	}
	r, err := s.Relation(ctx, rel)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Evidence) != 2 {
		t.Errorf("relation has %d evidence, want 2 (one per article)", len(r.Evidence))
	}
	m, err := s.Mentions(ctx, full, PageArgs{})
	if err != nil || m.Total != 2 {
		t.Errorf("Mentions of the resolved node: total %d, %v; want 2", m.Total, err)
	}
	checkIntegrity(t, s)
}

// TestResolutionIsDeterministic merges the same articles into two stores with nodes in different
// orders and expects identical contents.
func TestResolutionIsDeterministic(t *testing.T) {
	mk := func(reverse bool) map[string]string {
		s := openTest(t)
		a := build("https://example.com/a", "2019-05-01", "Steven Mnuchin and Wang Yi met.")
		a.actor(Person, "Steven Mnuchin")
		a.actor(Person, "Wang Yi")
		mustMerge(t, s, a.g)
		b := build("https://example.com/b", "2019-05-02", "Mnuchin, Wang and Steven Mnuchin.")
		b.actor(Person, "Mnuchin", "Mr. Mnuchin")
		b.actor(Person, "Wang")
		b.actor(Person, "Steven Mnuchin", "Treasury Secretary Steven Mnuchin")
		if reverse {
			slices.Reverse(b.g.Nodes)
			slices.Reverse(b.g.Mentions)
		}
		mustMerge(t, s, b.g)
		return dump(t, s)
	}
	if x, y := mk(false), mk(true); !maps.Equal(x, y) {
		t.Errorf("store contents depend on input order (%d vs %d keys)", len(x), len(y))
	}
}

func TestEvidenceAccumulates(t *testing.T) {
	s := openTest(t)
	var rel string
	var conf []float64
	for i, hedged := range []bool{true, false, true} {
		b := build(fmt.Sprintf("https://example.com/%d", i), fmt.Sprintf("2019-05-0%d", i+1), fmt.Sprintf("article %d", i))
		us := b.actor(Country, "United States")
		china := b.actor(Country, "China")
		rel = b.rel(Threatens, us, china, 0, "threatened", 0.6, hedged)
		// The same sentence twice in one article counts once.
		b.g.Relations = append(b.g.Relations, b.g.Relations[0])
		mustMerge(t, s, b.g)
		r, err := s.Relation(ctx, rel)
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Evidence) != i+1 {
			t.Errorf("after %d articles: %d evidence", i+1, len(r.Evidence))
		}
		if r.Hedged != (i == 0) {
			t.Errorf("after %d articles: hedged = %v; only the first (hedged) article should leave it hedged", i+1, r.Hedged)
		}
		conf = append(conf, r.Confidence)
	}
	want := []float64{0.6, 1 - 0.4*0.4, 1 - 0.4*0.4*0.4}
	for i := range want {
		if math.Abs(conf[i]-want[i]) > 1e-9 {
			t.Errorf("confidence after %d articles = %v, want %v", i+1, conf[i], want[i])
		}
	}
	if !(conf[0] < conf[1] && conf[1] < conf[2]) {
		t.Errorf("confidence does not grow with independent articles: %v", conf)
	}
	checkIntegrity(t, s)
}

func TestHedgedIsAndOverEvidence(t *testing.T) {
	s := openTest(t)
	mk := func(i int, hedged bool) *builder {
		b := build(fmt.Sprintf("https://example.com/%d", i), "2019-05-01", fmt.Sprintf("article %d", i))
		b.rel(Offers, b.actor(Country, "China"), b.policy("purchases"), 0, "may offer", 0.5, hedged)
		return b
	}
	a, b := mk(0, true), mk(1, false)
	mustMerge(t, s, a.g)
	id := a.g.Relations[0].ID
	if r, _ := s.Relation(ctx, id); !r.Hedged {
		t.Error("one hedged sentence: relation not hedged")
	}
	mustMerge(t, s, b.g)
	if r, _ := s.Relation(ctx, id); r.Hedged {
		t.Error("hedged AND plain: relation hedged")
	}
	if err := s.DeleteArticle(ctx, b.g.Article.ID); err != nil {
		t.Fatal(err)
	}
	if r, _ := s.Relation(ctx, id); !r.Hedged || len(r.Evidence) != 1 {
		t.Errorf("after deleting the plain article: %+v, want hedged with one evidence", r)
	}
}

func TestReplaceByURL(t *testing.T) {
	s := openTest(t)
	old := build("https://example.com/story", "2019-05-10", "Trump threatened tariffs.")
	trump := old.actor(Person, "Donald Trump")
	oldRel := old.rel(Threatens, trump, old.policy("tariffs"), 0, "threatened", 0.7, false)
	mustMerge(t, s, old.g)

	upd := build("https://example.com/story", "2019-05-10", "Trump offered a deal.")
	upd.g.Article.ID = old.g.Article.ID // same URL, same ID
	upd.actor(Person, "Donald Trump")
	newRel := upd.rel(Offers, trump, upd.policy("a deal"), 0, "offered", 0.7, false)
	res := mustMerge(t, s, upd.g)
	if !res.Replaced || res.Skipped {
		t.Errorf("MergeArticle = %+v, want Replaced", res)
	}
	if _, err := s.Relation(ctx, oldRel); !errors.Is(err, ErrNotFound) {
		t.Errorf("relation of the old text survived: %v", err)
	}
	if _, err := s.Node(ctx, PolicyID("tariffs")); !errors.Is(err, ErrNotFound) {
		t.Errorf("node only the old text mentioned survived: %v", err)
	}
	if _, err := s.Relation(ctx, newRel); err != nil {
		t.Errorf("relation of the new text: %v", err)
	}
	if a, _ := s.Article(ctx, old.g.Article.ID); a == nil || a.Text != "Trump offered a deal." {
		t.Errorf("article = %+v, want the new text", a)
	}
	if st, _ := s.Stats(ctx); st != (Stats{Articles: 1, Nodes: 2, Relations: 1, Mentions: 2}) {
		t.Errorf("Stats = %+v", st)
	}
	checkIntegrity(t, s)
}

func TestDeleteArticle(t *testing.T) {
	s := openTest(t)
	empty := dump(t, s)
	a, ids := tradeArticle()
	mustMerge(t, s, a.g)
	b := build("https://example.com/other", "2019-06-01", "Mnuchin rejected Made in China 2025 again.")
	m := b.actor(Person, "Mnuchin")
	b.rel(Opposes, m, b.policy("Made in China 2025"), 0, "rejected", 0.5, false)
	mustMerge(t, s, b.g)

	if err := s.DeleteArticle(ctx, a.g.Article.ID); err != nil {
		t.Fatal(err)
	}
	checkIntegrity(t, s)
	r, err := s.Relation(ctx, ids["r1"])
	if err != nil || len(r.Evidence) != 1 || r.Evidence[0].ArticleID != b.g.Article.ID || r.Confidence != 0.5 {
		t.Errorf("shared relation after delete = %+v, %v", r, err)
	}
	for _, gone := range []string{ids["china"], ids["ruan"], ids["claim"], ids["buy"]} {
		if _, err := s.Node(ctx, gone); !errors.Is(err, ErrNotFound) {
			t.Errorf("node %s only the deleted article had survived: %v", gone, err)
		}
	}
	if _, err := s.Node(ctx, ids["mnuchin"]); err != nil {
		t.Errorf("node the other article mentions: %v", err)
	}
	if err := s.DeleteArticle(ctx, a.g.Article.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: %v, want ErrNotFound", err)
	}
	if err := s.DeleteArticle(ctx, b.g.Article.ID); err != nil {
		t.Fatal(err)
	}
	if after := dump(t, s); !maps.Equal(after, empty) {
		for k := range after {
			if _, ok := empty[k]; !ok {
				pk, _ := Parse([]byte(k))
				t.Errorf("left behind: %s", pk)
			}
		}
	}
}

func TestRelationsPagination(t *testing.T) {
	s := openTest(t)
	b := build("https://example.com/many", "2019-05-10", "many relations")
	src := b.actor(Country, "United States")
	want := map[string]bool{}
	for i := range 23 {
		want[b.rel(Sanctions, src, b.actor(Organization, fmt.Sprintf("Company %02d", i)), i, "sanctioned", 0.5, false)] = true
	}
	mustMerge(t, s, b.g)
	for _, first := range []int{1, 5, 23, 50} {
		var got []string
		after := ""
		for pages := 0; ; pages++ {
			p, err := s.Relations(ctx, RelationFilter{}, PageArgs{First: first, After: after})
			if err != nil {
				t.Fatal(err)
			}
			if p.Total != 23 || p.HasPrevious != (after != "") || len(p.Cursors) != len(p.Items) {
				t.Fatalf("first=%d page %d: total %d, hasPrevious %v, %d cursors for %d items", first, pages, p.Total, p.HasPrevious, len(p.Cursors), len(p.Items))
			}
			for _, r := range p.Items {
				got = append(got, r.ID)
			}
			if !p.HasNext {
				break
			}
			after = p.Cursors[len(p.Cursors)-1]
		}
		if !slices.IsSorted(got) || len(got) != 23 || !slices.Equal(got, slices.Sorted(maps.Keys(want))) {
			t.Errorf("first=%d: paged through %d relations, sorted %v", first, len(got), slices.IsSorted(got))
		}
	}
	// The same walk through the adjacency index.
	p, err := s.Relations(ctx, RelationFilter{Node: src, Direction: Out, Types: []RelType{Sanctions}}, PageArgs{First: 20})
	if err != nil || p.Total != 23 || len(p.Items) != 20 || !p.HasNext {
		t.Fatalf("by node: total %d, %d items, hasNext %v, %v", p.Total, len(p.Items), p.HasNext, err)
	}
	p, err = s.Relations(ctx, RelationFilter{Node: src, Direction: Out}, PageArgs{First: 20, After: p.Cursors[19]})
	if err != nil || len(p.Items) != 3 || p.HasNext || !p.HasPrevious {
		t.Errorf("by node, page 2: %d items, hasNext %v, %v", len(p.Items), p.HasNext, err)
	}
	for _, bad := range []string{"!!!", "AAAA", "EGFfeA"} { // not base64url; unknown prefix; a node key
		if _, err := s.Relations(ctx, RelationFilter{}, PageArgs{After: bad}); !errors.Is(err, ErrInvalidKey) {
			t.Errorf("cursor %q: %v, want ErrInvalidKey", bad, err)
		}
	}
}

func TestRelationsFilters(t *testing.T) {
	s := openTest(t)
	a := build("https://example.com/may", "2019-05-10", "May article")
	us, cn := a.actor(Country, "United States"), a.actor(Country, "China")
	tar := a.policy("tariffs")
	r1 := a.rel(Threatens, us, cn, 0, "threatened", 0.5, false)
	r2 := a.rel(Opposes, cn, tar, 1, "opposed", 0.5, false)
	mustMerge(t, s, a.g)
	b := build("https://example.com/june", "2019-06-20", "June article")
	b.actor(Country, "China")
	b.policy("tariffs")
	r3 := b.rel(Supports, b.actor(Person, "Peter Navarro"), tar, 0, "backed", 0.5, false)
	mustMerge(t, s, b.g)

	tests := []struct {
		name string
		f    RelationFilter
		want []string
	}{
		{"all", RelationFilter{}, []string{r1, r2, r3}},
		{"types", RelationFilter{Types: []RelType{Opposes, Supports}}, []string{r2, r3}},
		{"source", RelationFilter{Source: cn}, []string{r2}},
		{"target", RelationFilter{Target: tar}, []string{r2, r3}},
		{"source and target", RelationFilter{Source: us, Target: cn}, []string{r1}},
		{"node any", RelationFilter{Node: cn}, []string{r1, r2}},
		{"node out", RelationFilter{Node: cn, Direction: Out}, []string{r2}},
		{"node in", RelationFilter{Node: cn, Direction: In}, []string{r1}},
		{"node in typed", RelationFilter{Node: tar, Direction: In, Types: []RelType{Supports}}, []string{r3}},
		{"article", RelationFilter{Article: b.g.Article.ID}, []string{r3}},
		{"from", RelationFilter{From: "2019-06-01"}, []string{r3}},
		{"to", RelationFilter{To: "2019-05-31"}, []string{r1, r2}},
		{"range and node", RelationFilter{Node: tar, From: "2019-05-01", To: "2019-05-31"}, []string{r2}},
		{"unknown node", RelationFilter{Node: "a_nobody"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := s.Relations(ctx, tc.f, PageArgs{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range p.Items {
				got = append(got, r.ID)
			}
			if want := slices.Sorted(slices.Values(tc.want)); !slices.Equal(got, want) || p.Total != len(want) {
				t.Errorf("got %v (total %d), want %v", got, p.Total, want)
			}
		})
	}
}

func TestNodesFilter(t *testing.T) {
	s := openTest(t)
	a, ids := tradeArticle()
	mustMerge(t, s, a.g)
	tests := []struct {
		name string
		f    NodeFilter
		want []string
	}{
		{"kinds", NodeFilter{Kinds: []Kind{Person}}, []string{ids["mnuchin"], ids["ruan"]}},
		{"search name", NodeFilter{Search: "ZONG"}, []string{ids["ruan"]}},
		{"search alias", NodeFilter{Search: "beij"}, []string{ids["china"]}},
		{"search claim text", NodeFilter{Search: "go on"}, []string{ids["claim"]}},
		{"search and kind", NodeFilter{Search: "china", Kinds: []Kind{Policy}}, []string{ids["mic"]}},
		{"date in range", NodeFilter{Kinds: []Kind{Person}, From: "2019-05-01", To: "2019-05-10"}, []string{ids["mnuchin"], ids["ruan"]}},
		{"date out of range", NodeFilter{From: "2019-05-11"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := s.Nodes(ctx, tc.f, PageArgs{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, n := range p.Items {
				got = append(got, n.ID)
			}
			if want := slices.Sorted(slices.Values(tc.want)); !slices.Equal(got, want) || p.Total != len(want) {
				t.Errorf("got %v (total %d), want %v", got, p.Total, want)
			}
		})
	}
	p, err := s.Nodes(ctx, NodeFilter{}, PageArgs{First: 4})
	if err != nil || p.Total != 6 || len(p.Items) != 4 || !p.HasNext {
		t.Fatalf("Nodes page 1: total %d, %d items, %v", p.Total, len(p.Items), err)
	}
	p2, err := s.Nodes(ctx, NodeFilter{}, PageArgs{First: 4, After: p.Cursors[3]})
	if err != nil || len(p2.Items) != 2 || p2.HasNext || p2.Items[0].ID <= p.Items[3].ID {
		t.Errorf("Nodes page 2: %d items, %v", len(p2.Items), err)
	}
}

func TestArticlesAndMentions(t *testing.T) {
	s := openTest(t)
	var ids []string
	person := ""
	for i := range 3 {
		b := build(fmt.Sprintf("https://example.com/%d", i), "2019-05-10", fmt.Sprintf("Liu He spoke. Liu He left. %d", i))
		person = b.actor(Person, "Liu He")
		b.mention(person, "Liu He")
		mustMerge(t, s, b.g)
		ids = append(ids, b.g.Article.ID)
	}
	slices.Sort(ids)
	p, err := s.Articles(ctx, PageArgs{First: 2})
	if err != nil || p.Total != 3 || len(p.Items) != 2 || !p.HasNext || p.Items[0].ID != ids[0] {
		t.Fatalf("Articles = %+v, %v", p, err)
	}
	p, err = s.Articles(ctx, PageArgs{First: 2, After: p.Cursors[1]})
	if err != nil || len(p.Items) != 1 || p.Items[0].ID != ids[2] || p.HasNext || !p.HasPrevious {
		t.Errorf("Articles page 2 = %+v, %v", p, err)
	}
	var got []string
	after := ""
	for {
		m, err := s.Mentions(ctx, person, PageArgs{First: 4, After: after})
		if err != nil {
			t.Fatal(err)
		}
		if m.Total != 6 {
			t.Fatalf("Mentions total %d, want 6", m.Total)
		}
		for _, x := range m.Items {
			got = append(got, fmt.Sprintf("%s@%03d", x.ArticleID, x.Start))
		}
		if !m.HasNext {
			break
		}
		after = m.Cursors[len(m.Cursors)-1]
	}
	if len(got) != 6 || !slices.IsSorted(got) {
		t.Errorf("mentions not in article, start order: %v", got)
	}
	if _, err := s.Mentions(ctx, ActorID("someone else"), PageArgs{After: after}); !errors.Is(err, ErrInvalidKey) {
		t.Errorf("another node's cursor: %v, want ErrInvalidKey", err)
	}
}

func TestNeighborhood(t *testing.T) {
	s := openTest(t)
	// trump → china → tariffs → wto ; navarro → trump
	b := build("https://example.com/n", "2019-05-10", "chain")
	trump, china := b.actor(Person, "Donald Trump"), b.actor(Country, "China")
	tariffs, wto := b.policy("tariffs"), b.actor(Organization, "World Trade Organization")
	navarro := b.actor(Person, "Peter Navarro")
	r1 := b.rel(Threatens, trump, china, 0, "threatened", 0.5, false)
	r2 := b.rel(Opposes, china, tariffs, 1, "opposed", 0.5, false)
	b.rel(Cites, tariffs, wto, 2, "cited", 0.5, false)
	r4 := b.rel(Supports, navarro, trump, 3, "backed", 0.5, false)
	mustMerge(t, s, b.g)

	ids := func(sg *Subgraph) (nodes, rels []string) {
		for _, n := range sg.Nodes {
			nodes = append(nodes, n.ID)
		}
		for _, r := range sg.Relations {
			rels = append(rels, r.ID)
		}
		slices.Sort(nodes)
		return nodes, rels
	}
	sorted := func(x ...string) []string { return slices.Sorted(slices.Values(x)) }
	tests := []struct {
		name             string
		id               string
		depth, limit     int
		types            []RelType
		wantNode, wantRe []string
	}{
		{"depth 0", trump, 0, 0, nil, []string{trump}, nil},
		{"depth 1", trump, 1, 0, nil, sorted(trump, china, navarro), sorted(r1, r4)},
		{"depth 2", trump, 2, 0, nil, sorted(trump, china, navarro, tariffs), sorted(r1, r2, r4)},
		{"typed", trump, 2, 0, []RelType{Threatens, Opposes}, sorted(trump, china, tariffs), sorted(r1, r2)},
		{"limit", trump, 3, 2, nil, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sg, err := s.Neighborhood(ctx, tc.id, tc.depth, tc.types, tc.limit)
			if err != nil {
				t.Fatal(err)
			}
			nodes, rels := ids(sg)
			if tc.limit > 0 {
				if len(nodes) != tc.limit || sg.Nodes[0].ID != tc.id {
					t.Errorf("limit %d: %d nodes, first %s", tc.limit, len(nodes), sg.Nodes[0].ID)
				}
				return
			}
			if !slices.Equal(nodes, tc.wantNode) || !slices.Equal(rels, tc.wantRe) {
				t.Errorf("nodes %v rels %v, want %v %v", nodes, rels, tc.wantNode, tc.wantRe)
			}
		})
	}
	sg, err := s.Neighborhood(ctx, b.g.Article.ID, 1, nil, 0)
	if err != nil || len(sg.Articles) != 1 || len(sg.Nodes) != 5 || len(sg.Relations) != 4 {
		t.Errorf("article neighborhood: %d articles %d nodes %d relations, %v", len(sg.Articles), len(sg.Nodes), len(sg.Relations), err)
	}
	if _, err := s.Neighborhood(ctx, "a_unknown", 1, nil, 0); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown id: %v, want ErrNotFound", err)
	}
}

func TestClosedStore(t *testing.T) {
	s := openTest(t)
	b, _ := tradeArticle()
	mustMerge(t, s, b.g)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	calls := map[string]func() error{
		"Close":          s.Close,
		"MergeArticle":   func() error { _, err := s.MergeArticle(ctx, b.g); return err },
		"DeleteArticle":  func() error { return s.DeleteArticle(ctx, b.g.Article.ID) },
		"Node":           func() error { _, err := s.Node(ctx, "x"); return err },
		"NodesByID":      func() error { _, err := s.NodesByID(ctx, []string{"x"}); return err },
		"Article":        func() error { _, err := s.Article(ctx, "x"); return err },
		"Relation":       func() error { _, err := s.Relation(ctx, "x"); return err },
		"Nodes":          func() error { _, err := s.Nodes(ctx, NodeFilter{}, PageArgs{}); return err },
		"Relations":      func() error { _, err := s.Relations(ctx, RelationFilter{}, PageArgs{}); return err },
		"Articles":       func() error { _, err := s.Articles(ctx, PageArgs{}); return err },
		"Mentions":       func() error { _, err := s.Mentions(ctx, "x", PageArgs{}); return err },
		"Neighborhood":   func() error { _, err := s.Neighborhood(ctx, "x", 1, nil, 0); return err },
		"Stats":          func() error { _, err := s.Stats(ctx); return err },
		"CollectGarbage": func() error { return s.CollectGarbage(ctx) },
	}
	for name, call := range calls {
		if err := call(); !errors.Is(err, ErrClosed) {
			t.Errorf("%s after Close: %v, want ErrClosed", name, err)
		}
	}
}

// TestCloseWaitsForReads closes the store while readers run; run with -race. No read may fail
// with anything but ErrClosed.
func TestCloseWaitsForReads(t *testing.T) {
	s := openTest(t)
	b, ids := tradeArticle()
	mustMerge(t, s, b.g)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for {
				_, err := s.Neighborhood(ctx, ids["china"], 2, nil, 0)
				if errors.Is(err, ErrClosed) {
					return
				}
				if err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	s.Close()
	wg.Wait()
}

// TestConcurrentMerges merges articles sharing nodes and relations from several goroutines; the
// conflict retries must leave every article's evidence in place.
func TestConcurrentMerges(t *testing.T) {
	s := openTest(t)
	const n = 12
	var wg sync.WaitGroup
	var rel string
	errs := make(chan error, n)
	for i := range n {
		b := build(fmt.Sprintf("https://example.com/%d", i), "2019-05-10", fmt.Sprintf("text %d", i))
		rel = b.rel(Opposes, b.actor(Country, "China"), b.policy("tariffs"), 0, "opposed", 0.1, false)
		wg.Go(func() {
			_, err := s.MergeArticle(ctx, b.g)
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	r, err := s.Relation(ctx, rel)
	if err != nil || len(r.Evidence) != n {
		t.Errorf("relation has %d evidence after %d concurrent merges, %v", len(r.Evidence), n, err)
	}
	checkIntegrity(t, s)
}

// bigArticle has enough sentences to overflow one transaction of a store opened with tiny
// memtables.
func bigArticle(url string) *builder {
	long := strings.Repeat("The ministry said it would respond in kind to any new measure. ", 40)
	b := build(url, "2019-05-10", long)
	china := b.actor(Government, "China")
	for i := range 120 {
		p := b.policy(fmt.Sprintf("measure number %03d", i))
		id := b.rel(Opposes, china, p, i, "opposed", 0.5, false)
		r := &b.g.Relations[len(b.g.Relations)-1]
		r.Evidence[0].Text = long[:2000]
		_ = id
	}
	return b
}

func TestMergeSplitsLargeArticle(t *testing.T) {
	opts := DefaultOptions("").WithInMemory(true).WithLogger(quiet).WithMemTableSize(1 << 20) // ~150 KiB per txn
	s, err := Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	b := bigArticle("https://example.com/big")
	res := mustMerge(t, s, b.g)
	if res.Relations != 120 || res.Nodes != 121 {
		t.Errorf("MergeArticle = %+v", res)
	}
	st, _ := s.Stats(ctx)
	if st != (Stats{Articles: 1, Nodes: 121, Relations: 120, Mentions: 121}) {
		t.Errorf("Stats = %+v", st)
	}
	checkIntegrity(t, s)
	before := dump(t, s)
	if res := mustMerge(t, s, b.g); !res.Skipped {
		t.Errorf("reload = %+v, want Skipped", res)
	}
	// Replace it with a large new version, then delete it: both need several transactions.
	c := bigArticle("https://example.com/big")
	c.g.Article.Text += " Updated."
	if res := mustMerge(t, s, c.g); !res.Replaced {
		t.Errorf("replace = %+v", res)
	}
	checkIntegrity(t, s)
	if err := s.DeleteArticle(ctx, c.g.Article.ID); err != nil {
		t.Fatal(err)
	}
	if st, _ := s.Stats(ctx); st != (Stats{}) {
		t.Errorf("after delete: %+v", st)
	}
	checkIntegrity(t, s)
	mustMerge(t, s, b.g)
	if after := dump(t, s); !maps.Equal(before, after) {
		t.Error("reloading after delete gives another store")
	}
}

// TestInterruptedLoadIsRedone simulates a crash after the facts of an article were written but
// before its record: the next MergeArticle must load it again and give the store a clean load gives.
func TestInterruptedLoadIsRedone(t *testing.T) {
	clean := openTest(t)
	b, _ := tradeArticle()
	mustMerge(t, clean, b.g)
	want := dump(t, clean)

	s := openTest(t)
	mustMerge(t, s, b.g)
	// The crash: the article record never made it; a stray relation from a half-written older
	// version of the article is left behind too.
	stray := build(b.g.Article.URL, "2019-05-10", "older text")
	stray.g.Article.ID = b.g.Article.ID
	stray.rel(Demands, stray.actor(Person, "Someone Else"), stray.policy("a stray demand"), 0, "demanded", 0.5, false)
	mustMerge(t, s, stray.g)
	// The record goes with its text index entry: both are written and deleted in one transaction.
	if err := s.db.Update(func(txn *badger.Txn) error { return deleteArticleRecord(txn, b.g.Article.ID, nil) }); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Article(ctx, b.g.Article.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("half-loaded article is visible: %v", err)
	}
	if res := mustMerge(t, s, b.g); res.Skipped {
		t.Fatalf("half-loaded article was skipped")
	}
	if got := dump(t, s); !maps.Equal(got, want) {
		t.Errorf("reloaded store differs from a clean load (%d vs %d keys)", len(got), len(want))
	}
}

func TestMergeRejectsBadInput(t *testing.T) {
	s := openTest(t)
	tests := []struct {
		name string
		edit func(g *ArticleGraph)
	}{
		{"no article ID", func(g *ArticleGraph) { g.Article.ID = "" }},
		{"NUL in node ID", func(g *ArticleGraph) { g.Nodes[0].ID = "a_\x00" }},
		{"unknown relation type", func(g *ArticleGraph) { g.Relations[0].Type = "LIKES" }},
		{"evidence of another article", func(g *ArticleGraph) { g.Relations[0].Evidence[0].ArticleID = "d_other" }},
		{"relation to an unknown node", func(g *ArticleGraph) { g.Relations[0].Target = "p_unknown" }},
		{"negative offset", func(g *ArticleGraph) { g.Mentions[0].Start = -1 }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, _ := tradeArticle()
			tc.edit(b.g)
			if _, err := s.MergeArticle(ctx, b.g); err == nil {
				t.Error("no error")
			}
		})
	}
	if _, err := s.MergeArticle(ctx, nil); err == nil {
		t.Error("nil graph: no error")
	}
	if st, _ := s.Stats(ctx); st != (Stats{}) {
		t.Errorf("rejected input was stored: %+v", st)
	}
}

func TestOpenOnDisk(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "store")
	s, err := Open(DefaultOptions(dir).WithLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	b, ids := tradeArticle()
	mustMerge(t, s, b.g)
	// A long article (its text goes to the value log) replaced by another version leaves garbage.
	long := build("https://example.com/long", "2019-05-11", strings.Repeat("Long text. ", 10000))
	long.actor(Country, "China")
	mustMerge(t, s, long.g)
	long.g.Article.Text += "More."
	mustMerge(t, s, long.g)
	if err := s.CollectGarbage(ctx); err != nil {
		t.Errorf("CollectGarbage: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	ro, err := Open(DefaultOptions(dir).WithReadOnly(true).WithLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	if n, err := ro.Node(ctx, ids["ruan"]); err != nil || n.Name != "Ruan Zongze" {
		t.Errorf("read-only Node = %v, %v", n, err)
	}
	if _, err := ro.MergeArticle(ctx, build("https://example.com/x", "", "x").g); err == nil {
		t.Error("MergeArticle on a read-only store succeeded")
	}
	ro.Close()

	// A store written by a newer claimgraph.
	db, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(txn *badger.Txn) error { return txn.Set(SchemaVersionKey(), []byte{0, 0, 0, 9}) })
	db.Close()
	if _, err := Open(DefaultOptions(dir).WithLogger(quiet)); err == nil || !strings.Contains(err.Error(), "newer") || !strings.Contains(err.Error(), dir) {
		t.Errorf("newer schema: %v", err)
	}

	// A Badger directory that is not a claimgraph store.
	other := filepath.Join(t.TempDir(), "other")
	db, err = badger.Open(badger.DefaultOptions(other).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(txn *badger.Txn) error { return txn.Set([]byte("foreign"), []byte("x")) })
	db.Close()
	if _, err := Open(DefaultOptions(other).WithLogger(quiet)); err == nil || !strings.Contains(err.Error(), "not a claimgraph store") {
		t.Errorf("foreign store: %v", err)
	}

	// A file where the directory should be.
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, []byte("x"), 0o644)
	if _, err := Open(DefaultOptions(file).WithLogger(quiet)); err == nil || !strings.Contains(err.Error(), file) {
		t.Errorf("file as directory: %v", err)
	}
	if _, err := Open(DefaultOptions(filepath.Join(t.TempDir(), "missing")).WithReadOnly(true)); err == nil {
		t.Error("read-only open of a missing directory succeeded")
	}
}

func BenchmarkMergeArticle(b *testing.B) {
	s := openTest(b)
	mk := func(i int) *ArticleGraph {
		bl := build(fmt.Sprintf("https://example.com/bench/%d", i), "2019-05-10", fmt.Sprintf("benchmark article %d", i))
		var ids []string
		for j := range 50 {
			// A shared pool of 200 actors, so later articles merge into stored nodes.
			ids = append(ids, bl.actor(Organization, fmt.Sprintf("Organization %03d", (i*7+j)%200)))
		}
		for j := range 40 {
			bl.rel(RelTypes[j%len(RelTypes)], ids[j], ids[(j+1)%len(ids)], j, "cue", 0.5, false)
		}
		return bl.g
	}
	graphs := make([]*ArticleGraph, b.N)
	for i := range graphs {
		graphs[i] = mk(i)
	}
	b.ResetTimer()
	for i := range b.N {
		if _, err := s.MergeArticle(ctx, graphs[i]); err != nil {
			b.Fatal(err)
		}
	}
}

// TestResolveIsRepeatable runs resolve twice on one prepared input, as a retried transaction does:
// the second plan must equal the first.
func TestResolveIsRepeatable(t *testing.T) {
	s := openTest(t)
	a := build("https://example.com/a", "2019-05-01", "Steven Mnuchin")
	a.actor(Person, "Steven Mnuchin")
	mustMerge(t, s, a.g)
	b, _ := tradeArticle()
	b.actor(Person, "Mnuchin") // resolved to the stored node
	b.g.Relations = append(b.g.Relations, b.g.Relations...)
	ev := &b.g.Relations[0].Evidence
	*ev = append(*ev, Evidence{Sentence: 5, Cue: "a"}, (*ev)[0]) // unsorted, with a duplicate
	in, err := prepare(b.g)
	if err != nil {
		t.Fatal(err)
	}
	var plans []string
	for range 2 {
		err := s.db.View(func(txn *badger.Txn) error {
			p, err := resolve(txn, in, false)
			plans = append(plans, fmt.Sprintf("%+v", *p))
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if plans[0] != plans[1] {
		t.Errorf("resolve changed its input:\n%s\n%s", plans[0], plans[1])
	}
}
