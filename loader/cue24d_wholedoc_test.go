package loader

import "testing"

// TestWholeDocCue24d loads the cue24d whole documents (testdata/wholedoc24/cue24d: the reporter
// of a reported "it" behind a mis-tagged apposition, a command over a change noun, readiness with
// an instrument noun, an evacuation with a definite object, a coercive warning's participial
// readiness, own-stake readiness, a quoted sending of medical staff; sets T and U, session 24)
// and checks their gold.
func TestWholeDocCue24d(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc24/cue24d") }
