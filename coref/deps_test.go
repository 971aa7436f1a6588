package coref

import (
	"testing"

	"github.com/claimgraph/claimgraph/internal/floortest"
)

// TestFloor keeps coreference below the later stages: it imports the speakers, the actors, the
// document, segmentation and the floors under them (text, lexicon with its word classes, input,
// discourse, graph), never the surface grammar, claims, relations, codes, frames, syntax or the
// loader.
func TestFloor(t *testing.T) {
	floortest.Check(t, "coref", "text", "lexicon", "data/wordclasses", "input", "discourse", "graph", "doc", "segment", "actors", "speakers")
}
