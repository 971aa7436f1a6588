package loader

import "testing"

// TestWholeDocCUE24a loads the cue24a whole documents (testdata/wholedoc24/cue24a: periphrastic
// cues — light verb + noun of concern, readiness/reluctance nouns, relief sent, entity lists,
// criticism with a for-ground; session 24) and checks their gold.
func TestWholeDocCUE24a(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc24/cue24a") }
