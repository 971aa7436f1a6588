package loader

import (
	"path/filepath"
	"testing"
)

// TestWholeDocReadout23 loads the readout23 whole documents (testdata/wholedoc23/readout23:
// readouts of our own headed by a state office's bureau over a "<seat>, <Capital>, <date>" line,
// /work/nu23/findings.md B1/D7) and checks their gold, expected absences included.
func TestWholeDocReadout23(t *testing.T) {
	wholeDocOpenGoldDir(t, filepath.Join("testdata", "wholedoc23", "readout23"))
}

// TestStateOfficeHeading: the bureau of a state office heads its readout ("Office of the
// President", "The Prime Minister's Office"); a body that is no state office's bureau, or a line
// with more in it, does not.
func TestStateOfficeHeading(t *testing.T) {
	lx := testExtractor(t).lex
	for line, want := range map[string]bool{
		"Office of the President":       true,
		"The Prime Minister's Office":   true,
		"Prime Minister\u2019s Office":  true,
		"Office of the Auditor":         false,
		"Office of the Press Secretary": false,
		"The Editor's Office":           false,
		"Office of the President wires": false,
	} {
		if got := stateOfficeHeading(lx, line); got != want {
			t.Errorf("stateOfficeHeading(%q) = %v, want %v", line, got, want)
		}
	}
}
