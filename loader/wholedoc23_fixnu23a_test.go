package loader

import (
	"path/filepath"
	"testing"
)

// TestWholeDocFixnu23a loads the fixnu23a whole documents (testdata/wholedoc23/fixnu23a: role-only
// briefings, ministry statements, readouts and news stories of our own for the speaker and
// actor-country classes of /work/nu22/findings.md) and checks their gold, expected absences included.
func TestWholeDocFixnu23a(t *testing.T) {
	wholeDocOpenGoldDir(t, filepath.Join("testdata", "wholedoc23", "fixnu23a"))
}
