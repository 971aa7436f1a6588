package graph

import (
	"slices"
	"testing"
)

// countryRels holds actors of two countries (CHN, USA) and a policy without one:
//
//	xiOpp:   Xi (CHN) -OPPOSES-> tariffs (none)       0.9
//	trThr:   Trump (USA) -THREATENS-> MOFA (CHN)      0.8
//	mofaOpp: MOFA (CHN) -OPPOSES-> United States (USA) 0.7
//	usSup:   United States (USA) -SUPPORTS-> tariffs   0.6
//	xiSup:   Xi (CHN) -SUPPORTS-> MOFA (CHN)           0.5
type countryRels struct {
	s                                   *Store
	xi                                  string
	xiOpp, trThr, mofaOpp, usSup, xiSup string
}

func newCountryRels(t *testing.T) *countryRels {
	t.Helper()
	c := &countryRels{s: openTest(t)}
	b := build("https://example.com/countries", "2019-05-10", "Countries article")
	c.xi = b.actor(Person, "Xi Jinping")
	b.last().Country = "CHN"
	trump := b.actor(Person, "Donald Trump")
	b.last().Country = "USA"
	mofa := b.actor(Government, "Foreign Ministry (China)")
	b.last().Country, b.last().Code = "CHN", "CHNGOV"
	us := b.actor(Country, "United States")
	b.last().Code = "USA" // a Country node's country is its code (ActorCountry)
	tariffs := b.policy("tariffs")
	c.xiOpp = b.rel(Opposes, c.xi, tariffs, 0, "opposed", 0.9, false)
	c.trThr = b.rel(Threatens, trump, mofa, 1, "threatened", 0.8, false)
	c.mofaOpp = b.rel(Opposes, mofa, us, 2, "opposed", 0.7, false)
	c.usSup = b.rel(Supports, us, tariffs, 3, "backed", 0.6, false)
	c.xiSup = b.rel(Supports, c.xi, mofa, 4, "backed", 0.5, false)
	mustMerge(t, c.s, b.g)
	return c
}

func TestRelationCountryFilters(t *testing.T) {
	c := newCountryRels(t)
	sorted := func(ids ...string) []string { slices.Sort(ids); return ids }
	cases := []struct {
		name string
		f    RelationFilter
		want []string
	}{
		{"source", RelationFilter{SourceCountry: "chn"}, sorted(c.xiOpp, c.mofaOpp, c.xiSup)},
		{"target", RelationFilter{TargetCountry: "CHN"}, sorted(c.trThr, c.xiSup)},
		{"either", RelationFilter{Country: "usa"}, sorted(c.trThr, c.mofaOpp, c.usSup)},
		{"either+types", RelationFilter{Country: "CHN", Types: []RelType{Opposes}}, sorted(c.xiOpp, c.mofaOpp)},
		{"source+target", RelationFilter{SourceCountry: "CHN", TargetCountry: "usa"}, []string{c.mofaOpp}},
		{"node+target", RelationFilter{Node: c.xi, TargetCountry: "CHN"}, []string{c.xiSup}},
		{"unknown", RelationFilter{Country: "FRA"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			// Key order, one item a page: Total must count the filtered set.
			p, err := c.s.Relations(ctx, tc.f, PageArgs{First: 1})
			if err != nil {
				t.Fatal(err)
			}
			if p.Total != len(tc.want) {
				t.Errorf("key order: total %d, want %d", p.Total, len(tc.want))
			}
			p, err = c.s.Relations(ctx, tc.f, PageArgs{First: 10})
			if err != nil {
				t.Fatal(err)
			}
			if got := relIDs(p); !slices.Equal(got, tc.want) && len(got)+len(tc.want) > 0 {
				t.Errorf("key order: got %v, want %v", got, tc.want)
			}
			// The in-memory sorted path, and backward paging, apply the same filter.
			f := tc.f
			f.Order = Order{Field: ByConfidence, Desc: true}
			p, err = c.s.Relations(ctx, f, PageArgs{First: 10})
			if err != nil {
				t.Fatal(err)
			}
			got := relIDs(p)
			slices.Sort(got)
			if (!slices.Equal(got, tc.want) && len(got)+len(tc.want) > 0) || p.Total != len(tc.want) {
				t.Errorf("by confidence: got %v (total %d), want %v", got, p.Total, tc.want)
			}
			p, err = c.s.Relations(ctx, tc.f, PageArgs{Last: 10})
			if err != nil {
				t.Fatal(err)
			}
			if got := relIDs(p); (!slices.Equal(got, tc.want) && len(got)+len(tc.want) > 0) || p.Total != len(tc.want) {
				t.Errorf("last: got %v (total %d), want %v", got, p.Total, tc.want)
			}
		})
	}
}
