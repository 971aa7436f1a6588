package loader

import (
	"path/filepath"
	"testing"
)

// TestWholeDocFixnu22a loads the fixnu22a whole documents (testdata/wholedoc22/fixnu22a: wire
// stories and a ministry statement of our own for issue 13's who-to-whom classes) and checks
// their gold, expected absences included.
func TestWholeDocFixnu22a(t *testing.T) {
	wholeDocOpenGoldDir(t, filepath.Join("testdata", "wholedoc22", "fixnu22a"))
}
