package retag

import (
	"strings"
	"testing"
)

// TestCoordinatedPredicatePrepInfinitive checks the prepositional-verb case of
// CoordinatedPredicateVerb (prepObjectInfinitive) on hand-tagged sentences of our own: the -s
// word after "and" followed by preposition + noun phrase + to-infinitive is re-tagged VBZ, and
// not without the to-infinitive or without a VBZ verb before "and".
func TestCoordinatedPredicatePrepInfinitive(t *testing.T) {
	for _, c := range []struct {
		forms, upos, xpos string
		want              int
	}{
		{"Peru regrets the clash and calls upon Chile to withdraw .", "PROPN VERB DET NOUN CCONJ NOUN ADP PROPN PART VERB PUNCT", "NNP VBZ DT NN CC NNS IN NNP TO VB .", 1},
		{"Ghana deplores the raid and appeals to the two armies to stop .", "PROPN VERB DET NOUN CCONJ NOUN ADP DET NUM NOUN PART VERB PUNCT", "NNP VBZ DT NN CC NNS IN DT CD NNS TO VB .", 1},
		// no to-infinitive: "calls for Chile's release" stays a noun reading
		{"Peru regrets the clash and calls for Chile 's help .", "PROPN VERB DET NOUN CCONJ NOUN ADP PROPN PART NOUN PUNCT", "NNP VBZ DT NN CC NNS IN NNP POS NN .", 0},
		// no VBZ verb before "and"
		{"The clash and calls upon Chile to withdraw were reported .", "DET NOUN CCONJ NOUN ADP PROPN PART VERB AUX VERB PUNCT", "DT NN CC NNS IN NNP TO VB VBD VBN .", 0},
	} {
		f, u, x := strings.Fields(c.forms), strings.Fields(c.upos), strings.Fields(c.xpos)
		if n := CoordinatedPredicateVerb(f, u, x); n != c.want {
			t.Errorf("%q: re-tagged %d, want %d", c.forms, n, c.want)
		}
	}
}
