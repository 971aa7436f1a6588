package loader

import "testing"

// TestWholeDocArgs26 loads the args26 whole documents (testdata/wholedoc26/args26: the recipient
// of a transfer verb, the addressee of a warning, the one allowed, accused, urged or threatened as
// the target; session 26, issue 13) and checks their gold.
func TestWholeDocArgs26(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc26/args26") }
