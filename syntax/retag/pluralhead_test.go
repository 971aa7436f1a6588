package retag

import "testing"

// TestPluralHeadBeforeVerb (no23e, issue 13 O10): an -s word tagged a verb between a clause's
// opening capitalized premodifier and the clause's finite verb is the subject's plural head.
// Near misses: "helps" with a bare infinitive, a verb after the -s word that is no finite form,
// and a premodifier that does not open the clause.
func TestPluralHeadBeforeVerb(t *testing.T) {
	checkXPOS(t, PluralHeadBeforeVerb, []xposCase{
		{"Oslo would act unless Swedish trawlers quit the fjord .", "PROPN AUX VERB SCONJ PROPN VERB VERB DET NOUN PUNCT", "NNP MD VB IN NNP VBZ VB DT NN .", 5, "NNS"},
		{"Danish frigates stayed in the strait .", "ADJ VERB VERB ADP DET NOUN PUNCT", "JJ VBZ VBD IN DT NN .", 1, "NNS"},
		// near misses
		{"Oslo would act unless Sweden helps build the dam .", "PROPN AUX VERB SCONJ PROPN VERB VERB DET NOUN PUNCT", "NNP MD VB IN NNP VBZ VB DT NN .", 5, "VBZ"},
		{"Oslo would act unless Sweden stops fishing there .", "PROPN AUX VERB SCONJ PROPN VERB VERB ADV PUNCT", "NNP MD VB IN NNP VBZ VBG RB .", 5, "VBZ"},
		{"Oslo said the Swedish minister quits today .", "PROPN VERB DET ADJ NOUN VERB NOUN PUNCT", "NNP VBD DT JJ NN VBZ NN .", 5, "VBZ"},
	})
}
