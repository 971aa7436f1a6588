package schema

import (
	"slices"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestRelationCountryFilters: relations(sourceCountry:, targetCountry:, country:) and the same
// arguments on Actor.relations, alone and with types and orderBy, with totalCount counting the
// filtered set. The fixture's China has the code CHN (its country); its United States has none.
// This test adds actors of two countries: Donald Trump (USA) and China's Foreign Ministry (CHN).
func TestRelationCountryFilters(t *testing.T) {
	f := newFixture(t)
	b := newArticle(t, "http://c.example/countries", "Trade threats", "2018-07-02",
		"Donald Trump threatened China.",
		"China's Foreign Ministry opposed Donald Trump.",
		"Donald Trump welcomed talks.")
	trump := b.node(graph.Node{ID: graph.ActorID("Donald Trump"), Kind: graph.Person, Name: "Donald Trump", Country: "USA"}, 0, "Donald Trump")
	b.mention(f.china, 0, "China", "threatened China")
	mofa := b.node(graph.Node{ID: graph.ActorID("Foreign Ministry (China)"), Kind: graph.Government, Name: "Foreign Ministry (China)",
		Country: "CHN", Code: "CHNGOV"}, 1, "Foreign Ministry")
	b.mention(f.talks, 2, "talks", "talks")
	trThr := b.rel(graph.Relation{Type: graph.Threatens, Source: trump, Target: f.china}, 0, "threatened")
	mofaOpp := b.rel(graph.Relation{Type: graph.Opposes, Source: mofa, Target: trump}, 1, "opposed")
	trSup := b.rel(graph.Relation{Type: graph.Supports, Source: trump, Target: f.talks}, 2, "welcomed")
	f.merge(t, b)
	ts := newTestServer(t, f, Options{})

	sorted := func(ids ...string) []string { slices.Sort(ids); return ids }
	cases := []struct {
		name, args string
		want       []string
	}{
		{"source", `sourceCountry: "chn"`, sorted(f.supportsMIC, f.notOpposeTalks, mofaOpp)},
		{"target", `targetCountry: "CHN"`, sorted(f.sanctions, trThr)},
		{"either", `country: "USA"`, sorted(trThr, mofaOpp, trSup)},
		{"either+types", `country: "chn", types: [OPPOSES]`, sorted(f.notOpposeTalks, mofaOpp)},
		{"source+target", `sourceCountry: "CHN", targetCountry: " usa "`, []string{mofaOpp}},
		{"source+ordered", `sourceCountry: "USA", orderBy: {field: LABEL, direction: DESC}`, sorted(trThr, trSup)},
		{"none", `country: "FRA"`, nil},
	}
	type conn struct {
		TotalCount int
		Nodes      []struct{ ID string }
	}
	idsOf := func(c conn, sort bool) []string {
		var out []string
		for _, n := range c.Nodes {
			out = append(out, n.ID)
		}
		if sort {
			slices.Sort(out)
		}
		return out
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got struct{ Relations conn }
			ts.query(t, `{ relations(`+tc.args+`, first: 50) { totalCount nodes { id } } }`, nil).decode(t, &got)
			if ids := idsOf(got.Relations, true); !slices.Equal(ids, tc.want) || got.Relations.TotalCount != len(tc.want) {
				t.Errorf("relations(%s): got %v (totalCount %d), want %v", tc.args, ids, got.Relations.TotalCount, tc.want)
			}
			// One item a page: totalCount still counts the whole filtered set.
			ts.query(t, `{ relations(`+tc.args+`, first: 1) { totalCount } }`, nil).decode(t, &got)
			if got.Relations.TotalCount != len(tc.want) {
				t.Errorf("relations(%s, first: 1): totalCount %d, want %d", tc.args, got.Relations.TotalCount, len(tc.want))
			}
		})
	}

	// Actor.relations: China's relations from an actor of the USA are Trump's threat only (the
	// fixture's United States has no country), also when paging backward.
	var node struct {
		Node struct {
			Out, In, Last conn
		}
	}
	ts.query(t, `query($id: ID!) { node(id: $id) { ... on Actor {
		out: relations(direction: OUT, targetCountry: "usa") { totalCount nodes { id } }
		in: relations(direction: IN, sourceCountry: "usa") { totalCount nodes { id } }
		last: relations(country: "USA", last: 10) { totalCount nodes { id } } } } }`, map[string]any{"id": f.china}).decode(t, &node)
	if ids := idsOf(node.Node.Out, false); len(ids) != 0 || node.Node.Out.TotalCount != 0 {
		t.Errorf("China OUT to USA: %v (totalCount %d), want none", ids, node.Node.Out.TotalCount)
	}
	for name, c := range map[string]conn{"in": node.Node.In, "last": node.Node.Last} {
		if ids := idsOf(c, false); !slices.Equal(ids, []string{trThr}) || c.TotalCount != 1 {
			t.Errorf("China %s with USA: %v (totalCount %d), want [%s]", name, ids, c.TotalCount, trThr)
		}
	}
	var mofaNode struct{ Node struct{ Relations conn } }
	ts.query(t, `query($id: ID!) { node(id: $id) { ... on Actor { relations(country: "usa", types: [OPPOSES]) { totalCount nodes { id } } } } }`,
		map[string]any{"id": mofa}).decode(t, &mofaNode)
	if ids := idsOf(mofaNode.Node.Relations, false); !slices.Equal(ids, []string{mofaOpp}) {
		t.Errorf("Foreign Ministry's OPPOSES with USA: %v, want [%s]", ids, mofaOpp)
	}
}
