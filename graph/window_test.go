package graph

import (
	"fmt"
	"slices"
	"testing"
)

// TestRelationsWindowEvidenceCount: a relation listed for a date window counts, orders by and
// returns the evidence of that window (issue 15 follow-up: evidenceCount counted the whole store
// while evidence was windowed).
func TestRelationsWindowEvidenceCount(t *testing.T) {
	s := openTest(t)
	// a: US OPPOSES tariffs in 3 sentences; China OPPOSES tariffs in 1
	// b: China OPPOSES tariffs in 3 sentences
	// Whole store: China 4, US 3. January: US 3, China 1.
	a := build("https://example.com/jan", "2020-01-15", "January article")
	us, cn, tariffs := a.actor(Country, "United States"), a.actor(Country, "China"), a.policy("tariffs")
	usOpp := a.rel(Opposes, us, tariffs, 0, "opposed", 0.5, false)
	cnOpp := a.rel(Opposes, cn, tariffs, 3, "opposed", 0.5, false)
	for i := 1; i < 3; i++ {
		a.g.Relations[0].Evidence = append(a.g.Relations[0].Evidence, Evidence{Sentence: i, Start: i * 10, End: i*10 + 9, Text: fmt.Sprintf("sentence %d", i), Cue: "opposed", Rule: "test", Score: 0.5})
	}
	mustMerge(t, s, a.g)
	b := build("https://example.com/feb", "2020-02-10", "February article")
	b.actor(Country, "China")
	b.policy("tariffs")
	b.rel(Opposes, cn, tariffs, 0, "rejected", 0.5, false)
	for i := 1; i < 3; i++ {
		b.g.Relations[0].Evidence = append(b.g.Relations[0].Evidence, Evidence{Sentence: i, Start: i * 10, End: i*10 + 9, Text: fmt.Sprintf("sentence %d", i), Cue: "rejected", Rule: "test", Score: 0.5})
	}
	mustMerge(t, s, b.g)

	counts := func(p Page[*Relation]) map[string]int {
		m := map[string]int{}
		for _, r := range p.Items {
			m[r.ID] = r.EvidenceCount
			if r.Evidence != nil && len(r.Evidence) != r.EvidenceCount {
				t.Errorf("%s: %d evidence items read, EvidenceCount %d", r.ID, len(r.Evidence), r.EvidenceCount)
			}
		}
		return m
	}
	desc := Order{Field: ByEvidenceCount, Desc: true}
	jan := RelationFilter{From: "2020-01-01", To: "2020-01-31"}
	for _, c := range []struct {
		name  string
		f     RelationFilter
		opts  []ReadOption
		order []string
		count map[string]int
	}{
		{"whole store", RelationFilter{Order: desc}, nil, []string{cnOpp, usOpp}, map[string]int{cnOpp: 4, usOpp: 3}},
		{"january, key order", jan, []ReadOption{WithoutEvidence()}, nil, map[string]int{cnOpp: 1, usOpp: 3}},
		{"january, key order, with evidence", jan, nil, nil, map[string]int{cnOpp: 1, usOpp: 3}},
		{"january, by evidence count", RelationFilter{From: jan.From, To: jan.To, Order: desc}, nil, []string{usOpp, cnOpp}, map[string]int{cnOpp: 1, usOpp: 3}},
		{"february, of China", RelationFilter{Node: cn, From: "2020-02-01", To: "2020-02-29", Order: desc}, []ReadOption{WithoutEvidence()}, []string{cnOpp}, map[string]int{cnOpp: 3}},
		// An article is a window too (nu18 A10): its relations with its own evidence only.
		{"article a", RelationFilter{Article: a.g.Article.ID}, nil, nil, map[string]int{cnOpp: 1, usOpp: 3}},
		{"article b, by evidence count", RelationFilter{Article: b.g.Article.ID, Order: desc}, []ReadOption{WithoutEvidence()}, []string{cnOpp}, map[string]int{cnOpp: 3}},
		{"article a in february", RelationFilter{Article: a.g.Article.ID, From: "2020-02-01"}, nil, nil, map[string]int{}},
	} {
		p, err := s.Relations(ctx, c.f, PageArgs{}, c.opts...)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := counts(p); fmt.Sprint(got) != fmt.Sprint(c.count) {
			t.Errorf("%s: evidence counts %v, want %v", c.name, got, c.count)
		}
		if c.order != nil && fmt.Sprint(relIDs(p)) != fmt.Sprint(c.order) {
			t.Errorf("%s: order %v, want %v", c.name, relIDs(p), c.order)
		}
		for _, r := range p.Items {
			for _, e := range r.Evidence {
				if c.f.Article != "" && e.ArticleID != c.f.Article {
					t.Errorf("%s: %s has evidence of article %s", c.name, r.ID, e.ArticleID)
				}
			}
		}
	}
}

// TestNeighborhoodWindow: a date window is applied in the walk, before the limit (new-user trial
// nu17 A2: the explorer asked for 80 neighbors of any date and dropped those outside its window,
// so ties of the window were missing although the store held them).
func TestNeighborhoodWindow(t *testing.T) {
	s := openTest(t)
	// 2019: the hub (a minister) meets twelve envoys, and criticizes the ministry of finance.
	old := build("https://example.com/2019", "2019-03-04", "2019 article")
	hub := old.actor(Person, "Mara Velde")
	var envoys []string
	for i := range 12 {
		e := old.actor(Person, fmt.Sprintf("Envoy Number %d", i))
		envoys = append(envoys, e)
		old.rel(Supports, hub, e, i, "praised", 0.5, false)
	}
	finance := old.actor(Organization, "Ministry of Finance")
	criticized := old.rel(Opposes, hub, finance, 12, "criticized", 0.5, false)
	mustMerge(t, s, old.g)
	// 2021: the hub praises three unions and the ministry of finance; one union opposes a
	// pension reform (two hops); the ministry of finance praised in 2019 too (evidence of both
	// years), and the twelfth envoy, tied to the hub in 2019 only, opposes the reform in 2021.
	cur := build("https://example.com/2021", "2021-06-01", "2021 article")
	cur.actor(Person, "Mara Velde")
	var unions, praised []string
	for i := range 3 {
		u := cur.actor(Organization, fmt.Sprintf("Union Number %d", i))
		unions = append(unions, u)
		praised = append(praised, cur.rel(Supports, hub, u, i, "praised", 0.5, false))
	}
	cur.actor(Organization, "Ministry of Finance")
	praised = append(praised, cur.rel(Supports, hub, finance, 3, "praised", 0.5, false))
	reform := cur.policy("pension reform")
	unionOpposes := cur.rel(Opposes, unions[0], reform, 4, "opposed", 0.5, false)
	cur.actor(Person, "Envoy Number 11")
	cur.rel(Opposes, envoys[11], reform, 5, "opposed", 0.5, false)
	mustMerge(t, s, cur.g)
	// The same envoy praised by the hub in a 2021 sentence and a 2019 one: a relation with
	// evidence of both years.
	both := build("https://example.com/2021b", "2021-07-01", "second 2021 article")
	both.actor(Person, "Mara Velde")
	both.actor(Person, "Envoy Number 0")
	bothRel := both.rel(Supports, hub, envoys[0], 0, "praised", 0.5, false)
	mustMerge(t, s, both.g)

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
	const limit = 6 // the hub and five: fewer than its 13 ties of all dates, more than its 5 of 2021
	y2021 := NeighborhoodQuery{Depth: 1, Limit: limit, From: "2021-01-01", To: "2021-12-31"}

	// Without the window, the limit takes ties of any date: some of 2021 are left out (what the
	// explorer used to filter on its side).
	all, err := s.Neighborhood(ctx, hub, 1, nil, limit)
	if err != nil {
		t.Fatal(err)
	}
	if nodes, _ := ids(all); len(nodes) != limit || slices.Contains(nodes, unions[0]) && slices.Contains(nodes, unions[1]) &&
		slices.Contains(nodes, unions[2]) && slices.Contains(nodes, finance) && slices.Contains(nodes, envoys[0]) {
		t.Fatalf("without a window: %d nodes %v; the test needs the limit to cut some 2021 ties", len(nodes), nodes)
	}

	sg, err := s.NeighborhoodWhere(ctx, hub, y2021)
	if err != nil {
		t.Fatal(err)
	}
	nodes, rels := ids(sg)
	if want := sorted(hub, unions[0], unions[1], unions[2], finance, envoys[0]); !slices.Equal(nodes, want) {
		t.Errorf("2021, depth 1: nodes %v, want %v (every 2021 tie of the hub, no 2019 one)", nodes, want)
	}
	// Opposes hub→finance is of 2019 only: its nodes are both in, the relation is not.
	if want := sorted(append(slices.Clone(praised), bothRel)...); !slices.Equal(rels, want) || slices.Contains(rels, criticized) {
		t.Errorf("2021, depth 1: relations %v, want %v", rels, want)
	}
	for _, r := range sg.Relations {
		// bothRel has a 2019 sentence too: neither counted nor returned
		if r.EvidenceCount != 1 || len(r.Evidence) != 1 {
			t.Errorf("%s: %d evidence (%d read), want the one 2021 sentence", r.ID, r.EvidenceCount, len(r.Evidence))
			continue
		}
		if a := r.Evidence[0].ArticleID; a != cur.g.Article.ID && a != both.g.Article.ID {
			t.Errorf("%s: evidence of %s, want a 2021 article's", r.ID, a)
		}
	}

	// Depth 2 steps only through 2021 relations: the reform through the union, not through the
	// twelfth envoy (tied to the hub in 2019 only, so no neighbor).
	deep := y2021
	deep.Depth, deep.Limit = 2, 0
	sg, err = s.NeighborhoodWhere(ctx, hub, deep, WithoutEvidence())
	if err != nil {
		t.Fatal(err)
	}
	nodes, rels = ids(sg)
	if want := sorted(hub, unions[0], unions[1], unions[2], finance, envoys[0], reform); !slices.Equal(nodes, want) {
		t.Errorf("2021, depth 2: nodes %v, want %v", nodes, want)
	}
	if !slices.Contains(rels, unionOpposes) || len(rels) != 6 {
		t.Errorf("2021, depth 2: relations %v, want the five of depth 1 and %s", rels, unionOpposes)
	}

	// A window with no relation of the hub: the hub alone; an open side; no window.
	for _, c := range []struct {
		q    NeighborhoodQuery
		want int
	}{
		{NeighborhoodQuery{Depth: 1, From: "2022-01-01"}, 1},
		{NeighborhoodQuery{Depth: 1, To: "2019-12-31"}, 1 + 12 + 1},
		{NeighborhoodQuery{Depth: 1}, 1 + 12 + 1 + 3},
	} {
		sg, err := s.NeighborhoodWhere(ctx, hub, c.q, WithoutEvidence())
		if err != nil || len(sg.Nodes) != c.want {
			t.Errorf("%+v: %d nodes, want %d (%v)", c.q, len(sg.Nodes), c.want, err)
		}
	}

	// An article center: its nodes when it is inside the window, itself alone when outside.
	for _, c := range []struct {
		from string
		want int
	}{{"2021-01-01", 7}, {"2022-01-01", 0}} {
		sg, err := s.NeighborhoodWhere(ctx, cur.g.Article.ID, NeighborhoodQuery{Depth: 1, From: c.from}, WithoutEvidence())
		if err != nil || len(sg.Articles) != 1 || len(sg.Nodes) != c.want {
			t.Errorf("article from %s: %d articles %d nodes, %v", c.from, len(sg.Articles), len(sg.Nodes), err)
		}
	}
}
