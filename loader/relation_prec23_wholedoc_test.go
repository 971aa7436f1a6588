package loader

import "testing"

// TestWholeDocPrec23 loads the prec23 whole documents (testdata/wholedoc23/prec23: two wire
// stories, a ministry statement, a minister's remarks; issues 13/14): a negated verb of saying
// over a that-clause ("did not say that it would release the crews": no OFFERS), a negated verb
// of abandonment ("will not abandon our partners": no OPPOSES), junk PERSON nodes at name
// boundaries, a restriction cue in the progressive present. Lines of gold.txt fail on main.
func TestWholeDocPrec23(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc23/prec23") }
