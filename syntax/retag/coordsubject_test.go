package retag

import (
	"strings"
	"testing"
)

// TestCoordinatedSubjectVerb: the base-form verb after coordinated names is re-tagged VBP; a
// sentence with a finite verb, or a noun not followed by a determiner, is left.
func TestCoordinatedSubjectVerb(t *testing.T) {
	cases := []struct {
		forms, upos, xpos string
		want              int // index re-tagged, -1 none
	}{
		{"Ghana and Togo support the border commission .", "PROPN CCONJ PROPN NOUN DET NOUN NOUN PUNCT", "NNP CC NNP NN DT NN NN .", 3},
		{"Chile and New Zealand both back the quota .", "PROPN CCONJ PROPN PROPN DET NOUN DET NOUN PUNCT", "NNP CC NNP NNP DT NN DT NN .", 5},
		{"Ghana and Togo support group met .", "PROPN CCONJ PROPN NOUN NOUN VERB PUNCT", "NNP CC NNP NN NN VBD .", -1},
		{"Benin and Niger support the commission , officials said .", "PROPN CCONJ PROPN NOUN DET NOUN PUNCT NOUN VERB PUNCT", "NNP CC NNP NN DT NN , NNS VBD .", 3},
		{"Ghana support the commission .", "PROPN NOUN DET NOUN PUNCT", "NNP NN DT NN .", -1},
	}
	for _, c := range cases {
		f, u, x := strings.Fields(c.forms), strings.Fields(c.upos), strings.Fields(c.xpos)
		got := -1
		if CoordinatedSubjectVerb(f, u, x) {
			for i := range x {
				if x[i] == "VBP" {
					got = i
				}
			}
		}
		if got != c.want {
			t.Errorf("%s: re-tagged %d, want %d", c.forms, got, c.want)
		}
	}
}
