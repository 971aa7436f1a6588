package retag

import "testing"

// TestOneWordNames: a capitalized word the caller marks as a one-word country name is a proper
// noun whatever the tagger read ("Senegal/JJ", "Lesotho/VB"); an unmarked word and a lower-case
// word are left (sentences written for this test).
func TestOneWordNames(t *testing.T) {
	cases := []struct {
		forms, upos, xpos string
		one               []bool
		at                int
		want              string
	}{
		{"Senegal backs the mediation .", "ADJ NOUN DET NOUN PUNCT", "JJ NNS DT NN .", []bool{true}, 0, "NNP"},
		{"Lesotho demands compensation .", "VERB NOUN NOUN PUNCT", "VB NNS NN .", []bool{true}, 0, "NNP"},
		{"Guard troops patrol .", "NOUN NOUN VERB PUNCT", "NN NNS VBP .", []bool{false}, 0, "NN"},
		{"turkey prices rose .", "NOUN NOUN VERB PUNCT", "NN NNS VBD .", []bool{true}, 0, "NN"},
	}
	for _, c := range cases {
		f, u, x := fields(c.forms), fields(c.upos), fields(c.xpos)
		OneWordNames(f, u, x, c.one)
		if x[c.at] != c.want {
			t.Errorf("%q: word %d tagged %s, want %s", c.forms, c.at, x[c.at], c.want)
		}
	}
}

// TestPastBeforeClosingReportingClause: the -ed form after the subject is the past tense when the
// only finite verb after it is a reporting clause that closes the sentence (Quirk et al. 1985,
// 15.53-15.54); a reporting clause that interrupts the sentence leaves a later verb to the clause.
func TestPastBeforeClosingReportingClause(t *testing.T) {
	cases := []struct {
		forms, upos, xpos string
		want              string
	}{
		{"Nepal reinforced patrols near India , officials said .",
			"PROPN VERB NOUN ADP PROPN PUNCT NOUN VERB PUNCT", "NNP VBN NNS IN NNP , NNS VBD .", "VBD"},
		{"Nepal reinforced patrols , the ministry says .",
			"PROPN VERB NOUN PUNCT DET NOUN VERB PUNCT", "NNP VBN NNS , DT NN VBZ .", "VBD"},
		{"Troops deployed near India , officials said , included commandos .",
			"NOUN VERB ADP PROPN PUNCT NOUN VERB PUNCT VERB NOUN PUNCT", "NNS VBN IN NNP , NNS VBD , VBD NNS .", "VBN"},
	}
	for _, c := range cases {
		f, u, x := fields(c.forms), fields(c.upos), fields(c.xpos)
		PastForParticiple(f, u, x)
		if x[1] != c.want {
			t.Errorf("%q: word 1 tagged %s, want %s", c.forms, x[1], c.want)
		}
	}
}

// TestOneWordNamesSingularNoun: a name tagged a singular common noun is left as tagged.
func TestOneWordNamesSingularNoun(t *testing.T) {
	f, u, x := fields("Qatar will provide aid ."), fields("NOUN AUX VERB NOUN PUNCT"), fields("NN MD VB NN .")
	OneWordNames(f, u, x, []bool{true})
	if x[0] != "NN" {
		t.Errorf("Qatar/NN re-tagged %s", x[0])
	}
}
