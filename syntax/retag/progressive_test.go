package retag

import (
	"testing"

	"github.com/claimgraph/claimgraph/syntax"
)

// TestProgressiveAndCoordinatedPredicate (left22): the -ing participle of a progressive read as
// an adjective before its object, and the second of two coordinated predicates read as a plural
// noun, on tag sequences of sentences written for this test; each with near misses that keep
// their tags.
func TestProgressiveAndCoordinatedPredicate(t *testing.T) {
	for _, c := range []struct {
		forms, upos, xpos string
		at                int
		want              string
		run               func(f, u, x []string) int
	}{
		{"We are imposing sanctions on the generals .", "PRON AUX ADJ NOUN ADP DET NOUN PUNCT", "PRP VBP JJ NNS IN DT NNS .", 2, "VBG", ProgressiveAfterBe},
		{"I am now considering measures against the firm .", "PRON AUX ADV ADJ NOUN ADP DET NOUN PUNCT", "PRP VBP RB JJ NNS IN DT NN .", 3, "VBG", ProgressiveAfterBe},
		{"They are blocking our exports .", "PRON AUX ADJ PRON NOUN PUNCT", "PRP VBP JJ PRP$ NNS .", 2, "VBG", ProgressiveAfterBe},
		{"They are worrying signs for the economy .", "PRON AUX ADJ NOUN ADP DET NOUN PUNCT", "PRP VBP JJ NNS IN DT NN .", 2, "JJ", ProgressiveAfterBe},
		{"We are caring parents .", "PRON AUX ADJ NOUN PUNCT", "PRP VBP JJ NNS .", 2, "JJ", ProgressiveAfterBe},
		{"The results are encouraging signs of recovery .", "DET NOUN AUX ADJ NOUN ADP NOUN PUNCT", "DT NNS VBP JJ NNS IN NN .", 3, "JJ", ProgressiveAfterBe},
		{"Chile rejects the arrest of the mayor and demands his release .", "PROPN VERB DET NOUN ADP DET NOUN CCONJ NOUN PRON NOUN PUNCT", "NNP VBZ DT NN IN DT NN CC NNS PRP$ NN .", 8, "VBZ", CoordinatedPredicateVerb},
		{"The ministry condemns the raid and urges them to leave .", "DET NOUN VERB DET NOUN CCONJ NOUN PRON PART VERB PUNCT", "DT NN VBZ DT NN CC NNS PRP TO VB .", 6, "VBZ", CoordinatedPredicateVerb},
		{"Chile rejects the threats and demands their rivals made .", "PROPN VERB DET NOUN CCONJ NOUN PRON NOUN VERB PUNCT", "NNP VBZ DT NNS CC NNS PRP$ NNS VBD .", 5, "NNS", CoordinatedPredicateVerb},
		{"Chile rejected the arrest and demands for his release .", "PROPN VERB DET NOUN CCONJ NOUN ADP PRON NOUN PUNCT", "NNP VBD DT NN CC NNS IN PRP$ NN .", 5, "NNS", CoordinatedPredicateVerb},
		{"The arrests and demands their families voiced were ignored .", "DET NOUN CCONJ NOUN PRON NOUN VERB AUX VERB PUNCT", "DT NNS CC NNS PRP$ NNS VBD VBD VBN .", 3, "NNS", CoordinatedPredicateVerb},
	} {
		f, u, x := fields(c.forms), fields(c.upos), fields(c.xpos)
		c.run(f, u, x)
		if x[c.at] != c.want {
			t.Errorf("%s: %s tagged %s, want %s", c.forms, f[c.at], x[c.at], c.want)
		}
	}
}

// TestRepairsOnTagger runs the embedded tagger and Sentence on sentences written for this test
// whose stance verb the tagger alone gets wrong: the repairs must give the verb reading.
func TestRepairsOnTagger(t *testing.T) {
	m, err := syntax.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		at   int
		want string
	}{
		{"We are imposing sanctions on the officials responsible .", 2, "VBG"},
		{"Sweden rejects the detention of the reporters and demands their immediate release .", 8, "VBZ"},
	} {
		f := fields(c.text)
		u, x := make([]string, len(f)), make([]string, len(f))
		m.Tagger().Tag(f, u, x)
		Sentence(f, u, x, nil)
		if x[c.at] != c.want {
			t.Errorf("%s: %s tagged %s/%s, want %s", c.text, f[c.at], u[c.at], x[c.at], c.want)
		}
	}
}
