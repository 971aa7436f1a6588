package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestLocalPolicies: a policy named only by "the" + one singular noun is the article's own (two
// articles' "the plan" are two nodes); a bare plural or mass noun ("tariffs") is one node across
// articles; sentences written for this test.
func TestLocalPolicies(t *testing.T) {
	policyID := func(g *graph.ArticleGraph, name string) string {
		for _, n := range g.Nodes {
			if n.Kind == graph.Policy && n.Name == name {
				return n.ID
			}
		}
		t.Fatalf("no policy %q in %v", name, g.Nodes)
		return ""
	}
	a := extractText(t, "Turkey rejected the plan on Monday. Greece defended the plan.")
	b := extractText(t, "Scottish nationalists said the Labour government should drop it. Norway criticized the plan.")
	if policyID(a, "plan") == policyID(b, "plan") {
		t.Errorf("two articles' 'the plan' share one node")
	}
	c := extractText(t, "Kenya opposed tariffs on Tuesday.")
	e := extractText(t, "Ghana also opposed tariffs.")
	if policyID(c, "tariffs") != policyID(e, "tariffs") {
		t.Errorf("'tariffs' of two articles are two nodes")
	}
}
