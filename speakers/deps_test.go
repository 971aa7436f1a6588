package speakers

import (
	"testing"

	"github.com/claimgraph/claimgraph/internal/floortest"
)

// TestFloor keeps the speakers below the later stages: they import the actors, the document,
// segmentation and the floors under them (text, lexicon with its word classes, input, discourse,
// graph), never coreference, claims, relations, frames, syntax or the loader.
func TestFloor(t *testing.T) {
	floortest.Check(t, "speakers", "text", "lexicon", "data/wordclasses", "input", "discourse", "graph", "doc", "segment", "actors")
}
