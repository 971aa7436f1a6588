package loader

import (
	"path/filepath"
	"testing"
)

// TestWholeDocSweep22b loads the sweep22b whole documents (testdata/wholedoc22/sweep22b: wire
// stories and a ministry statement with "A said it had V-ed B") and checks their gold; d1 fails
// without wire_perfect.go.
func TestWholeDocSweep22b(t *testing.T) {
	wholeDocOpenGoldDir(t, filepath.Join("testdata", "wholedoc22", "sweep22b"))
}
