package loader

import "testing"

// TestWholeDocArgs24c loads the args24c whole documents (testdata/wholedoc24/args24c: the place of
// an approved act under a result or derived act noun, the pressure adjunct's actor as target of a
// reversal-noun or conjoined concession, the from-addressee on a quantified object, "the
// government" of the source's country, "<demonym> authorities"; session 24) and checks their gold.
func TestWholeDocArgs24c(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc24/args24c") }
