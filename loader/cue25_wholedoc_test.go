package loader

import "testing"

// TestWholeDocCue25 loads the cue25 whole documents (testdata/wholedoc25/cue25: a CONFIRM-block
// pattern's code under its 051 member affirm; threat idioms of unspecified measures; session 25)
// and checks their gold.
func TestWholeDocCue25(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc25/cue25") }
