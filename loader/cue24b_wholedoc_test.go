package loader

import "testing"

// TestWholeDocCUE24b loads the cue24b whole documents (testdata/wholedoc24/cue24b: a cue found
// but coded with the wrong type — an object pattern coding no stance over the verb's own, a
// sanction noun under "order", a pledge of support, defending one's own sovereignty, coercive
// warnings, refused backing, annulling laws and evacuation flights; session 24) and checks their
// gold.
func TestWholeDocCUE24b(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc24/cue24b") }
