package schema

import (
	"slices"
	"testing"
)

// TestNodesArticleFilter: nodes(article:) lists the nodes one article contributed (the actors,
// policies and claims it mentions or relates), in every ordering, with kinds and search; an
// unknown article is NOT_FOUND, a node's ID or kind ARTICLE is BAD_ARGUMENT (finding A6 of trial 15:
// a per-article actor list needed an export and a join).
func TestNodesArticleFilter(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	ids := func(t *testing.T, q string, vars map[string]any) []string {
		t.Helper()
		var got struct {
			Nodes struct {
				TotalCount int
				Nodes      []struct{ ID string }
			}
		}
		ts.query(t, q, vars).decode(t, &got)
		var out []string
		for _, n := range got.Nodes.Nodes {
			out = append(out, n.ID)
		}
		if got.Nodes.TotalCount != len(out) {
			t.Errorf("totalCount %d, %d nodes", got.Nodes.TotalCount, len(out))
		}
		slices.Sort(out)
		return out
	}
	const q = `query($a: ID, $k: [NodeKind!], $s: String, $o: NodeOrder) {
		nodes(article: $a, kinds: $k, search: $s, orderBy: $o, first: 100) { totalCount nodes { id } } }`
	cases := []struct {
		name string
		vars map[string]any
		want []string
	}{
		{"art2", map[string]any{"a": f.art2}, sortedIDs(f.usa, f.china, f.ruan, f.talks)},
		{"art1", map[string]any{"a": f.art1}, sortedIDs(f.officials, f.demands, f.ciis, f.ruan, f.china, f.mic2025, f.claim, f.treasury, f.relief)},
		{"art2 countries", map[string]any{"a": f.art2, "k": []string{"COUNTRY"}}, sortedIDs(f.usa, f.china)},
		{"art2 policies", map[string]any{"a": f.art2, "k": []string{"POLICY"}}, []string{f.talks}},
		{"art2 search", map[string]any{"a": f.art2, "s": "ruan"}, []string{f.ruan}},
		{"art1 search", map[string]any{"a": f.art1, "s": "united states"}, nil},
		{"art2 by label", map[string]any{"a": f.art2, "o": map[string]any{"field": "LABEL", "direction": "ASC"}}, sortedIDs(f.usa, f.china, f.ruan, f.talks)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := ids(t, q, c.vars); !slices.Equal(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
	bad := []struct {
		name, code string
		vars       map[string]any
	}{
		{"unknown article", CodeNotFound, map[string]any{"a": "d_nosucharticle"}},
		{"an actor's ID", CodeBadArgument, map[string]any{"a": f.ruan}},
		{"kind ARTICLE", CodeBadArgument, map[string]any{"a": f.art2, "k": []string{"ARTICLE", "POLICY"}}},
	}
	for _, c := range bad {
		t.Run(c.name, func(t *testing.T) {
			r := ts.query(t, q, c.vars)
			if r.code() != c.code {
				t.Errorf("code %q, want %q (%s)", r.code(), c.code, r.raw)
			}
		})
	}
}
