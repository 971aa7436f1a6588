package retag

import "testing"

// Session 27 (tags27): repairs of the bidirectional news tagger's error shapes. Each table has
// sentences written for it that must change and near misses that must not; the tags are the
// shapes the tagger gives (or could give) them.

// TestBaseAfterModal: after a central modal (and adverbs) a word with a verb reading is the
// bare infinitive (Quirk 3.41). Near misses: an inverted modal before its subject, a word with
// no verb reading, a capitalized word.
func TestBaseAfterModal(t *testing.T) {
	checkXPOS(t, BaseAfterModal, []xposCase{
		{"The ministry will detail new curbs .", "DET NOUN AUX NOUN ADJ NOUN PUNCT", "DT NN MD NN JJ NNS .", 3, "VB"},
		{"Peru would not return the ships .", "PROPN AUX PART NOUN DET NOUN PUNCT", "NNP MD RB NN DT NNS .", 3, "VB"},
		{"Oslo will also phase out the levy .", "PROPN AUX ADV NOUN ADP DET NOUN PUNCT", "NNP MD RB NN RP DT NN .", 3, "VB"},
		{"Lima said it would free the crew .", "PROPN VERB PRON AUX ADJ DET NOUN PUNCT", "NNP VBD PRP MD JJ DT NN .", 4, "VB"},
		// near misses
		{"Can government act ?", "AUX NOUN VERB PUNCT", "MD NN VB .", 1, "NN"},
		{"What can government do ?", "PRON AUX NOUN VERB PUNCT", "WP MD NN VB .", 2, "NN"},
		{"Oslo will Monday sign .", "PROPN AUX PROPN VERB PUNCT", "NNP MD NNP VB .", 2, "NNP"},
		{"Chile said it could tomorrow .", "PROPN VERB PRON AUX NOUN PUNCT", "NNP VBD PRP MD NN .", 4, "NN"},
	})
}

// TestInfinitiveBeforeDeterminer: "to" + adjective/noun with a verb reading + a determiner is a
// to-infinitive with its object (Quirk 5.13, 17.2, 3.54). Near misses: no determiner after it,
// a predeterminer, a reduplicated adverbial, no verb reading.
func TestInfinitiveBeforeDeterminer(t *testing.T) {
	checkXPOS(t, InfinitiveBeforeDeterminer, []xposCase{
		{"Norway called on the junta to free the prisoners .", "PROPN VERB ADP DET NOUN ADP ADJ DET NOUN PUNCT", "NNP VBD IN DT NN IN JJ DT NNS .", 6, "VB"},
		{"Norway called on the junta to free the prisoners .", "PROPN VERB ADP DET NOUN ADP ADJ DET NOUN PUNCT", "NNP VBD IN DT NN IN JJ DT NNS .", 5, "TO"},
		{"Ghana urged Togo to reopen the border and to free the traders .", "PROPN VERB PROPN PART VERB DET NOUN CCONJ PART ADJ DET NOUN PUNCT", "NNP VBD NNP TO VB DT NN CC TO JJ DT NNS .", 9, "VB"},
		{"Oslo pressed Quito to scrap its levy .", "PROPN VERB PROPN PART NOUN PRON NOUN PUNCT", "NNP VBD NNP TO NN PRP$ NN .", 4, "VB"},
		// near misses
		{"Oslo gave money to free prisoners .", "PROPN VERB NOUN ADP ADJ NOUN PUNCT", "NNP VBD NN IN JJ NNS .", 4, "JJ"},
		{"From time to time the ministry wrote .", "ADP NOUN ADP NOUN DET NOUN VERB PUNCT", "IN NN IN NN DT NN VBD .", 3, "NN"},
		{"Oslo sent letters to Chile the next day .", "PROPN VERB NOUN ADP PROPN DET ADJ NOUN PUNCT", "NNP VBD NNS IN NNP DT JJ NN .", 4, "NNP"},
		{"Oslo spoke to foreign the ministers .", "PROPN VERB ADP ADJ DET NOUN PUNCT", "NNP VBD IN JJ DT NNS .", 3, "JJ"},
	})
}

// TestPastAfterPronoun: an -ed form right after a pronoun subject, with no auxiliary, is the past
// tense (Quirk 3.52, 6.11, 17.29). Near misses: "it" as an object ("had it repaired"), a form
// that is only a participle, an accusative pronoun.
func TestPastAfterPronoun(t *testing.T) {
	checkXPOS(t, PastAfterPronoun, []xposCase{
		{"Peru will keep the tariffs it imposed on Chilean wine .", "PROPN AUX VERB DET NOUN PRON VERB ADP ADJ NOUN PUNCT", "NNP MD VB DT NNS PRP VBN IN JJ NN .", 6, "VBD"},
		{"They imposed duties .", "PRON VERB NOUN PUNCT", "PRP VBN NNS .", 1, "VBD"},
		{"Oslo said she signed the accord .", "PROPN VERB PRON VERB DET NOUN PUNCT", "NNP VBD PRP VBN DT NN .", 3, "VBD"},
		// near misses
		{"Oslo had it repaired .", "PROPN VERB PRON VERB PUNCT", "NNP VBD PRP VBN .", 3, "VBN"},
		{"They taken aback , the envoys left .", "PRON VERB ADV PUNCT DET NOUN VERB PUNCT", "PRP VBN RB , DT NNS VBD .", 1, "VBN"},
		{"Oslo saw them defeated .", "PROPN VERB PRON VERB PUNCT", "NNP VBD PRP VBN .", 3, "VBN"},
	})
}

// TestSubjunctiveBase: the mandative subjunctive after a singular subject is VB, not VBP (Quirk
// 16.32; EWT); a noun or adjective before a particle there is the clause's verb. Near misses: a
// plural subject, no mandative verb, no particle.
func TestSubjunctiveBase(t *testing.T) {
	checkXPOS(t, SubjunctiveBase, []xposCase{
		{"Austria demanded that Serbia release the men .", "PROPN VERB SCONJ PROPN VERB DET NOUN PUNCT", "NNP VBD IN NNP VBP DT NNS .", 4, "VB"},
		{"Oslo insisted that the ministry publish the list .", "PROPN VERB SCONJ DET NOUN VERB DET NOUN PUNCT", "NNP VBD IN DT NN VBP DT NN .", 5, "VB"},
		{"The IMF demanded that Kenya phase out fuel subsidies .", "DET PROPN VERB SCONJ PROPN NOUN ADP NOUN NOUN PUNCT", "DT NNP VBD IN NNP NN RP NN NNS .", 5, "VB"},
		{"Ghana repeated its demand that Togo return the traders .", "PROPN VERB PRON NOUN SCONJ PROPN VERB DET NOUN PUNCT", "NNP VBD PRP$ NN IN NNP VBP DT NNS .", 6, "VB"},
		// near misses
		{"Oslo insisted that the ministers publish the list .", "PROPN VERB SCONJ DET NOUN VERB DET NOUN PUNCT", "NNP VBD IN DT NNS VBP DT NN .", 5, "VBP"},
		{"Austria said that Serbia release the men .", "PROPN VERB SCONJ PROPN VERB DET NOUN PUNCT", "NNP VBD IN NNP VBP DT NNS .", 4, "VBP"},
		{"The IMF demanded that Kenya phase fuel subsidies out .", "DET PROPN VERB SCONJ PROPN NOUN NOUN NOUN ADP PUNCT", "DT NNP VBD IN NNP NN NN NNS RP .", 5, "NN"},
	})
}
