package loader

import "testing"

// TestWholeDocSPK24c loads the spk24c whole documents (testdata/wholedoc24/spk24c: joint press
// conferences on a head of government's page whose guest holds the same office of a state the
// lexicon does not know: the guest is never the bare office label; session 24) and checks
// their gold.
func TestWholeDocSPK24c(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc24/spk24c") }
