package schema

import (
	"slices"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestLocalFilters: relations(local:) and nodes(local:) (finding A15 of trial 18) hide, or keep
// only, the nodes local to their article — an unnamed group, a policy named by a definite
// description — and the relations that touch one; Actor.relations takes the same argument, and
// Policy.local says which policy is one. totalCount counts the filtered set.
func TestLocalFilters(t *testing.T) {
	f := newFixture(t)
	b := newArticle(t, "http://l.example/local", "Border talks", "2019-03-04",
		"Ruritania opposed the plan.",
		"The relevant parties welcomed Ruritania.",
		"Ruritania supported the border treaty.")
	rur := b.node(graph.Node{ID: graph.ActorID("Ruritania"), Kind: graph.Country, Name: "Ruritania", Country: "RUR"}, 0, "Ruritania")
	article := "article:" + b.g.Article.ID
	plan := b.node(graph.Node{ID: graph.LocalPolicyID("plan", article), Kind: graph.Policy, Name: "plan", Local: true}, 0, "plan")
	parties := b.node(graph.Node{ID: graph.LocalActorID("relevant parties", article), Kind: graph.Group, Name: "relevant parties", Local: true}, 1, "relevant parties")
	treaty := b.policy("border treaty", 2)
	opp := b.rel(graph.Relation{Type: graph.Opposes, Source: rur, Target: plan}, 0, "opposed")
	sup := b.rel(graph.Relation{Type: graph.Supports, Source: parties, Target: rur}, 1, "welcomed")
	keep := b.rel(graph.Relation{Type: graph.Supports, Source: rur, Target: treaty}, 2, "supported")
	f.merge(t, b)
	ts := newTestServer(t, f, Options{})

	type conn struct {
		TotalCount int
		Nodes      []struct {
			ID    string
			Local bool
		}
	}
	ids := func(c conn) []string {
		var out []string
		for _, n := range c.Nodes {
			out = append(out, n.ID)
		}
		slices.Sort(out)
		return out
	}
	sorted := func(xs ...string) []string { slices.Sort(xs); return xs }

	var rels struct{ Local, NotLocal conn }
	ts.query(t, `query($a: ID!) { local: relations(article: $a, local: true) { totalCount nodes { id } }
		notLocal: relations(article: $a, local: false, first: 1) { totalCount nodes { id } } }`,
		map[string]any{"a": b.g.Article.ID}).decode(t, &rels)
	if got, want := ids(rels.Local), sorted(opp, sup); !slices.Equal(got, want) || rels.Local.TotalCount != 2 {
		t.Errorf("relations(local: true): %v (totalCount %d), want %v", got, rels.Local.TotalCount, want)
	}
	if got := ids(rels.NotLocal); !slices.Equal(got, []string{keep}) || rels.NotLocal.TotalCount != 1 {
		t.Errorf("relations(local: false): %v (totalCount %d), want [%s]", got, rels.NotLocal.TotalCount, keep)
	}

	var actor struct{ Node struct{ Relations conn } }
	ts.query(t, `query($id: ID!) { node(id: $id) { ... on Actor { relations(local: false) { totalCount nodes { id } } } } }`,
		map[string]any{"id": rur}).decode(t, &actor)
	if got := ids(actor.Node.Relations); !slices.Equal(got, []string{keep}) {
		t.Errorf("Ruritania's relations(local: false): %v, want [%s]", got, keep)
	}

	// The counts for plots take the filter too: Ruritania's timeline and relation counts
	// without local ends hold the treaty's relation alone.
	var counts struct {
		Timeline struct {
			Buckets []struct {
				Type      string
				Relations int
			}
		}
		All, NotLocal []struct{ Relations int }
	}
	ts.query(t, `query($id: ID) { timeline(actor: $id, local: false) { buckets { type relations } }
		all: relationCounts(groupBy: TYPE, source: $id) { relations }
		notLocal: relationCounts(groupBy: TYPE, source: $id, local: false) { relations } }`,
		map[string]any{"id": rur}).decode(t, &counts)
	if b := counts.Timeline.Buckets; len(b) != 1 || b[0].Type != "SUPPORTS" || b[0].Relations != 1 {
		t.Errorf("timeline(local: false): %+v, want one SUPPORTS relation", b)
	}
	sum := func(cs []struct{ Relations int }) (n int) {
		for _, c := range cs {
			n += c.Relations
		}
		return n
	}
	if sum(counts.NotLocal) != 1 || sum(counts.All) != 2 {
		t.Errorf("relationCounts: %d without local ends, %d in all; want 1 and 2", sum(counts.NotLocal), sum(counts.All))
	}

	var nodes struct{ Local, NotLocal conn }
	ts.query(t, `query($a: ID!) { local: nodes(article: $a, local: true) { totalCount nodes { id ... on Actor { local } ... on Policy { local } } }
		notLocal: nodes(article: $a, local: false) { totalCount nodes { id ... on Actor { local } ... on Policy { local } } } }`,
		map[string]any{"a": b.g.Article.ID}).decode(t, &nodes)
	if got, want := ids(nodes.Local), sorted(plan, parties); !slices.Equal(got, want) {
		t.Errorf("nodes(local: true): %v, want %v", got, want)
	}
	for _, n := range nodes.Local.Nodes {
		if !n.Local {
			t.Errorf("nodes(local: true): %s has local false", n.ID)
		}
	}
	if got, want := ids(nodes.NotLocal), sorted(rur, treaty); !slices.Equal(got, want) {
		t.Errorf("nodes(local: false): %v, want %v", got, want)
	}
	if r := ts.query(t, `{ nodes(kinds: [ARTICLE], local: false) { totalCount } }`, nil); r.code() != CodeBadArgument {
		t.Errorf("nodes(kinds: [ARTICLE], local:): code %q, want %s", r.code(), CodeBadArgument)
	}
}
