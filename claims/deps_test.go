package claims

import (
	"testing"

	"github.com/claimgraph/claimgraph/internal/floortest"
)

// TestFloor keeps the claims below the relations, the codes and the loader's facade: it imports
// the surface grammar, coreference, the speakers, the actors, the document, segmentation and the
// floors under them (text, lexicon with its word classes, input, discourse, graph), never the
// relations, codes, frames, syntax or the loader (the frames lexicon, tagger and parse come in
// through doc.Frames and doc.Parses).
func TestFloor(t *testing.T) {
	floortest.Check(t, "claims", "text", "lexicon", "data/wordclasses", "input", "discourse", "graph", "doc", "segment", "actors", "speakers", "coref", "surface")
}
