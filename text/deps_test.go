package text

import (
	"go/build"
	"strings"
	"testing"
)

// TestStandardLibraryOnly holds the floor (docs/layout/plan.md step 8): text is the bottom of the
// extraction, so it imports nothing of claimgraph nor any other module — only packages whose path
// has no dot in its first element, which is how the go command tells the standard library apart.
func TestStandardLibraryOnly(t *testing.T) {
	p, err := build.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, imp := range p.Imports {
		if first, _, _ := strings.Cut(imp, "/"); strings.Contains(first, ".") {
			t.Errorf("text imports %s: only the standard library may be imported here", imp)
		}
	}
}
