package loader

import "testing"

// TestWholeDocSweep25 loads the sweep25 whole documents (testdata/wholedoc25/sweep25: present
// tense after a group description or a body, a one-word country name, an object after a
// parenthetical adverbial, a past after an appositive; session 25) and checks their gold.
func TestWholeDocSweep25(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc25/sweep25") }
