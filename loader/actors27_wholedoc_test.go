package loader

import "testing"

// TestWholeDocActors27 loads the actors27 whole documents (testdata/wholedoc27/actors27: a name
// with an inner honorific after a title, a body's first word as its short name, plural nationality
// nouns; session 27, issue 14) and checks their gold.
func TestWholeDocActors27(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc27/actors27") }
