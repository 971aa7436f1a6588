package lexicon

import (
	"go/build"
	"strings"
	"testing"
)

// TestFloor holds the lexicon floor (docs/layout/plan.md step 8, branch restruct9): the tables
// sit below every extraction stage, so of claimgraph's packages lexicon imports only graph
// (graph.Kind, graph.RelType, graph.NormalizeName), text (text.Tokenize, for Keys) and
// data/wordclasses (the embedded word classes WordClass reads); nothing
// below calls back into the loader.
func TestFloor(t *testing.T) {
	p, err := build.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	const own = "github.com/claimgraph/claimgraph/"
	allowed := map[string]bool{own + "graph": true, own + "text": true, own + "data/wordclasses": true}
	for _, imp := range p.Imports {
		if strings.HasPrefix(imp, own) && !allowed[imp] {
			t.Errorf("lexicon imports %s: only graph, text and data/wordclasses of claimgraph may be imported here", imp)
		}
	}
}
