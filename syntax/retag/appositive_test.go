package retag

import "testing"

// TestOpeningNameBeforeAppositive: a capitalized sentence-initial word read as an interjection
// before ", <determiner> …" and a finite verb is a name; a word of the interjection class is not.
func TestOpeningNameBeforeAppositive(t *testing.T) {
	cases := []struct {
		forms, upos, xpos []string
		want              int
	}{
		{[]string{"Haiti", ",", "a", "member", "of", "NATO", ",", "said", "it", "would", "sign", "."},
			[]string{"INTJ", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "PRON", "AUX", "VERB", "PUNCT"},
			[]string{"UH", ",", "DT", "NN", "IN", "NNP", ",", "VBD", "PRP", "MD", "VB", "."}, 1},
		{[]string{"Well", ",", "the", "talks", "failed", "."},
			[]string{"INTJ", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"},
			[]string{"UH", ",", "DT", "NNS", "VBD", "."}, 0},
		{[]string{"Haiti", ",", "a", "member", "of", "NATO", "."},
			[]string{"INTJ", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PUNCT"},
			[]string{"UH", ",", "DT", "NN", "IN", "NNP", "."}, 0},
	}
	for _, c := range cases {
		if got := OpeningNameBeforeAppositive(c.forms, c.upos, c.xpos); got != c.want || got == 1 && (c.upos[0] != "PROPN" || c.xpos[0] != "NNP") {
			t.Errorf("%v: got %d (%s/%s), want %d", c.forms, got, c.upos[0], c.xpos[0], c.want)
		}
	}
}
