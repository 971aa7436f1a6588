package loader

import "testing"

// TestWholeDocTrial27a loads the trial27a whole documents (testdata/wholedoc27/trial27a: a bare
// national title in a wire story datelined in a capital, and its must-nots; session 27 new-user
// trial) and checks their gold.
func TestWholeDocTrial27a(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc27/trial27a") }
