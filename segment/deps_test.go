package segment

import (
	"testing"

	"github.com/claimgraph/claimgraph/internal/floortest"
)

// TestFloor keeps segmentation below the later stages: it imports the document and the floors
// under it (text, lexicon with its word classes, input, discourse, graph), never the loader.
func TestFloor(t *testing.T) {
	floortest.Check(t, "segment", "text", "lexicon", "data/wordclasses", "input", "discourse", "graph", "doc")
}
