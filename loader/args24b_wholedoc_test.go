package loader

import "testing"

// TestWholeDocArgs24b loads the args24b whole documents (testdata/wholedoc24/args24b: the topic
// of '"…," A said of X's NP' and 'referring to X' for the quote's demonstrative or pronoun subject,
// the scope of a mandative clause, a reduced passive relative on a noun, the foreign party of
// "ban X from V-ing <demonym> Y"; session 24) and checks their gold.
func TestWholeDocArgs24b(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc24/args24b") }
