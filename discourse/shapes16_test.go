package discourse

import "testing"

// TestCourtesyAndSelectionFurniture: the speaker's thanks for the opportunity to speak and the
// chair's selection of the next questioner by place are furniture. Near misses: thanks that go
// on to state something, and a sentence about a man in a place, are not.
func TestCourtesyAndSelectionFurniture(t *testing.T) {
	for s, want := range map[string]bool{
		"I thank the members of the Council for this opportunity.":                                           true,
		"I thank you, Madam President, for convening this meeting.":                                          true,
		"The gentleman in the second row.":                                                                   true,
		"The lady in the back.":                                                                              true,
		"I thank the members of the Council for this opportunity to denounce the blockade of the port city.": false,
		"The man in the photograph is the commander of the militia that shelled the port.":                   false,
	} {
		if got := Furniture(s); got != want {
			t.Errorf("Furniture(%q) = %v, want %v", s, got, want)
		}
	}
}
