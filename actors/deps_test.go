package actors

import (
	"testing"

	"github.com/claimgraph/claimgraph/internal/floortest"
)

// TestFloor keeps the actors below the later stages: they import the document, segmentation and
// the floors under them (text, lexicon with its word classes, input, discourse, graph), never
// coreference, speakers, claims, relations, frames or the loader.
func TestFloor(t *testing.T) {
	floortest.Check(t, "actors", "text", "lexicon", "data/wordclasses", "input", "discourse", "graph", "doc", "segment")
}
