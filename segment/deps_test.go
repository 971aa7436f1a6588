package segment

import (
	"os/exec"
	"strings"
	"testing"
)

// TestFloor keeps segmentation below the later stages: it imports the document and the floors
// under it (text, lexicon with its word classes, input, discourse, graph), never the loader.
func TestFloor(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatal(err)
	}
	allowed := map[string]bool{"text": true, "lexicon": true, "data/wordclasses": true, "input": true,
		"discourse": true, "graph": true, "doc": true, "segment": true}
	for _, p := range strings.Fields(string(out)) {
		if rest, ok := strings.CutPrefix(p, "github.com/claimgraph/claimgraph/"); ok && !allowed[rest] {
			t.Errorf("segment depends on %s", p)
		}
	}
}
