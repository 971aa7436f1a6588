package graph

import (
	"errors"
	"slices"
	"testing"
)

// eventStore holds two articles: one of 2019-05-14 whose US THREATENS China is stated by a
// sentence dated by its event (April 2018) and one that is not, and one of 2019-06-02 whose China
// OPPOSES United States is dated 2019-06-01 by its sentence.
func eventStore(t *testing.T) (s *Store, threat, oppose string) {
	t.Helper()
	s = openTest(t)
	a := build("https://example.org/a", "2019-05-14", "text of a, with two sentences of a threat")
	us, cn := a.actor(Country, "United States"), a.actor(Country, "China")
	threat = a.rel(Threatens, us, cn, 0, "declared", 0.8, false)
	a.g.Relations[0].Evidence[0].EventDate, a.g.Relations[0].Evidence[0].EventDatePrecision = "2018-04-01", "MONTH"
	a.g.Relations[0].Evidence = append(a.g.Relations[0].Evidence, Evidence{Sentence: 1, Start: 10, End: 19, Text: "sentence 1", Cue: "warned", Rule: "cue:warned", Score: 0.8})
	mustMerge(t, s, a.g)
	b := build("https://example.org/b", "2019-06-02", "text of b, a rejection")
	us, cn = b.actor(Country, "United States"), b.actor(Country, "China")
	oppose = b.rel(Opposes, cn, us, 0, "rejected", 0.8, false)
	b.g.Relations[0].Evidence[0].EventDate, b.g.Relations[0].Evidence[0].EventDatePrecision = "2019-06-01", "DAY"
	mustMerge(t, s, b.g)
	return s, threat, oppose
}

// TestRelationsEventBasis: From/To on the EventBasis keep and count the sentences whose event
// date (else publication date) is in range; the PublishedBasis (default) is unchanged.
func TestRelationsEventBasis(t *testing.T) {
	s, threat, oppose := eventStore(t)
	cases := []struct {
		basis    DateBasis
		from, to string
		want     map[string]int // relation → evidence count
	}{
		{EventBasis, "2018-01-01", "2018-12-31", map[string]int{threat: 1}},
		{"", "2018-01-01", "2018-12-31", map[string]int{}},
		{PublishedBasis, "2019-05-01", "2019-05-31", map[string]int{threat: 2}},
		{EventBasis, "2019-05-01", "2019-05-31", map[string]int{threat: 1}}, // the undated sentence: its publication date
		{EventBasis, "2019-06-01", "2019-06-01", map[string]int{oppose: 1}},
		{"", "2019-06-01", "2019-06-01", map[string]int{}},
	}
	for _, c := range cases {
		for _, order := range []Order{{}, {Field: ByEvidenceCount}} { // key-order and sorted reads
			p, err := s.Relations(ctx, RelationFilter{DateBasis: c.basis, From: c.from, To: c.to, Order: order}, PageArgs{First: 10})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]int{}
			for _, r := range p.Items {
				got[r.ID] = r.EvidenceCount
				if len(r.Evidence) != r.EvidenceCount {
					t.Errorf("%s %s..%s: %d evidence read, count %d", c.basis, c.from, c.to, len(r.Evidence), r.EvidenceCount)
				}
			}
			if len(got) != len(c.want) {
				t.Errorf("%q %s..%s (%v): got %v, want %v", c.basis, c.from, c.to, order.Field, got, c.want)
			}
			for id, n := range c.want {
				if got[id] != n {
					t.Errorf("%q %s..%s (%v): %s count %d, want %d", c.basis, c.from, c.to, order.Field, id, got[id], n)
				}
			}
		}
	}
	if _, err := s.Relations(ctx, RelationFilter{DateBasis: "STORY"}, PageArgs{First: 10}); !errors.Is(err, ErrInvalidKey) {
		t.Errorf("unknown date basis: err %v, want ErrInvalidKey", err)
	}
}

// TestTimelineEventBasis: on the EventBasis a sentence is bucketed by its event date, an
// undated one by its publication date, and a date coarser than the interval counts in Coarse.
func TestTimelineEventBasis(t *testing.T) {
	s, _, _ := eventStore(t)
	type cell struct {
		period string
		typ    RelType
	}
	cells := func(tl *Timeline) []cell {
		var out []cell
		for _, b := range tl.Buckets {
			out = append(out, cell{b.Period, b.Type})
		}
		return out
	}
	tl, err := s.Timeline(ctx, RelationFilter{DateBasis: EventBasis}, Month)
	if err != nil {
		t.Fatal(err)
	}
	want := []cell{{"2018-04-01", Threatens}, {"2019-05-01", Threatens}, {"2019-06-01", Opposes}}
	if got := cells(tl); !slices.Equal(got, want) || tl.Coarse != 0 {
		t.Errorf("EVENT MONTH: %v coarse %d, want %v coarse 0", got, tl.Coarse, want)
	}
	tl, err = s.Timeline(ctx, RelationFilter{DateBasis: EventBasis}, Day)
	if err != nil {
		t.Fatal(err)
	}
	want = []cell{{"2019-05-14", Threatens}, {"2019-06-01", Opposes}}
	if got := cells(tl); !slices.Equal(got, want) || tl.Coarse != 1 {
		t.Errorf("EVENT DAY: %v coarse %d, want %v coarse 1", got, tl.Coarse, want)
	}
	tl, err = s.Timeline(ctx, RelationFilter{}, Month)
	if err != nil {
		t.Fatal(err)
	}
	want = []cell{{"2019-05-01", Threatens}, {"2019-06-01", Opposes}}
	if got := cells(tl); !slices.Equal(got, want) {
		t.Errorf("PUBLISHED MONTH: %v, want %v", got, want)
	}
}

// TestEventDateStored: the event date and precision survive the store; evidence stored before
// they existed (no such keys) reads as "".
func TestEventDateStored(t *testing.T) {
	s, threat, _ := eventStore(t)
	ev, err := s.Evidence(ctx, threat, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(ev) != 2 || ev[0].EventDate != "2018-04-01" || ev[0].EventDatePrecision != "MONTH" || ev[1].EventDate != "" {
		t.Errorf("evidence %+v", ev)
	}
	old, err := decodeEvidence([]byte(`[{"sentence":3,"start":0,"end":5,"text":"x"}]`), "d_x")
	if err != nil || len(old) != 1 || old[0].EventDate != "" || old[0].EventDatePrecision != "" {
		t.Errorf("old evidence: %+v %v", old, err)
	}
}
