package loader

import "testing"

// TestWholeDocTrial25 loads the trial25 whole documents (testdata/wholedoc25/trial25: a formal
// protest lodged with or conveyed to a country, an ambassador recalled from one, and the
// look-alikes "recalled the events", "summoned the courage", "a protest by farmers"; session 25)
// and checks their gold.
func TestWholeDocTrial25(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc25/trial25") }
