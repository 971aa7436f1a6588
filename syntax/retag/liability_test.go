package retag

import "testing"

// TestLiabilityAdjective: liable, accountable, culpable have no noun sense; read as nouns they
// become adjectives, and other nouns stay.
func TestLiabilityAdjective(t *testing.T) {
	forms := []string{"held", "Shell", "liable", "for", "the", "liability"}
	upos := []string{"VERB", "PROPN", "NOUN", "ADP", "DET", "NOUN"}
	xpos := []string{"VBD", "NNP", "NN", "IN", "DT", "NN"}
	if n := LiabilityAdjective(forms, upos, xpos); n != 1 || upos[2] != "ADJ" || xpos[2] != "JJ" || upos[5] != "NOUN" {
		t.Errorf("LiabilityAdjective = %d, tags %v %v", n, upos, xpos)
	}
}
