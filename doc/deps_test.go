package doc

import (
	"testing"

	"github.com/claimgraph/claimgraph/internal/floortest"
)

// TestFloor keeps the document below the stages: it imports only the floors under it (text,
// lexicon with its word classes, input, discourse, and graph) and the standard library, never the
// loader or a stage.
func TestFloor(t *testing.T) {
	floortest.Check(t, "doc", "text", "lexicon", "data/wordclasses", "input", "discourse", "graph")
}
