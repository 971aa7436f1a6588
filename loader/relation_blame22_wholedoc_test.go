package loader

import "testing"

// TestWholeDocBlame22 loads the blame22 whole documents (testdata/wholedoc22/blame22: a ministry
// statement, a briefing transcript and a wire story of our own on "X is to blame for Y", frames
// blame.go) and checks their gold, expected absences included.
func TestWholeDocBlame22(t *testing.T) { wholeDocOpenGold(t, "../wholedoc22/blame22") }
