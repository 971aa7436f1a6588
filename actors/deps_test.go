package actors

import (
	"os/exec"
	"strings"
	"testing"
)

// TestFloor keeps the actors below the later stages: they import the document, segmentation and
// the floors under them (text, lexicon with its word classes, input, discourse, graph), never
// coreference, speakers, claims, relations, frames or the loader.
func TestFloor(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatal(err)
	}
	allowed := map[string]bool{"text": true, "lexicon": true, "data/wordclasses": true, "input": true,
		"discourse": true, "graph": true, "doc": true, "segment": true, "actors": true}
	for _, p := range strings.Fields(string(out)) {
		if rest, ok := strings.CutPrefix(p, "github.com/claimgraph/claimgraph/"); ok && !allowed[rest] {
			t.Errorf("actors depends on %s", p)
		}
	}
}
