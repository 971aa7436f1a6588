package retag

import "testing"

// TestMandativeAfterAdjunct (fixnu22a, issue 13 C7/P2/P4/B7): the verb of a mandative that-clause
// is re-tagged after a prepositional time adjunct between the verb and "that" ("demanded on
// Friday that …"), after a genitive subject ("that Chad's government free …") and before a
// particle tagged an adverb with a numeral object ("hand over 12 …").
func TestMandativeAfterAdjunct(t *testing.T) {
	cases := []struct {
		forms, upos, xpos string
		at                int
		want              string
	}{
		{"Niger demanded on Friday that Chad free the hostages .", "PROPN VERB ADP PROPN SCONJ PROPN NOUN DET NOUN PUNCT", "NNP VBD IN NNP IN NNP NN DT NNS .", 6, "VB"},
		{"Niger demanded that Chad 's government free the hostages .", "PROPN VERB SCONJ PROPN PART NOUN NOUN DET NOUN PUNCT", "NNP VBD IN NNP POS NN NN DT NNS .", 6, "VB"},
		{"Niger demanded that Chad hand over 12 suspects .", "PROPN VERB SCONJ PROPN NOUN ADV NUM NOUN PUNCT", "NNP VBD IN NNP NN RB CD NNS .", 4, "VB"},
		// near misses: a relative clause after the adjunct's noun has its own verb; no mandative verb
		{"Niger demanded on Friday that Chad had refused the plan .", "PROPN VERB ADP PROPN SCONJ PROPN AUX VERB DET NOUN PUNCT", "NNP VBD IN NNP IN NNP VBD VBN DT NN .", 6, "VBD"},
		{"Niger said on Friday that Chad free the hostages .", "PROPN VERB ADP PROPN SCONJ PROPN NOUN DET NOUN PUNCT", "NNP VBD IN NNP IN NNP NN DT NNS .", 6, "NN"},
	}
	for _, c := range cases {
		f, u, x := fields(c.forms), fields(c.upos), fields(c.xpos)
		MandativeClauseVerb(f, u, x)
		if x[c.at] != c.want {
			t.Errorf("%q: %s tagged %s, want %s", c.forms, f[c.at], x[c.at], c.want)
		}
	}
}
