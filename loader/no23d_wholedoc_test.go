package loader

import "testing"

// TestWholeDocNO23D loads the no23d whole documents (testdata/wholedoc23/no23d: a ministry
// statement, a wire story and a news story of our own, issue 13's stance cues of affect,
// evaluation and commitment from the round-22 blind-set analysis, classesNO23 N4, O5/O6, N6, N9,
// N10, N13, N17, N18, O11, O13) and checks their gold, expected absences included.
func TestWholeDocNO23D(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc23/no23d") }
