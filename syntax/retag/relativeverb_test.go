package retag

import "testing"

// TestRelativeClauseVerb (fixnu23b, issue 13 C4): the -s word after "that"/"which" on a singular
// noun, before a determined object, is the relative clause's verb. Near misses: a content clause
// after a verb, a contact clause with its own verb, a plural antecedent, a bare object.
func TestRelativeClauseVerb(t *testing.T) {
	checkXPOS(t, RelativeClauseVerb, []xposCase{
		{"Oslo passed a law that sanctions the firms which trade with Minsk .", "PROPN VERB DET NOUN PRON NOUN DET NOUN PRON VERB ADP PROPN PUNCT", "NNP VBD DT NN WDT NNS DT NNS WDT VBP IN NNP .", 5, "VBZ"},
		{"Lima issued a decree which curbs the export of copper .", "PROPN VERB DET NOUN PRON NOUN DET NOUN ADP NOUN PUNCT", "NNP VBD DT NN WDT NNS DT NN IN NN .", 5, "VBZ"},
		{"Quito signed an order that bans two parties .", "PROPN VERB DET NOUN SCONJ NOUN NUM NOUN PUNCT", "NNP VBD DT NN IN NNS CD NNS .", 5, "VBZ"},
		{"Kyiv adopted a decree that sanctions the firms involved in the blockade .", "PROPN VERB DET NOUN PRON NOUN DET NOUN VERB ADP DET NOUN PUNCT", "NNP VBD DT NN WDT NNS DT NNS VBN IN DT NN .", 5, "VBZ"},
		// near misses
		{"Oslo said that sanctions the EU imposed failed .", "PROPN VERB SCONJ NOUN DET PROPN VERB VERB PUNCT", "NNP VBD IN NNS DT NNP VBN VBD .", 3, "NNS"},
		{"Oslo rejected the claim that sanctions the EU imposed had failed .", "PROPN VERB DET NOUN SCONJ NOUN DET PROPN VERB AUX VERB PUNCT", "NNP VBD DT NN IN NNS DT NNP VBN VBD VBN .", 5, "NNS"},
		{"Oslo passed laws that sanctions the firms .", "PROPN VERB NOUN PRON NOUN DET NOUN PUNCT", "NNP VBD NNS WDT NNS DT NNS .", 4, "NNS"},
		{"Oslo passed a law that sanctions firms .", "PROPN VERB DET NOUN PRON NOUN NOUN PUNCT", "NNP VBD DT NN WDT NNS NNS .", 5, "NNS"},
	})
}
