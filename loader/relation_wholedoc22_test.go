package loader

import (
	"path/filepath"
	"testing"
)

// TestWholeDocCues22 loads the cues22 whole documents (testdata/wholedoc22/cues22: wire stories
// and ministry statements written for session 22's classes) and checks their gold.
func TestWholeDocCues22(t *testing.T) {
	wholeDocOpenGoldDir(t, filepath.Join("testdata", "wholedoc22", "cues22"))
}
