package graph

import (
	"errors"
	"fmt"
	"slices"
	"testing"
)

// researchStore holds three dated articles and one undated one:
//
//	may   2019-05-10: US -THREATENS-> China (0.5), China -OPPOSES-> tariffs (0.9), Xi -SUPPORTS-> China
//	june  2019-06-20: China -OPPOSES-> tariffs, US -SANCTIONS-> Huawei (hedged), Huawei -PART_OF-> China
//	july  2019-07-02: Mexico -SUPPORTS-> tariffs, Unified Marxist-Leninist -OPPOSES-> tariffs
//	none  (undated):  US -OPPOSES-> Huawei
type researchStore struct {
	s                                        *Store
	us, cn, xi, huawei, mexico, uml, tariffs string
	threatens, opposes, sanctions, supports  string
}

func newResearchStore(t *testing.T) *researchStore {
	t.Helper()
	r := &researchStore{s: openTest(t)}
	a := build("https://example.com/may", "2019-05-10", "May article")
	r.us, r.cn = a.actor(Country, "United States", "U.S."), a.actor(Country, "China", "Beijing")
	r.xi = a.actor(Person, "Xi Jinping", "Xi", "Mr. Xi")
	r.tariffs = a.policy("tariffs")
	r.threatens = a.rel(Threatens, r.us, r.cn, 0, "threatened", 0.5, false)
	r.opposes = a.rel(Opposes, r.cn, r.tariffs, 1, "opposed", 0.9, false)
	a.rel(Supports, r.xi, r.cn, 2, "backed", 0.6, false)
	mustMerge(t, r.s, a.g)

	b := build("https://example.com/june", "2019-06-20", "June article")
	b.actor(Country, "China")
	b.actor(Country, "United States")
	b.policy("tariffs")
	r.huawei = b.actor(Organization, "Huawei")
	b.rel(Opposes, r.cn, r.tariffs, 0, "rejected", 0.8, false)
	r.sanctions = b.rel(Sanctions, r.us, r.huawei, 1, "may sanction", 0.4, true)
	b.rel(PartOf, r.huawei, r.cn, 2, "of", 0.3, false)
	mustMerge(t, r.s, b.g)

	c := build("https://example.com/july", "2019-07-02", "July article")
	c.policy("tariffs")
	r.mexico = c.actor(Country, "Mexico")
	r.uml = c.actor(Organization, "Unified Marxist-Leninist")
	r.supports = c.rel(Supports, r.mexico, r.tariffs, 0, "welcomed", 0.7, false)
	c.rel(Opposes, r.uml, r.tariffs, 1, "denounced", 0.7, false)
	mustMerge(t, r.s, c.g)

	d := build("https://example.com/undated", "", "Undated article")
	d.actor(Country, "United States")
	d.actor(Organization, "Huawei")
	d.rel(Opposes, r.us, r.huawei, 0, "opposed", 0.5, false)
	mustMerge(t, r.s, d.g)
	return r
}

func ids[T any](items []T, id func(T) string) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = id(it)
	}
	return out
}

func relIDs(p Page[*Relation]) []string {
	return ids(p.Items, func(r *Relation) string { return r.ID })
}

func TestSearchRanking(t *testing.T) {
	r := newResearchStore(t)
	p, err := r.s.Nodes(ctx, NodeFilter{Search: "xi"}, PageArgs{})
	if err != nil {
		t.Fatal(err)
	}
	got := ids(p.Items, func(n *Node) string { return n.Name })
	want := []string{"Xi Jinping", "Mexico", "Unified Marxist-Leninist"}
	if !slices.Equal(got, want) {
		t.Errorf("search xi: %q, want %q", got, want)
	}
	for _, tc := range []struct {
		n    Node
		q    string
		rank int
	}{
		{Node{Name: "Xi Jinping", Aliases: []string{"Xi"}}, "xi", RankExact},
		{Node{Name: "Xi Jinping"}, "xi", RankWord},
		{Node{Name: "Wilbur Ross", Aliases: []string{"Commerce Secretary Ross"}}, "commerce", RankAliasWord},
		{Node{Name: "Ministry of Commerce", Aliases: []string{"MOFCOM"}}, "commerce", RankWord},
		{Node{Name: "Xi Jinping"}, "jin", RankWordPrefix},
		{Node{Name: "Mexico"}, "xi", RankInsideWord},
		{Node{Name: "The U.S. Treasury"}, "u.s. treasury", RankExact},
		{Node{Kind: ClaimKind, Name: "Talks with Xi went well", Text: "Talks with Xi went well"}, "xi", RankTextWord},
		{Node{Kind: ClaimKind, Name: "Toxic talks", Text: "Toxic talks"}, "xi", NoMatch},
		// new-user trial 13: claim text and policy names match at word starts only
		{Node{Kind: ClaimKind, Name: "Tariffs across Europe will hurt", Text: "Tariffs across Europe will hurt"}, "ross", NoMatch},
		{Node{Kind: ClaimKind, Text: "Ross said the tariffs would stay"}, "ross", RankTextWord},
		{Node{Kind: ClaimKind, Text: "The talks with Rossi failed"}, "ross", RankTextWord},
		{Node{Kind: ClaimKind, Text: "We reject the tariffs"}, "tariff", RankTextWord},
		{Node{Kind: ClaimKind, Text: "Mr. Ross's plan, not the crossing, matters"}, "ross", RankTextWord},
		{Node{Kind: Policy, Name: "across-the-board tariffs"}, "ross", NoMatch},
		{Node{Kind: Policy, Name: "across-the-board tariffs"}, "board", RankWord},
		{Node{Kind: Policy, Name: "steel tariffs"}, "tariff", RankWordPrefix},
		{Node{Kind: Policy, Name: "Brexit"}, "exit", NoMatch},
		{Node{Kind: Organization, Name: "Red Cross"}, "ross", RankInsideWord},
		{Node{Kind: ClaimKind, Name: "Toxic talks", Text: "Toxic talks"}, "toxic talks", RankExact},
		{Node{Kind: Policy, Name: "talks with Xi"}, "xi", RankWord},
		{Node{Name: "Mexico"}, "peru", NoMatch},
		{Node{Name: "Ministère"}, "mini", RankWordPrefix},
	} {
		if got := SearchRank(&tc.n, tc.q); got != tc.rank {
			t.Errorf("SearchRank(%q, %q) = %d, want %d", tc.n.Name, tc.q, got, tc.rank)
		}
	}
	// Paging through a ranked search keeps the ranking.
	p1, err := r.s.Nodes(ctx, NodeFilter{Search: "xi"}, PageArgs{First: 1})
	if err != nil || len(p1.Items) != 1 || !p1.HasNext {
		t.Fatalf("page 1: %v %v", p1, err)
	}
	p2, err := r.s.Nodes(ctx, NodeFilter{Search: "xi"}, PageArgs{First: 5, After: p1.Cursors[0]})
	if err != nil || !slices.Equal(ids(p2.Items, func(n *Node) string { return n.Name }), want[1:]) || !p2.HasPrevious {
		t.Errorf("page 2: %v %v", p2.Items, err)
	}
}

func TestRelationsOrderAndFilters(t *testing.T) {
	r := newResearchStore(t)
	yes, no := true, false
	for _, tc := range []struct {
		name  string
		f     RelationFilter
		check func(p Page[*Relation]) error
	}{
		{"confidence desc", RelationFilter{Order: Order{Field: ByConfidence, Desc: true}}, func(p Page[*Relation]) error {
			if !slices.IsSortedFunc(p.Items, func(a, b *Relation) int { return -cmpF(a.Confidence, b.Confidence) }) {
				return fmt.Errorf("not by confidence: %v", confs(p))
			}
			return nil
		}},
		{"evidence count desc", RelationFilter{Order: Order{Field: ByEvidenceCount, Desc: true}}, func(p Page[*Relation]) error {
			if p.Items[0].ID != r.opposes || p.Items[0].EvidenceCount != 2 {
				return fmt.Errorf("first %s with %d", p.Items[0].Type, p.Items[0].EvidenceCount)
			}
			return nil
		}},
		{"published asc, undated last", RelationFilter{Order: Order{Field: ByPublished}}, func(p Page[*Relation]) error {
			last := p.Items[len(p.Items)-1]
			firstThree := relIDs(p)[:3]
			if last.Type != Opposes || last.Source != r.us || !slices.Contains(firstThree, r.threatens) || !slices.Contains(firstThree, r.opposes) {
				return fmt.Errorf("order %v", relIDs(p))
			}
			return nil
		}},
		{"published desc, undated still last", RelationFilter{Order: Order{Field: ByPublished, Desc: true}}, func(p Page[*Relation]) error {
			if p.Items[0].Source != r.mexico && p.Items[0].Source != r.uml || p.Items[len(p.Items)-1].Source != r.us {
				return fmt.Errorf("order %v", relIDs(p))
			}
			return nil
		}},
		{"label", RelationFilter{Order: Order{Field: ByLabel}}, func(p Page[*Relation]) error {
			if p.Items[0].Source != r.cn { // "china" sorts first among source labels
				return fmt.Errorf("first source %s", p.Items[0].Source)
			}
			return nil
		}},
		{"min confidence", RelationFilter{MinConfidence: 0.65}, func(p Page[*Relation]) error {
			for _, x := range p.Items {
				if x.Confidence < 0.65 {
					return fmt.Errorf("confidence %v", x.Confidence)
				}
			}
			if len(p.Items) != 3 {
				return fmt.Errorf("%d relations: %v", len(p.Items), confs(p))
			}
			return nil
		}},
		{"hedged", RelationFilter{Hedged: &yes}, func(p Page[*Relation]) error {
			if !slices.Equal(relIDs(p), []string{r.sanctions}) {
				return fmt.Errorf("%v", relIDs(p))
			}
			return nil
		}},
		{"not hedged, of the US", RelationFilter{Hedged: &no, Node: r.us}, func(p Page[*Relation]) error {
			if len(p.Items) != 2 || slices.Contains(relIDs(p), r.sanctions) {
				return fmt.Errorf("%v", relIDs(p))
			}
			return nil
		}},
		{"not negated", RelationFilter{Negated: &no}, func(p Page[*Relation]) error {
			if len(p.Items) != 8 {
				return fmt.Errorf("%d", len(p.Items))
			}
			return nil
		}},
		{"negated", RelationFilter{Negated: &yes}, func(p Page[*Relation]) error {
			if len(p.Items) != 0 {
				return fmt.Errorf("%d", len(p.Items))
			}
			return nil
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := r.s.Relations(ctx, tc.f, PageArgs{First: 100}, WithoutEvidence())
			if err != nil {
				t.Fatal(err)
			}
			if p.Total != len(p.Items) {
				t.Errorf("total %d for %d items", p.Total, len(p.Items))
			}
			if err := tc.check(p); err != nil {
				t.Error(err)
			}
		})
	}
	if _, err := r.s.Relations(ctx, RelationFilter{Order: Order{Field: ByRelevance}}, PageArgs{}); !errors.Is(err, ErrInvalidKey) {
		t.Errorf("relations by relevance: %v", err)
	}
}

func cmpF(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func confs(p Page[*Relation]) []float64 {
	var out []float64
	for _, r := range p.Items {
		out = append(out, r.Confidence)
	}
	return out
}

// TestBackwardPaging walks the relations with last/before and meets the same list as
// first/after, reversed page by page.
func TestBackwardPaging(t *testing.T) {
	r := newResearchStore(t)
	all, err := r.s.Relations(ctx, RelationFilter{}, PageArgs{First: 100}, WithoutEvidence())
	if err != nil {
		t.Fatal(err)
	}
	for _, order := range []Order{{}, {Field: ByConfidence, Desc: true}} {
		forward, err := r.s.Relations(ctx, RelationFilter{Order: order}, PageArgs{First: 100}, WithoutEvidence())
		if err != nil {
			t.Fatal(err)
		}
		var back []string
		before := ""
		for pages := 0; pages < 10; pages++ {
			p, err := r.s.Relations(ctx, RelationFilter{Order: order}, PageArgs{Last: 3, Before: before}, WithoutEvidence())
			if err != nil {
				t.Fatal(err)
			}
			back = append(relIDs(p), back...)
			if !p.HasPrevious {
				break
			}
			if !p.HasNext && before != "" {
				t.Errorf("a page before a cursor says nothing follows it")
			}
			before = p.Cursors[0]
		}
		if !slices.Equal(back, relIDs(forward)) || len(back) != all.Total {
			t.Errorf("order %v: backward %v, forward %v", order, back, relIDs(forward))
		}
	}
	// A window between two cursors.
	p, err := r.s.Relations(ctx, RelationFilter{}, PageArgs{After: all.Cursors[1], Before: all.Cursors[5], First: 10})
	if err != nil || !slices.Equal(relIDs(p), relIDs(all)[2:5]) || !p.HasNext || !p.HasPrevious {
		t.Errorf("between cursors 1 and 5: %v, %v", relIDs(p), err)
	}
}

func TestArticlesWhere(t *testing.T) {
	r := newResearchStore(t)
	title := func(p Page[*Article]) []string { return ids(p.Items, func(a *Article) string { return a.URL }) }
	for _, tc := range []struct {
		f    ArticleFilter
		want []string
	}{
		{ArticleFilter{From: "2019-06-01"}, []string{"https://example.com/june", "https://example.com/july"}},
		{ArticleFilter{To: "2019-06-20", Order: Order{Field: ByPublished, Desc: true}}, []string{"https://example.com/june", "https://example.com/may"}},
		{ArticleFilter{Order: Order{Field: ByPublished}}, []string{"https://example.com/may", "https://example.com/june", "https://example.com/july", "https://example.com/undated"}},
		{ArticleFilter{Search: "JUNE"}, []string{"https://example.com/june"}},
		{ArticleFilter{Outlet: "nobody"}, nil},
	} {
		p, err := r.s.ArticlesWhere(ctx, tc.f, PageArgs{})
		if err != nil {
			t.Fatal(err)
		}
		got := title(p)
		if tc.f.Order.Field == ByID {
			slices.Sort(got)
			slices.Sort(tc.want)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%+v: %q, want %q", tc.f, got, tc.want)
		}
	}
}

func TestPaths(t *testing.T) {
	r := newResearchStore(t)
	q := PathQuery{From: r.xi, To: r.huawei, MaxDepth: 4, Direction: Any, K: 5}
	paths, err := r.s.Paths(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatal("no path from Xi to Huawei")
	}
	// Xi -SUPPORTS-> China <-PART_OF- Huawei is the one path of two relations.
	if p := paths[0]; len(p.Relations) != 2 || !slices.Equal(p.Nodes, []string{r.xi, r.cn, r.huawei}) {
		t.Errorf("shortest path %v", p.Nodes)
	}
	for i, p := range paths {
		if i > 0 && len(p.Relations) < len(paths[i-1].Relations) {
			t.Errorf("path %d is shorter than path %d", i, i-1)
		}
		seen := map[string]bool{}
		for j, n := range p.Nodes {
			if seen[n] {
				t.Errorf("path %d visits %s twice", i, n)
			}
			seen[n] = true
			if j > 0 {
				rel := p.Relations[j-1]
				a, b := p.Nodes[j-1], n
				if !(rel.Source == a && rel.Target == b || rel.Source == b && rel.Target == a) {
					t.Errorf("path %d step %d: relation %s→%s does not join %s and %s", i, j, rel.Source, rel.Target, a, b)
				}
			}
		}
	}
	// Following relations forward only, Xi cannot reach Huawei (PART_OF points at China).
	q.Direction = Out
	if paths, err := r.s.Paths(ctx, q); err != nil || len(paths) != 0 {
		t.Errorf("out only: %d paths, %v", len(paths), err)
	}
	// Only one type: none.
	q.Direction, q.Types = Any, []RelType{Supports}
	if paths, err := r.s.Paths(ctx, q); err != nil || len(paths) != 0 {
		t.Errorf("supports only: %d paths, %v", len(paths), err)
	}
	// Bounded work.
	q.Types, q.Budget = nil, 3
	if _, err := r.s.Paths(ctx, q); !errors.Is(err, ErrPathBudget) {
		t.Errorf("budget 3: %v, want ErrPathBudget", err)
	}
	if _, err := r.s.Paths(ctx, PathQuery{From: r.xi, To: "a_nothing", MaxDepth: 2, K: 1}); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown end: %v", err)
	}
	// k paths: US to tariffs has a path of two through China and longer ones.
	paths, err = r.s.Paths(ctx, PathQuery{From: r.us, To: r.tariffs, MaxDepth: 4, Direction: Any, K: 3})
	if err != nil || len(paths) != 3 || len(paths[0].Relations) != 2 {
		t.Errorf("US to tariffs: %d paths, %v", len(paths), err)
	}
}

func TestRelationCountsAndTimeline(t *testing.T) {
	r := newResearchStore(t)
	counts, err := r.s.RelationCounts(ctx, RelationFilter{}, GroupByType)
	if err != nil {
		t.Fatal(err)
	}
	if counts[0].Key != string(Opposes) || counts[0].Relations != 3 || counts[0].Evidence != 4 {
		t.Errorf("by type: %+v", counts)
	}
	bySource, err := r.s.RelationCounts(ctx, RelationFilter{}, GroupBySource)
	if err != nil || bySource[0].Key != r.us || bySource[0].Relations != 3 {
		t.Errorf("by source: %+v %v", bySource, err)
	}
	if _, err := r.s.RelationCounts(ctx, RelationFilter{}, "COLOR"); !errors.Is(err, ErrInvalidKey) {
		t.Errorf("bad grouping: %v", err)
	}

	tl, err := r.s.Timeline(ctx, RelationFilter{Node: r.cn}, Month)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]TimelineBucket{}
	for _, b := range tl.Buckets {
		got[b.Period+" "+string(b.Type)] = b
	}
	want := map[string][2]int{
		"2019-05-01 OPPOSES": {1, 1}, "2019-05-01 THREATENS": {1, 1}, "2019-05-01 SUPPORTS": {1, 1},
		"2019-06-01 OPPOSES": {1, 1}, "2019-06-01 PART_OF": {1, 1},
	}
	if len(got) != len(want) {
		t.Errorf("buckets %+v", tl.Buckets)
	}
	for k, w := range want {
		if b := got[k]; b.Relations != w[0] || b.Articles != w[1] {
			t.Errorf("%s: %+v, want %v", k, b, w)
		}
	}
	week, err := r.s.Timeline(ctx, RelationFilter{Types: []RelType{Sanctions, Opposes}}, Week)
	if err != nil {
		t.Fatal(err)
	}
	// 2019-06-20 is a Thursday: its week starts on Monday 2019-06-17.
	if !slices.ContainsFunc(week.Buckets, func(b TimelineBucket) bool { return b.Period == "2019-06-17" && b.Type == Sanctions }) || week.Undated != 1 {
		t.Errorf("weekly: %+v, undated %d", week.Buckets, week.Undated)
	}
}

// TestSearchPrefersConnectedNode: two actors match a search equally (the same alias); the one
// with more relations comes first, whatever their labels' lengths.
func TestSearchPrefersConnectedNode(t *testing.T) {
	s := openTest(t)
	b := build("u1", "2019-05-01", "Two ministries spoke. One of them opposed two plans.")
	iran := b.actor(Government, "Foreign Ministry (Iran)", "Foreign Ministry")
	china := b.actor(Government, "Foreign Ministry (PRC China)", "Foreign Ministry")
	b.rel(Opposes, china, b.policy("first plan"), 1, "opposed", 0.9, false)
	b.rel(Opposes, china, b.policy("second plan"), 1, "opposed", 0.9, false)
	mustMerge(t, s, b.g)
	p, err := s.Nodes(ctx, NodeFilter{Search: "foreign ministry"}, PageArgs{First: 5})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Items) != 2 || p.Items[0].ID != china || p.Items[1].ID != iran {
		var got []string
		for _, n := range p.Items {
			got = append(got, n.Name)
		}
		t.Errorf("search order %v, want the connected ministry first", got)
	}
}

// TestTimelineDistinctArticles: an article stating two relations of one type counts twice in
// Articles (statements) and once in DistinctArticles; a second article of the month adds one.
func TestTimelineDistinctArticles(t *testing.T) {
	s := openTest(t)
	a := build("u1", "2020-03-02", "Chile opposed the quota. Chile opposed the levy.")
	cl := a.actor(Country, "Chile")
	a.rel(Opposes, cl, a.policy("quota"), 0, "opposed", 0.9, false)
	a.rel(Opposes, cl, a.policy("levy"), 1, "opposed", 0.9, false)
	mustMerge(t, s, a.g)
	b := build("u2", "2020-03-20", "Peru opposed the quota.")
	pe := b.actor(Country, "Peru")
	b.rel(Opposes, pe, b.policy("quota"), 0, "opposed", 0.9, false)
	mustMerge(t, s, b.g)
	tl, err := s.Timeline(ctx, RelationFilter{}, Month)
	if err != nil {
		t.Fatal(err)
	}
	if len(tl.Buckets) != 1 {
		t.Fatalf("buckets %+v", tl.Buckets)
	}
	if b := tl.Buckets[0]; b.Relations != 3 || b.Articles != 3 || b.DistinctArticles != 2 {
		t.Errorf("March OPPOSES: %+v, want 3 relations, 3 statements, 2 articles", b)
	}
}
