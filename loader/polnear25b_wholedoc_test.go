package loader

import "testing"

// TestWholeDocPolnear25b loads the polnear25b whole documents (testdata/wholedoc25/polnear25b: a
// capitalized role run before a personal name, Quirk et al. 1985 §17.65; session 25) and checks
// their gold.
func TestWholeDocPolnear25b(t *testing.T) {
	wholeDocOpenGoldDir(t, "testdata/wholedoc25/polnear25b")
}
