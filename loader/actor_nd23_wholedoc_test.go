package loader

import (
	"path/filepath"
	"testing"
)

// TestWholeDoc23ND loads the nd23 whole documents (loader/testdata/wholedoc23/nd23: a ministry's
// press release, a ministry's statement, a wire story with a foreign embassy, a briefing's
// header, written for the node classes ND2-ND4 of session 23) and checks the node verdicts of
// their gold file on the full text, as a load extracts it. Lines marked "open" are logged.
func TestWholeDoc23ND(t *testing.T) {
	wholeDocOpenGoldDir(t, filepath.Join("testdata", "wholedoc23", "nd23"))
}
