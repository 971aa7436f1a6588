package graph

import (
	"reflect"
	"testing"
)

// TestBreakdown: nodes counted by kind, actors and relations' sources by country (a country's
// own code stands for its country; an actor of no known country counts under ""), relations by
// type, each list most first, ties by key.
func TestBreakdown(t *testing.T) {
	s := openTest(t)
	b := build("https://example.com/b", "2024-01-01", "Chile and Peru oppose the tariff; Peru's minister X said so.")
	chl := b.actor(Country, "Chile")
	b.last().Code = "CHL"
	per := b.actor(Country, "Peru")
	b.last().Country = "PER"
	x := b.actor(Person, "Ana X")
	tariff := b.policy("tariff")
	b.rel(Opposes, chl, tariff, 0, "oppose", 0.9, false)
	b.rel(Opposes, per, tariff, 0, "oppose", 0.9, false)
	b.rel(Supports, x, tariff, 0, "backs", 0.9, false)
	mustMerge(t, s, b.g)
	got, err := s.Breakdown(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := Breakdown{
		NodesByKind:              []Count{{"COUNTRY", 2}, {"PERSON", 1}, {"POLICY", 1}},
		RelationsByType:          []Count{{"OPPOSES", 2}, {"SUPPORTS", 1}},
		ActorsByCountry:          []Count{{"", 1}, {"CHL", 1}, {"PER", 1}},
		RelationsBySourceCountry: []Count{{"", 1}, {"CHL", 1}, {"PER", 1}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("breakdown\n got %+v\nwant %+v", got, want)
	}
}
