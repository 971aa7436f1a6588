package loader

import "testing"

// TestWholeDocCues27 loads the cues27 whole documents (testdata/wholedoc27/cues27: goods seen
// through measure heads, leaving an international body, a diplomat ordered out or summoned, a
// sanction announced, legal action, the hypothetical past, a ruling recalled, a CAMEO noun in
// its other spelling; session 27, issue 13) and checks their gold.
func TestWholeDocCues27(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc27/cues27") }
