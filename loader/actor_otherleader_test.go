package loader

import "testing"

// TestOtherLeadersState: in a state's own readout, the other leader named "of <Country>" leaves
// the issuer's bare-titled leader the issuer's (actor_storyofficials.go otherHoldersState); near
// miss: the state named as the titled person's own of-phrase.
func TestOtherLeadersState(t *testing.T) {
	runCases(t, []exCase{
		{"other leader of his state", "Office of the President of Ghana\n\nAccra, 4 March 2030\n\nPresident Kwame Asante held talks today with Prime Minister Sofia Lindgren of Sweden on cocoa trade.\n\nPresident Asante welcomed Swedish investment.",
			[]string{"country Kwame Asante = GHA", "country Sofia Lindgren = SWE"}},
		{"the titled person's own state", "Office of the President of Ghana\n\nAccra, 4 March 2030\n\nPresident Kwame Asante of Togo held talks today with Ghanaian officials on cocoa trade.",
			[]string{"!country Kwame Asante = GHA"}},
	})
}
