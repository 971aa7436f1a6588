package doc

import (
	"os/exec"
	"strings"
	"testing"
)

// TestFloor keeps the document below the stages: it imports only the floors under it (text,
// lexicon with its word classes, input, discourse, and graph) and the standard library, never the
// loader or a stage.
func TestFloor(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatal(err)
	}
	allowed := map[string]bool{"text": true, "lexicon": true, "data/wordclasses": true, "input": true,
		"discourse": true, "graph": true, "doc": true}
	for _, p := range strings.Fields(string(out)) {
		if rest, ok := strings.CutPrefix(p, "github.com/claimgraph/claimgraph/"); ok && !allowed[rest] {
			t.Errorf("doc depends on %s", p)
		}
	}
}
