package retag

import "testing"

// TestMandativeAfterAdjunct (fixnu22a, issue 13 C7/P2/P4/B7): the verb of a mandative that-clause
// is re-tagged after a prepositional time adjunct between the verb and "that" ("demanded on
// Friday that …"), after a genitive subject ("that Chad's government free …") and before a
// particle tagged an adverb with a numeral object ("hand over 12 …").
func TestMandativeAfterAdjunct(t *testing.T) {
	checkXPOS(t, MandativeClauseVerb, []xposCase{
		{"Niger demanded on Friday that Chad free the hostages .", "PROPN VERB ADP PROPN SCONJ PROPN NOUN DET NOUN PUNCT", "NNP VBD IN NNP IN NNP NN DT NNS .", 6, "VB"},
		{"Niger demanded that Chad 's government free the hostages .", "PROPN VERB SCONJ PROPN PART NOUN NOUN DET NOUN PUNCT", "NNP VBD IN NNP POS NN NN DT NNS .", 6, "VB"},
		{"Niger demanded that Chad hand over 12 suspects .", "PROPN VERB SCONJ PROPN NOUN ADV NUM NOUN PUNCT", "NNP VBD IN NNP NN RB CD NNS .", 4, "VB"},
		// near misses: a relative clause after the adjunct's noun has its own verb; no mandative verb
		{"Niger demanded on Friday that Chad had refused the plan .", "PROPN VERB ADP PROPN SCONJ PROPN AUX VERB DET NOUN PUNCT", "NNP VBD IN NNP IN NNP VBD VBN DT NN .", 6, "VBD"},
		{"Niger said on Friday that Chad free the hostages .", "PROPN VERB ADP PROPN SCONJ PROPN NOUN DET NOUN PUNCT", "NNP VBD IN NNP IN NNP NN DT NNS .", 6, "NN"},
	})
}

// TestMandativeReducedRelative (fixnu23b, issue 13 C1): a past tense after the object's noun in
// a mandative clause is a reduced relative's participle (Quirk 17.98), not the clause's verb; the
// clause's verb before it is re-tagged. Near misses: a compound subject before a past tense with
// its own preposition ("Chad border guards fired on …"), a past tense with an object of its own.
func TestMandativeReducedRelative(t *testing.T) {
	checkXPOS(t, MandativeClauseVerb, []xposCase{
		{"Mali demanded that Niger free two soldiers captured in Gao .", "PROPN VERB SCONJ PROPN ADJ NUM NOUN VERB ADP PROPN PUNCT", "NNP VBD IN NNP JJ CD NNS VBD IN NNP .", 4, "VB"},
		{"Fiji urged that Tonga return the boats seized last month .", "PROPN VERB SCONJ PROPN NOUN DET NOUN VERB ADJ NOUN PUNCT", "NNP VBD IN NNP NN DT NNS VBD JJ NN .", 4, "VB"},
		// near misses
		{"Mali insisted that Niger border guards fired on the convoy .", "PROPN VERB SCONJ PROPN NOUN NOUN VERB ADP DET NOUN PUNCT", "NNP VBD IN NNP NN NNS VBD IN DT NN .", 4, "NN"},
		{"Mali suggested that Niger free two soldiers attacked the base .", "PROPN VERB SCONJ PROPN ADJ NUM NOUN VERB DET NOUN PUNCT", "NNP VBD IN NNP JJ CD NNS VBD DT NN .", 4, "JJ"},
	})
}

// TestMandativeCoordinatedPredicate (fixnu23b, issue 13 C8): the second of coordinated base-form
// predicates after "and" is no verb of the clause's own before the first: the first is re-tagged.
// Near miss: a clause whose own verb is not after a coordinator ("that the talks be held and
// ...") is left.
func TestMandativeCoordinatedPredicate(t *testing.T) {
	checkXPOS(t, MandativeClauseVerb, []xposCase{
		{"We demand that Chad end the raids and restore the road .", "PRON VERB SCONJ PROPN NOUN DET NOUN CCONJ VERB DET NOUN PUNCT", "PRP VBP IN NNP NN DT NNS CC VB DT NN .", 4, "VB"},
		{"We demand that the Government of Chad release all prisoners and allow visits .", "PRON VERB SCONJ DET PROPN ADP PROPN NOUN DET NOUN CCONJ VERB NOUN PUNCT", "PRP VBP IN DT NNP IN NNP NN DT NNS CC VB NNS .", 7, "VB"},
		// near miss: the clause's verb comes first ("be"), no candidate is re-tagged
		{"We demand that Chad border be opened and trade restored .", "PRON VERB SCONJ PROPN NOUN AUX VERB CCONJ NOUN VERB PUNCT", "PRP VBP IN NNP NN VB VBN CC NN VBN .", 4, "NN"},
	})
}
