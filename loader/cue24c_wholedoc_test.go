package loader

import "testing"

// TestWholeDocCUE24c loads the cue24c whole documents (testdata/wholedoc24/cue24c: a relative
// pronoun's antecedent after a fronted topic marker, the recipient phrase of relief or aid on
// the object's nouns, the goal and ground phrases hung on the object; session 24) and checks
// their gold.
func TestWholeDocCUE24c(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc24/cue24c") }
