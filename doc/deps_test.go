package doc

import (
	"os/exec"
	"strings"
	"testing"
)

// TestFloor keeps the document below the stages: it imports only the floors under it (text,
// input, discourse, and graph through input) and the standard library, never the loader, a stage
// or lexicon.
func TestFloor(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatal(err)
	}
	allowed := map[string]bool{"text": true, "input": true, "discourse": true, "graph": true, "doc": true}
	for _, p := range strings.Fields(string(out)) {
		if rest, ok := strings.CutPrefix(p, "github.com/claimgraph/claimgraph/"); ok && !allowed[rest] {
			t.Errorf("doc depends on %s", p)
		}
	}
}
