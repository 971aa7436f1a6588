package graph

import (
	"fmt"
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
	}
}
