package loader

import "testing"

// TestWholeDocLeft24 loads the left24 whole documents (testdata/wholedoc24/left24: conditional
// coercion in reported speech, commitment verbs governing a cue, passive demands with a by-agent,
// "call" as a noun of communication, a state's own restrictive measure; session 24) and checks
// their gold.
func TestWholeDocLeft24(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc24/left24") }
