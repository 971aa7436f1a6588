package retag

import "testing"

// TestVerbBeforeReducedPassive (issue 13, cues22): the -s word after the subject is the verb when
// the sentence's only past form is a reduced passive relative with its agent; a past form whose
// by-phrase is a measure, or one with no determined noun phrase before it, stays the verb.
func TestVerbBeforeReducedPassive(t *testing.T) {
	cases := []struct {
		forms, upos, xpos string
		want              bool
		verb              int
	}{
		{"Kenya condemns in the strongest terms the raids carried out by the militia .",
			"PROPN NOUN ADP DET ADJ NOUN DET NOUN VERB ADV ADP DET NOUN PUNCT",
			"NNP NNS IN DT JJS NNS DT NNS VBD RB IN DT NN .", true, 1},
		{"Peru denounces the decision announced by the ministry .",
			"PROPN NOUN DET NOUN VERB ADP DET NOUN PUNCT",
			"NNP NNS DT NN VBD IN DT NN .", true, 1},
		// near misses: a measure after "by"; no determiner before the past form
		{"Peru condemns the price increased by 5 percent .",
			"PROPN NOUN DET NOUN VERB ADP NUM NOUN PUNCT",
			"NNP NNS DT NN VBD IN CD NN .", false, 1},
		{"Japan exports increased by the yen .",
			"PROPN NOUN VERB ADP DET NOUN PUNCT",
			"NNP NNS VBD IN DT NN .", false, 1},
	}
	for _, c := range cases {
		f, u, x := fields(c.forms), fields(c.upos), fields(c.xpos)
		got := VerbBeforeReducedPassive(f, u, x)
		if got != c.want || c.want && x[c.verb] != "VBZ" {
			t.Errorf("%s: re-tagged %v (verb %s), want %v", c.forms, got, x[c.verb], c.want)
		}
	}
}
