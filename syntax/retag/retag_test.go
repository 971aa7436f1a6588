package retag

import "testing"

// TestThatClauseVerb: a plural-looking -s word between an opening name or determined noun phrase
// and a that-clause is re-tagged as the verb only when the clause holds the sentence's only finite
// verb (thatClauseVerb, openingSubjectEnd); the loader's TestThatClauseVerb and
// TestDeterminedSubjectThatClause check the relations that follow.
func TestThatClauseVerb(t *testing.T) {
	// the tags alone: a noun with a relative clause, whose sentence has two finite verbs after
	// "that", stays a noun
	forms := []string{"Iran", "talks", "that", "began", "in", "May", "failed", "."}
	upos := []string{"PROPN", "NOUN", "PRON", "VERB", "ADP", "PROPN", "VERB", "PUNCT"}
	xpos := []string{"NNP", "NNS", "WDT", "VBD", "IN", "NNP", "VBD", "."}
	if thatClauseVerb(forms, upos, xpos) || xpos[1] != "NNS" {
		t.Errorf("Iran talks that began in May failed: re-tagged %q", xpos[1])
	}
	forms = []string{"Chile", "demands", "that", "Peru", "withdraw", "."}
	upos = []string{"PROPN", "NOUN", "PRON", "PROPN", "VERB", "PUNCT"}
	xpos = []string{"NNP", "NNS", "WDT", "NNP", "VBP", "."}
	if !thatClauseVerb(forms, upos, xpos) || xpos[1] != "VBZ" {
		t.Errorf("Chile demands that Peru withdraw: not re-tagged (%q)", xpos[1])
	}
}

// TestThatClauseVerbDetermined: a relative clause after a determined subject, or a plural head,
// keeps its noun.
func TestThatClauseVerbDetermined(t *testing.T) {
	// the tags alone: a noun with a relative clause after a determined subject, whose sentence
	// has two finite verbs after "that" outside any adverbial clause, stays a noun
	forms := []string{"The", "union", "demands", "that", "were", "rejected", "last", "year", "resurfaced", "."}
	upos := []string{"DET", "NOUN", "NOUN", "PRON", "AUX", "VERB", "ADJ", "NOUN", "VERB", "PUNCT"}
	xpos := []string{"DT", "NN", "NNS", "WDT", "VBD", "VBN", "JJ", "NN", "VBD", "."}
	if thatClauseVerb(forms, upos, xpos) || xpos[2] != "NNS" {
		t.Errorf("The union demands that were rejected last year resurfaced: re-tagged %q", xpos[2])
	}
	// a plural head ("Our demands that …") is no singular subject
	forms = []string{"Our", "demands", "that", "Chile", "return", "the", "boats", "."}
	upos = []string{"PRON", "NOUN", "PRON", "PROPN", "VERB", "DET", "NOUN", "PUNCT"}
	xpos = []string{"PRP$", "NNS", "WDT", "NNP", "VBP", "DT", "NNS", "."}
	if thatClauseVerb(forms, upos, xpos) || xpos[1] != "NNS" {
		t.Errorf("Our demands that Chile return the boats: re-tagged %q", xpos[1])
	}
}

// TestParticipleAfterInfinitive: an -ed form between an infinitive's verb and its object's noun
// premodifies the noun (participleAfterInfinitive).
func TestParticipleAfterInfinitive(t *testing.T) {
	forms := []string{"to", "send", "rejected", "asylum", "seekers"}
	upos := []string{"PART", "VERB", "VERB", "NOUN", "NOUN"}
	xpos := []string{"TO", "VB", "VBD", "NN", "NNS"}
	if !participleAfterInfinitive(forms, upos, xpos) || xpos[2] != "VBN" {
		t.Errorf("to send rejected asylum seekers: not re-tagged (%q)", xpos[2])
	}
}

func TestGenitiveHead(t *testing.T) {
	forms := []string{"Chile", "'s", "refusal", "to", "sign", "the", "treaty"}
	upos := []string{"PROPN", "PART", "ADJ", "PART", "VERB", "DET", "NOUN"}
	xpos := []string{"NNP", "POS", "JJ", "TO", "VB", "DT", "NN"}
	if GenitiveHead(forms, upos, xpos) != 1 || xpos[2] != "NN" || upos[2] != "NOUN" {
		t.Errorf("Chile's refusal to sign: not re-tagged (%q %q)", upos[2], xpos[2])
	}
	forms = []string{"Chile", "'s", "new", "treaty"}
	upos = []string{"PROPN", "PART", "ADJ", "NOUN"}
	xpos = []string{"NNP", "POS", "JJ", "NN"}
	if GenitiveHead(forms, upos, xpos) != 0 || xpos[2] != "JJ" {
		t.Errorf("Chile's new treaty: re-tagged %q", xpos[2])
	}
	forms = []string{"Chile", "'s", "ready", "to", "sign"}
	upos = []string{"PROPN", "AUX", "ADJ", "PART", "VERB"}
	xpos = []string{"NNP", "VBZ", "JJ", "TO", "VB"}
	if GenitiveHead(forms, upos, xpos) != 0 || xpos[2] != "JJ" {
		t.Errorf("Chile's ready to sign (is): re-tagged %q", xpos[2])
	}
}
