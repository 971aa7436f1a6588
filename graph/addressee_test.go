package graph

import (
	"testing"
)

// TestAddresseeFilter: nu19 A4 — "We urge the US side to abide by the one-China principle" is
// China DEMANDS "United States abiding by the one-China principle", so relations(source: China,
// target: United States) and targetCountry: USA missed every demand addressed to the US. The
// evidence now names its addressee (Evidence.Addressee), kept through the store's actor
// matching, and RelationFilter.Addressee / AddresseeCountry find such relations; Target keeps
// its meaning (the target node alone).
func TestAddresseeFilter(t *testing.T) {
	s := openTest(t)
	a := build("https://example.com/a", "2018-05-14", "United States China the one-China principle")
	usa := a.actor(Country, "United States", "United States", "US")
	china := a.actor(Country, "China")
	a.g.Nodes[0].Country, a.g.Nodes[1].Country = "USA", "CHN"
	a.rel(Opposes, china, usa, 1, "opposes", 0.8, false) // a stance on the US itself
	mustMerge(t, s, a.g)

	b := build("https://example.com/b", "2018-06-02", "US China abiding")
	us := b.actor(Country, "US") // matched to the stored United States by its alias
	b.g.Nodes[0].Country = "USA"
	cn := b.actor(Country, "China")
	b.g.Nodes[1].Country = "CHN"
	act := b.policy("US abiding by the one-China principle")
	demand := b.rel(Demands, cn, act, 2, "urge", 0.8, false)
	b.g.Relations[0].Evidence[0].Addressee = us
	other := b.rel(Supports, cn, b.policy("dialogue"), 3, "supports", 0.8, false)
	mustMerge(t, s, b.g)

	ids := func(f RelationFilter) map[string]bool {
		t.Helper()
		p, err := s.Relations(ctx, f, PageArgs{First: 100})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]bool{}
		for _, r := range p.Items {
			out[r.ID] = true
		}
		return out
	}
	if got := ids(RelationFilter{Source: china, Addressee: usa}); len(got) != 1 || !got[demand] {
		t.Errorf("addressee United States: %v, want only the demand %s", got, demand)
	}
	if got := ids(RelationFilter{AddresseeCountry: "usa"}); len(got) != 1 || !got[demand] {
		t.Errorf("addresseeCountry USA: %v", got)
	}
	for name, f := range map[string]RelationFilter{
		"addresseeCountry CHN":  {AddresseeCountry: "CHN"},
		"addressee China":       {Addressee: china},
		"target United States":  {Source: china, Target: usa, Types: []RelType{Demands}},
		"addressee, other type": {Addressee: usa, Types: []RelType{Supports}},
	} {
		if got := ids(f); len(got) != 0 {
			t.Errorf("%s: %v, want none", name, got)
		}
	}
	if got := ids(RelationFilter{Source: china}); !got[other] || !got[demand] {
		t.Errorf("unfiltered: %v", got)
	}
	// the stored evidence names the stored actor, not the article's own ID for it
	r, err := s.Relation(ctx, demand)
	if err != nil || len(r.Evidence) != 1 || r.Evidence[0].Addressee != usa {
		t.Fatalf("stored evidence: %+v, %v", r, err)
	}
	tl, err := s.Timeline(ctx, RelationFilter{Node: china, Direction: Out, Addressee: usa}, Month)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, bk := range tl.Buckets {
		n += bk.Relations
		if bk.Period != "2018-06-01" || bk.Type != Demands {
			t.Errorf("timeline bucket %+v", bk)
		}
	}
	if n != 1 {
		t.Errorf("timeline of China's relations addressed to the US: %+v", tl.Buckets)
	}
}

// TestEvidenceSpeakerMatched: the person named as Evidence.Speaker is matched to the stored
// actor as the relation's ends are ("Mnuchin" → the stored Steven Mnuchin), so the evidence never
// names an ID the store does not hold.
func TestEvidenceSpeakerMatched(t *testing.T) {
	s := openTest(t)
	a := build("https://example.com/a", "2019-05-01", "Steven Mnuchin")
	full := a.actor(Person, "Steven Mnuchin")
	mustMerge(t, s, a.g)
	b := build("https://example.com/b", "2019-05-02", "Mnuchin United States China tariffs")
	short := b.actor(Person, "Mnuchin")
	usa := b.actor(Country, "United States")
	rel := b.rel(Opposes, usa, b.policy("tariffs"), 1, "opposes", 0.8, false)
	b.g.Relations[0].Evidence[0].Speaker = short
	mustMerge(t, s, b.g)
	r, err := s.Relation(ctx, rel)
	if err != nil || len(r.Evidence) != 1 || r.Evidence[0].Speaker != full {
		t.Fatalf("speaker of the stored evidence: %+v, %v; want %s", r, err, full)
	}
	checkIntegrity(t, s)
}
