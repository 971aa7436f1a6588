package graph

import (
	"fmt"
	"testing"
)

// benchGraph is a store of n articles over a graph with hubs, the shape that makes traversals
// and sorted lists expensive: 200 actors, each article stating 6 relations between actors drawn
// so that actor i is chosen in proportion to 1/(i+1) (a few hubs such as "China", a long tail),
// with dates spread over two years.
func benchGraph(b *testing.B, n int) (*Store, []string) {
	b.Helper()
	s, err := Open(DefaultOptions("").WithInMemory(true).WithLogger(quiet))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	const actors = 200
	names := make([]string, actors)
	ids := make([]string, actors)
	for i := range names {
		names[i] = fmt.Sprintf("Actor %03d", i)
		ids[i] = ActorID(names[i])
	}
	// deterministic draws weighted 1/(i+1): a linear congruential generator over a cumulative table
	cum := make([]float64, actors)
	total := 0.0
	for i := range cum {
		total += 1 / float64(i+1)
		cum[i] = total
	}
	seed := uint64(42)
	draw := func() int {
		seed = seed*6364136223846793005 + 1442695040888963407
		x := float64(seed>>11) / float64(1<<53) * total
		for i, c := range cum {
			if x < c {
				return i
			}
		}
		return actors - 1
	}
	types := []RelType{Opposes, Supports, Demands, Threatens, Sanctions, Offers}
	for a := 0; a < n; a++ {
		date := fmt.Sprintf("%d-%02d-%02d", 2018+a%2, 1+a%12, 1+a%28)
		bd := build(fmt.Sprintf("https://example.com/%d", a), date, fmt.Sprintf("article %d", a))
		for r := 0; r < 6; r++ {
			i, j := draw(), draw()
			if i == j {
				continue
			}
			src, tgt := bd.actor(Country, names[i]), bd.actor(Country, names[j])
			bd.rel(types[(a+r)%len(types)], src, tgt, r, "cue", 0.3+float64((a*7+r)%7)/10, r%5 == 0)
		}
		if _, err := s.MergeArticle(ctx, bd.g); err != nil {
			b.Fatal(err)
		}
	}
	return s, ids
}

// BenchmarkResearchQueries times the research reads on 2,000 articles (the store's counts are
// logged with -v): a bounded path search between two tail actors, a page of relations
// sorted by confidence, a ranked search, a monthly timeline of a hub, a hub's neighborhood with
// and without a date window, and relation counts by source. Run with: go test ./graph -run '^$' -bench Research -benchmem
func BenchmarkResearchQueries(b *testing.B) {
	s, ids := benchGraph(b, 2000)
	if st, err := s.Stats(ctx); err == nil {
		b.Logf("store: %d articles, %d nodes, %d relations", st.Articles, st.Nodes, st.Relations)
	}
	b.Run("path depth 4 k 5", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.Paths(ctx, PathQuery{From: ids[150], To: ids[180], MaxDepth: 4, Direction: Any, K: 5}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("relations by confidence, first 50", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.Relations(ctx, RelationFilter{Order: Order{Field: ByConfidence, Desc: true}}, PageArgs{First: 50}, WithoutEvidence()); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("hub relations by first publication", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.Relations(ctx, RelationFilter{Node: ids[0], Order: Order{Field: ByPublished}}, PageArgs{First: 50}, WithoutEvidence()); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("ranked search", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.Nodes(ctx, NodeFilter{Search: "actor 1"}, PageArgs{First: 20}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("timeline of a hub by month", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.Timeline(ctx, RelationFilter{Node: ids[0]}, Month); err != nil {
				b.Fatal(err)
			}
		}
	})
	// A hub's neighborhood for the explorer (limit 80), with and without a date window of one
	// month: the window reads the evidence keys and dates of the hub's relations in the walk.
	for _, c := range []struct {
		name string
		q    NeighborhoodQuery
	}{
		{"hub neighborhood depth 1", NeighborhoodQuery{Depth: 1, Limit: 80}},
		{"hub neighborhood depth 1, one month", NeighborhoodQuery{Depth: 1, Limit: 80, From: "2019-03-01", To: "2019-03-31"}},
		{"hub neighborhood depth 2", NeighborhoodQuery{Depth: 2, Limit: 200}},
		{"hub neighborhood depth 2, one month", NeighborhoodQuery{Depth: 2, Limit: 200, From: "2019-03-01", To: "2019-03-31"}},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.NeighborhoodWhere(ctx, ids[0], c.q, WithoutEvidence()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("relation counts by source", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.RelationCounts(ctx, RelationFilter{}, GroupBySource); err != nil {
				b.Fatal(err)
			}
		}
	})
}
