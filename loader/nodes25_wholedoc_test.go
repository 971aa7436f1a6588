package loader

import "testing"

// TestWholeDocNodes25 loads the nodes25 whole documents (testdata/wholedoc25/nodes25: an
// organization word premodifying a common head, a common word as a label in capitals, a single
// word the article writes as a state; session 25, issue 14 junk nodes) and checks their gold.
func TestWholeDocNodes25(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc25/nodes25") }
