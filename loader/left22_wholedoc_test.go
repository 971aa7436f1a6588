package loader

import "testing"

// TestWholeDocLeft22 loads the left22 whole documents (testdata/wholedoc22/left22: wire stories
// under headlines in headlinese, a ministry statement, a defence story and a background call of
// our own, issue 13's document-level losses) and checks their gold, expected absences included.
func TestWholeDocLeft22(t *testing.T) { wholeDocOpenGold(t, "../wholedoc22/left22") }
