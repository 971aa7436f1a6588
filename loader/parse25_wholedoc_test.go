package loader

import "testing"

// TestWholeDocParse25 loads the parse25 whole documents (testdata/wholedoc25/parse25: a
// non-restrictive relative or supplementive participle clause between a sentence-initial subject
// and its finite verb; session 25) and checks their gold.
func TestWholeDocParse25(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc25/parse25") }
