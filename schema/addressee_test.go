package schema

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestRelationsByAddressee: nu19 A4 — a bilateral timeline missed China's demands of the US,
// stored as China DEMANDS "United States abiding by the one-China principle". Evidence.addressee
// names the US, and relations(addressee:), addresseeCountry and timeline(addressee:) find the
// demand; target: still matches the target node only.
func TestRelationsByAddressee(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	b := newArticle(t, "https://example.com/presser", "Regular press conference", "2018-05-14",
		"We urge the US side to abide by the one-China principle.")
	cn := b.node(graph.Node{ID: f.china, Kind: graph.Country, Name: "China", Code: "CHN", Aliases: []string{"China"}}, 0)
	us := b.node(graph.Node{ID: graph.ActorID("United States"), Kind: graph.Country, Name: "United States", Country: "USA", Aliases: []string{"US"}}, 0, "US")
	act := b.node(graph.Node{ID: graph.PolicyID("United States abiding by the one-China principle"), Kind: graph.Policy,
		Name: "United States abiding by the one-China principle"}, 0) // the act, named as the loader names it, is not written so
	demand := b.rel(graph.Relation{Type: graph.Demands, Source: cn, Target: act, Cameo: "020"}, 0, "urge")
	b.g.Relations[len(b.g.Relations)-1].Evidence[0].Addressee = us
	f.merge(t, b)

	list := func(q string) []string {
		t.Helper()
		var d struct {
			Relations struct {
				Nodes []struct {
					ID       string
					Evidence []struct{ Addressee *struct{ ID, Label string } }
				}
			}
		}
		r := ts.query(t, q, nil)
		if len(r.Errors) > 0 {
			t.Fatalf("%s: %s", q, r.raw)
		}
		r.decode(t, &d)
		var ids []string
		for _, n := range d.Relations.Nodes {
			ids = append(ids, n.ID)
			if n.ID == demand && (len(n.Evidence) != 1 || n.Evidence[0].Addressee == nil || n.Evidence[0].Addressee.ID != f.usa) {
				t.Errorf("%s: the demand's evidence: %+v", q, n.Evidence)
			}
		}
		return ids
	}
	const sel = `{ nodes { id evidence { addressee { id label } } } }`
	for _, q := range []string{
		`{ relations(source: "China", addressee: "United States") ` + sel + ` }`,
		`{ relations(addresseeCountry: "usa") ` + sel + ` }`,
	} {
		if got := list(q); len(got) != 1 || got[0] != demand {
			t.Errorf("%s: %v, want the demand %s", q, got, demand)
		}
	}
	for _, q := range []string{
		`{ relations(source: "China", target: "United States", types: [DEMANDS]) ` + sel + ` }`,
		`{ relations(addresseeCountry: "CHN") ` + sel + ` }`,
	} {
		if got := list(q); len(got) != 0 {
			t.Errorf("%s: %v, want none", q, got)
		}
	}
	var tl struct {
		Timeline struct {
			Buckets []struct{ Period, Type string }
		}
	}
	ts.query(t, `{ timeline(actor: "China", direction: OUT, addressee: "United States") { buckets { period type } } }`, nil).decode(t, &tl)
	if len(tl.Timeline.Buckets) != 1 || tl.Timeline.Buckets[0].Type != "DEMANDS" {
		t.Errorf("timeline addressed to the US: %+v", tl.Timeline.Buckets)
	}
	var rc struct {
		RelationCounts []struct{ Key string }
	}
	ts.query(t, `{ relationCounts(groupBy: TYPE, source: "China", addressee: "United States") { key } }`, nil).decode(t, &rc)
	if len(rc.RelationCounts) != 1 || rc.RelationCounts[0].Key != "DEMANDS" {
		t.Errorf("relationCounts addressed to the US: %+v", rc.RelationCounts)
	}
}
