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

// TestSubjunctiveBase: the mandative subjunctive after a singular subject is VB, not VBP (Quirk
// 16.32; EWT); a noun or adjective before a particle there is the clause's verb. Near misses: a
// plural subject, no mandative verb, no particle.
func TestSubjunctiveBase(t *testing.T) {
	checkXPOS(t, SubjunctiveBase, []xposCase{
		{"Austria demanded that Serbia release the men .", "PROPN VERB SCONJ PROPN VERB DET NOUN PUNCT", "NNP VBD IN NNP VBP DT NNS .", 4, "VB"},
		{"Oslo insisted that the ministry publish the list .", "PROPN VERB SCONJ DET NOUN VERB DET NOUN PUNCT", "NNP VBD IN DT NN VBP DT NN .", 5, "VB"},
		{"The IMF demanded that Kenya phase out fuel subsidies .", "DET PROPN VERB SCONJ PROPN NOUN ADP NOUN NOUN PUNCT", "DT NNP VBD IN NNP NN RP NN NNS .", 5, "VB"},
		{"Ghana repeated its demand that Togo return the traders .", "PROPN VERB PRON NOUN SCONJ PROPN VERB DET NOUN PUNCT", "NNP VBD PRP$ NN IN NNP VBP DT NNS .", 6, "VB"},
		{"Ghana 's demand that Togo return to the talks was welcomed .", "PROPN PART NOUN PRON PROPN NOUN ADP DET NOUN AUX VERB PUNCT", "NNP POS NN WDT NNP NN IN DT NNS VBD VBN .", 5, "VB"},
		// near misses
		{"Ghana 's demand that Togo aid to farmers be cut was welcomed .", "PROPN PART NOUN PRON PROPN NOUN ADP NOUN AUX VERB AUX VERB PUNCT", "NNP POS NN WDT NNP NN IN NNS VB VBN VBD VBN .", 5, "NN"},
		{"Oslo insisted that the ministers publish the list .", "PROPN VERB SCONJ DET NOUN VERB DET NOUN PUNCT", "NNP VBD IN DT NNS VBP DT NN .", 5, "VBP"},
		{"Austria said that Serbia release the men .", "PROPN VERB SCONJ PROPN VERB DET NOUN PUNCT", "NNP VBD IN NNP VBP DT NNS .", 4, "VBP"},
		{"The IMF demanded that Kenya phase fuel subsidies out .", "DET PROPN VERB SCONJ PROPN NOUN NOUN NOUN ADP PUNCT", "DT NNP VBD IN NNP NN NN NNS RP .", 5, "NN"},
	})
}

// TestPastAfterOpeningName: an -ed form after an opening proper name (or a name after the
// relative "that"/"which") with no auxiliary is the past tense (Quirk 3.52, 17.3, 17.14). Near
// misses: a passive headline with "to", a participle-only form, a by-phrase, a common noun
// subject.
func TestPastAfterOpeningName(t *testing.T) {
	checkXPOS(t, PastAfterOpeningName, []xposCase{
		{"Chad told diplomats that it would act .", "PROPN VERB NOUN SCONJ PRON AUX VERB PUNCT", "NNP VBN NNS IN PRP MD VB .", 1, "VBD"},
		{"South Korea imposed a ban .", "PROPN PROPN VERB DET NOUN PUNCT", "NNP NNP VBN DT NN .", 2, "VBD"},
		{"The tariff that Mexico imposed in 1998 was a mistake .", "DET NOUN PRON PROPN VERB ADP NUM AUX DET NOUN PUNCT", "DT NN WDT NNP VBN IN CD VBD DT NN .", 4, "VBD"},
		// near misses
		{"Chad told to leave .", "PROPN VERB PART VERB PUNCT", "NNP VBN TO VB .", 1, "VBN"},
		{"Chad given a deadline .", "PROPN VERB DET NOUN PUNCT", "NNP VBN DT NN .", 1, "VBN"},
		{"The tariff that Mexico imposed by decree lapsed .", "DET NOUN PRON PROPN VERB ADP NOUN VERB PUNCT", "DT NN WDT NNP VBN IN NN VBD .", 4, "VBN"},
		{"The tariffs imposed a burden .", "DET NOUN VERB DET NOUN PUNCT", "DT NNS VBN DT NN .", 2, "VBN"},
	})
}

// TestFinitelessPastVerb: in a sentence with no finite verb, a past form read as an adjective or
// noun after the opening noun phrase's head and before a noun phrase is the verb (Quirk 2.3,
// 17.2). Near misses: a sentence with a finite verb, no noun phrase after it, no past form.
func TestFinitelessPastVerb(t *testing.T) {
	checkXPOS(t, FinitelessPastVerb, []xposCase{
		{"The criticism of Israel by Canada surprised diplomats .", "DET NOUN ADP PROPN ADP PROPN ADJ NOUN PUNCT", "DT NN IN NNP IN NNP JJ NNS .", 6, "VBD"},
		{"The Bhutanese foreign ministry set a deadline for Cambodia .", "DET ADJ ADJ NOUN NOUN DET NOUN ADP PROPN PUNCT", "DT JJ JJ NN NN DT NN IN NNP .", 4, "VBD"},
		// near misses
		{"The surprised diplomats left .", "DET ADJ NOUN VERB PUNCT", "DT JJ NNS VBD .", 1, "JJ"},
		{"Canada surprised diplomats who left .", "PROPN ADJ NOUN PRON VERB PUNCT", "NNP JJ NNS WP VBD .", 1, "JJ"},
		{"Great food , relaxed atmosphere .", "ADJ NOUN PUNCT ADJ NOUN PUNCT", "JJ NN , JJ NN .", 3, "JJ"},
		{"Cheap air tickets for corporate travel .", "ADJ NOUN NOUN ADP ADJ NOUN PUNCT", "JJ NN NNS IN JJ NN .", 1, "NN"},
	})
}

// TestSupplementiveParticiple: a comma-set-off -ed form with a by-phrase after an opening name,
// with a finite verb after the closing comma, is a passive participle (Quirk 15.56, 17.34).
// Near misses: no later finite verb, no by-phrase.
func TestSupplementiveParticiple(t *testing.T) {
	checkXPOS(t, SupplementiveParticiple, []xposCase{
		{"Hungary , condemned by the EU for its law , defended the law .", "PROPN PUNCT VERB ADP DET PROPN ADP PRON NOUN PUNCT VERB DET NOUN PUNCT", "NNP , VBD IN DT NNP IN PRP$ NN , VBD DT NN .", 2, "VBN"},
		// near misses
		{"Hungary , condemned by the EU , and Poland .", "PROPN PUNCT VERB ADP DET PROPN PUNCT CCONJ PROPN PUNCT", "NNP , VBD IN DT NNP , CC NNP .", 2, "VBD"},
		{"Hungary , Chile said , defended the law .", "PROPN PUNCT PROPN VERB PUNCT VERB DET NOUN PUNCT", "NNP , NNP VBD , VBD DT NN .", 3, "VBD"},
		{"Hungary , condemned in Brussels , defended the law .", "PROPN PUNCT VERB ADP PROPN PUNCT VERB DET NOUN PUNCT", "NNP , VBD IN NNP , VBD DT NN .", 2, "VBD"},
	})
}

// TestParticipleAfterOperator: an -ed form after be or have (adverbs between) is the participle
// (Quirk 3.54, 3.63). Near misses: a main verb "had" tagged a verb, a comma between, a past-only
// form.
func TestParticipleAfterOperator(t *testing.T) {
	checkXPOS(t, ParticipleAfterOperator, []xposCase{
		{"The calls were rejected by the committee .", "DET NOUN AUX VERB ADP DET NOUN PUNCT", "DT NNS VBD VBD IN DT NN .", 3, "VBN"},
		{"Israel has never officially said that .", "PROPN AUX ADV ADV VERB PRON PUNCT", "NNP VBZ RB RB VBD DT .", 4, "VBN"},
		// near misses
		{"Oslo had troops deployed .", "PROPN VERB NOUN VERB PUNCT", "NNP VBD NNS VBD .", 3, "VBD"},
		{"The question was , Oslo replied .", "DET NOUN AUX PUNCT PROPN VERB PUNCT", "DT NN VBD , NNP VBD .", 5, "VBD"},
		{"What it had took years .", "PRON PRON AUX VERB NOUN PUNCT", "WP PRP VBD VBD NNS .", 3, "VBD"},
	})
}
