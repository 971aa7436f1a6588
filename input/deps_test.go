package input

import (
	"go/build"
	"strings"
	"testing"
)

// TestFloor holds the input floor (docs/layout/plan.md step 8): reading and cleaning sit below
// every extraction stage, so of claimgraph's packages input imports only graph (graph.Article,
// graph.ArticleID) and text (word predicates); nothing below calls back into the loader.
func TestFloor(t *testing.T) {
	p, err := build.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	const own = "github.com/claimgraph/claimgraph/"
	allowed := map[string]bool{own + "graph": true, own + "text": true}
	for _, imp := range p.Imports {
		if strings.HasPrefix(imp, own) && !allowed[imp] {
			t.Errorf("input imports %s: only graph and text of claimgraph may be imported here", imp)
		}
	}
}
