package loader

import "testing"

// TestWholeDocNodes26 loads the nodes26 whole documents (testdata/wholedoc26/nodes26: transcript
// turn labels, page furniture, capitals-surname names of East Asian official texts, a person's
// country from his own title, programme/assistance/initiative names; session 26, issue 14) and
// checks their node gold.
func TestWholeDocNodes26(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc26/nodes26") }
