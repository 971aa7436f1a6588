package surface

import (
	"testing"

	"github.com/claimgraph/claimgraph/internal/floortest"
)

// TestFloor keeps the surface grammar below the claims and relations and beside the frames: it
// imports coreference, the speakers, the actors, the document, segmentation and the floors under
// them (text, lexicon with its word classes, input, discourse, graph), never the claims,
// relations, codes, frames, syntax or the loader.
func TestFloor(t *testing.T) {
	floortest.Check(t, "surface", "text", "lexicon", "data/wordclasses", "input", "discourse", "graph", "doc", "segment", "actors", "speakers", "coref")
}
