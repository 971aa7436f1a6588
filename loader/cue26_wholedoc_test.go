package loader

import "testing"

// TestWholeDocCue26 loads the cue26 whole documents (testdata/wholedoc26/cue26: aid given under
// the CAMEO GRANT block's typed patterns; withdrawing from a "peace process"; suspending a
// treaty; ratifying another's accession; session 26) and checks their gold.
func TestWholeDocCue26(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc26/cue26") }
