package loader

import (
	"path/filepath"
	"testing"

	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/speakers"
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
		if got := speakers.StateOfficeHeading(lx, line); got != want {
			t.Errorf("stateOfficeHeading(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestComplementizerThatAfterName: "told/assured <proper name> that <clause>" — the "that" after a
// bare proper name is the complementizer, never an object relative pronoun (Quirk et al. 1985,
// 17.12, 17.22), so a refusal to negotiate is aimed at its with-PP; with a determiner the noun may
// take a restrictive relative, whose "that" stays its object.
func TestComplementizerThatAfterName(t *testing.T) {
	g := extractDoc(t, input.Document{Source: "c1", Published: "1984-05-02",
		Text: "Talks on the Border\n\nThe Foreign Minister informed President Mwale that Ghana would not negotiate with Togo until the border had reopened."})
	checkExpect(t, g, []string{"OPPOSES Ghana -> Togo", "!OPPOSES Ghana -> Mwale"})
	g = extractDoc(t, input.Document{Source: "c2", Published: "1984-05-02",
		Text: "Talks on the Border\n\nGhana welcomed the aid package that Nigeria offered last week."})
	checkExpect(t, g, []string{"OFFERS Nigeria -> aid package", "SUPPORTS Ghana -> aid package"})
}
