package loader

import "testing"

// TestWholeDocFix26b loads the fix26b whole documents (testdata/wholedoc26/fix26b: vocatives in
// question turns, turn-label initials, abbreviated headline country names, "Democratic Republic
// of Congo" without "the", city-named processes, "protests"; session 26, issue 14) and checks
// their gold.
func TestWholeDocFix26b(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc26/fix26b") }
