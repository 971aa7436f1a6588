package discourse

import "testing"

// Round 19 of issue 12: the chair's introduction of a witness by "Our witness today is …" and
// welcoming the press are furniture (House Practice ch. 29; Clayman & Heritage 2002); sentences
// of my own wording.
func TestWitnessIntroductionFurniture(t *testing.T) {
	for s, want := range map[string]bool{
		"Our witness today is the Deputy Administrator of the Coast Guard, Admiral Rhee.": true,
		"Our witnesses this morning are the heads of the two port authorities.":           true,
		"We welcome our friends from the media.":                                          true,
		"Our witness today has refused to answer the committee's letters.":                false,
		"We welcome the decision of the port authority to reopen the terminal.":           false,
	} {
		if got := Furniture(s); got != want {
			t.Errorf("Furniture(%q) = %v, want %v", s, got, want)
		}
	}
}
