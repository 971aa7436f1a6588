package retag

import (
	"strings"
	"testing"
)

// TestCoordinatedPredicateObjectInfinitive checks the object-control case of
// CoordinatedPredicateVerb (objectInfinitive, fix26a) on hand-tagged sentences of our own: the -s
// word after "and" followed by a noun phrase opened by a proper name or any determiner
// (quantifiers included) and a to-infinitive is re-tagged VBZ ("urges Niger to open", "urges all
// parties to respect"); not without the to-infinitive, not without a VBZ verb before "and", and
// not when a finite verb follows (a zero relative clause keeps the noun).
func TestCoordinatedPredicateObjectInfinitive(t *testing.T) {
	for _, c := range []struct {
		forms, upos, xpos string
		want              int
	}{
		{"Portugal calls on all militias to disarm and urges Niger to open the border .", "PROPN VERB ADP DET NOUN PART VERB CCONJ NOUN PROPN PART VERB DET NOUN PUNCT", "NNP VBZ IN DT NNS TO VB CC NNS NNP TO VB DT NN .", 1},
		{"Austria welcomes the truce and urges all parties to respect it .", "PROPN VERB DET NOUN CCONJ NOUN DET NOUN PART VERB PRON PUNCT", "NNP VBZ DT NN CC NNS DT NNS TO VB PRP .", 1},
		{"Peru backs the plan and asks both sides to sign it .", "PROPN VERB DET NOUN CCONJ NOUN DET NOUN PART VERB PRON PUNCT", "NNP VBZ DT NN CC NNS DT NNS TO VB PRP .", 1},
		// no to-infinitive after the noun phrase: the quantifier stays outside the rule
		{"Peru backs the plan and friends all week .", "PROPN VERB DET NOUN CCONJ NOUN DET NOUN PUNCT", "NNP VBZ DT NN CC NNS DT NN .", 0},
		// no VBZ verb before "and"
		{"The truce and urges all parties to respect it were noted .", "DET NOUN CCONJ NOUN DET NOUN PART VERB PRON AUX VERB PUNCT", "DT NN CC NNS DT NNS TO VB PRP VBD VBN .", 0},
		// a finite verb after it: a zero relative clause ("the demands all parties made")
		{"Peru notes the threats and demands all parties made to end it .", "PROPN VERB DET NOUN CCONJ NOUN DET NOUN VERB PART VERB PRON PUNCT", "NNP VBZ DT NNS CC NNS DT NNS VBD TO VB PRP .", 0},
	} {
		f, u, x := strings.Fields(c.forms), strings.Fields(c.upos), strings.Fields(c.xpos)
		if n := CoordinatedPredicateVerb(f, u, x); n != c.want {
			t.Errorf("%q: re-tagged %d, want %d", c.forms, n, c.want)
		}
	}
}

// TestCoordinatedPredicateReportingClause checks that a finite verb after punctuation — a
// reporting clause (", the ministry said") — does not keep the noun reading, while one right
// after the noun phrase (a zero relative clause) still does.
func TestCoordinatedPredicateReportingClause(t *testing.T) {
	for _, c := range []struct {
		forms, upos, xpos string
		want              int
	}{
		{"Peru backs the plan and urges Chile to sign it , the ministry said .", "PROPN VERB DET NOUN CCONJ NOUN PROPN PART VERB PRON PUNCT DET NOUN VERB PUNCT", "NNP VBZ DT NN CC NNS NNP TO VB PRP , DT NN VBD .", 1},
		{"Peru notes the threats and demands their rivals made , the ministry said .", "PROPN VERB DET NOUN CCONJ NOUN PRON NOUN VERB PUNCT DET NOUN VERB PUNCT", "NNP VBZ DT NNS CC NNS PRP$ NNS VBD , DT NN VBD .", 0},
	} {
		f, u, x := strings.Fields(c.forms), strings.Fields(c.upos), strings.Fields(c.xpos)
		if n := CoordinatedPredicateVerb(f, u, x); n != c.want {
			t.Errorf("%q: re-tagged %d, want %d", c.forms, n, c.want)
		}
	}
}
