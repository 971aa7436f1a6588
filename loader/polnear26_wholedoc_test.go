package loader

import "testing"

// TestWholeDocPolnear26 loads the polnear26 whole documents (testdata/wholedoc26/polnear26:
// supplementive ", saying/telling …" clauses, "according to X", "wrote/tweeted", "told X that",
// quoted questions before "X asked"; session 26) and checks their gold.
func TestWholeDocPolnear26(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc26/polnear26") }
