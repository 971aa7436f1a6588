package loader

import (
	"strings"
	"testing"
)

// TestRelativeSupplement checks the non-restrictive relative clause found between a subject
// and its finite verb and the -ed verb re-tagged after it (wire_relsupplement.go) on hand-tagged sentences of our own: it fires on
// "X, which/whose …, V …" with an agreeing verb after the closing comma, and not on a clause
// closed by a verb that does not agree, on a restrictive relative (no comma), or on a relative
// without a verb of its own before the comma.
func TestRelativeSupplement(t *testing.T) {
	for _, c := range []struct {
		forms, upos, xpos string
		c1, c2, v         int
	}{
		{"Chad , whose troops crossed the river , condemned Niger .", "PROPN PUNCT PRON NOUN VERB DET NOUN PUNCT ADJ PROPN PUNCT", "NNP , WP$ NNS VBD DT NN , JJ NNP .", 1, 7, 8},
		{"Fiji , which hosts the talks , on Monday urged Tonga to stay .", "PROPN PUNCT PRON VERB DET NOUN PUNCT ADP PROPN VERB PROPN PART VERB PUNCT", "NNP , WDT VBZ DT NN , IN NNP VBD NNP TO VB .", 1, 8, 9},
		{"Oman and Qatar , which share a border , reject the plan .", "PROPN CCONJ PROPN PUNCT PRON VERB DET NOUN PUNCT VERB DET NOUN PUNCT", "NNP CC NNP , WDT VBP DT NN , VBP DT NN .", 3, 8, 9},
		// a VBZ verb after the comma does not agree with a coordinated subject: no close there
		{"Oman and Qatar , which share a border , rejects the plan .", "PROPN CCONJ PROPN PUNCT PRON VERB DET NOUN PUNCT VERB DET NOUN PUNCT", "NNP CC NNP , WDT VBP DT NN , VBZ DT NN .", 0, 0, 0},
		// restrictive relative: no comma after the subject
		{"The states which share a border reject the plan .", "DET NOUN PRON VERB DET NOUN VERB DET NOUN PUNCT", "DT NNS WDT VBP DT NN VBP DT NN .", 0, 0, 0},
		// an -ed adjective with no noun phrase after it is no predicate
		{"Laos , which borders Vietnam , tired and poor .", "PROPN PUNCT PRON VERB PROPN PUNCT ADJ CCONJ ADJ PUNCT", "NNP , WDT VBZ NNP , JJ CC JJ .", 0, 0, 0},
	} {
		f, u, x := strings.Fields(c.forms), strings.Fields(c.upos), strings.Fields(c.xpos)
		c1, c2, v := relativeSupplementVerb(f, u, x)
		if c1 != c.c1 || c2 != c.c2 || v != c.v {
			t.Errorf("%q: got %d..%d verb %d, want %d..%d verb %d", c.forms, c1, c2, v, c.c1, c.c2, c.v)
		}
	}
	f := strings.Fields("Chad , whose troops crossed the river , condemned Niger .")
	u := strings.Fields("PROPN PUNCT PRON NOUN VERB DET NOUN PUNCT ADJ PROPN PUNCT")
	x := strings.Fields("NNP , WP$ NNS VBD DT NN , JJ NNP .")
	if n := supplementPastVerb(f, u, x); n != 1 || u[8] != "VERB" || x[8] != "VBD" {
		t.Errorf("supplementPastVerb: %d, %s/%s, want 1, VERB/VBD", n, u[8], x[8])
	}
}
