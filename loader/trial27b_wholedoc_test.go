package loader

import "testing"

// TestWholeDocTrial27b loads the trial27b whole documents (testdata/wholedoc27/trial27b: a
// pronoun object of a stance cue in a briefing answer, the forum of a filed complaint; session
// 27 new-user trial) and checks their gold.
func TestWholeDocTrial27b(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc27/trial27b") }
