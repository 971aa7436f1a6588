package loader

import "testing"

// TestWholeDocPrec22 loads the prec22 whole documents (testdata/wholedoc22/prec22: wire stories
// and a ministry statement of our own, issue 13's precision classes: one act one edge, an
// adjunct of an agreement, a deadline, an appeal's content, a conditional welcome) and checks
// their gold, expected absences included.
func TestWholeDocPrec22(t *testing.T) { wholeDocOpenGold(t, "../wholedoc22/prec22") }
