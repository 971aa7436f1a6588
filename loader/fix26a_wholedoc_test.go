package loader

import "testing"

// TestWholeDocFix26a loads the fix26a whole documents (testdata/wholedoc26/fix26a: a second
// finite predicate coordinated after a directive or welcoming cue, "both sides" after a meeting
// named in the paragraph before; new-user trial 26) and checks their gold.
func TestWholeDocFix26a(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc26/fix26a") }
