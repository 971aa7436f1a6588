package loader

import (
	"path/filepath"
	"testing"
)

// TestWholeDocFixnu23b loads the fixnu23b whole documents (a news story, a wire story, a White
// House statement, a ministry statement, a call readout, a briefing; our own wording) and checks
// their gold: ledes with a supplementive relative clause after the object (nu22 C1), the verb
// of a relative clause on an issued text (C4), measure parties of coordinated nationality
// premodifiers (C5), coordinated targets (C8, B3, B4).
func TestWholeDocFixnu23b(t *testing.T) {
	wholeDocOpenGoldDir(t, filepath.Join("testdata", "wholedoc23", "fixnu23b"))
}
