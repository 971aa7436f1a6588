package loader

import "testing"

// TestWholeDocSPK24b loads the spk24b whole documents (testdata/wholedoc24/spk24b: a statement
// whose title names the country it is about, not its issuer's; a bare office label on the
// office's own page whose holder the document or the dictionary names; session 24) and checks
// their gold.
func TestWholeDocSPK24b(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc24/spk24b") }
