package loader

import "testing"

// The author of a statement titled by an office is not a person the statement names in the third
// person (sentences written for this test).
func TestOfficeHolderNotNamedByTheVoice(t *testing.T) {
	runCases(t, []exCase{
		{"the only president named, by the statement's own first person, is not its author",
			"Statement from the President on the Harbor Dispute\n\n" +
				"Ruritania has closed its ports to our grain ships. This is unacceptable.\n\n" +
				"I spoke with President Tomas Oren of Ruritania, and we will keep talking.",
			[]string{"!CLAIMS Tomas Oren -> closed its ports", "!CLAIMS Tomas Oren -> unacceptable", "PERSON Tomas Oren"}},
		{"a holder named outside the first-person voice is still the author",
			"Statement from the President on the Harbor Dispute\n\n" +
				"Ruritania has closed its ports to our grain ships. This is unacceptable.\n\n" +
				"I have asked the navy to escort the fleet.\n\n" +
				"President Amara Velez",
			[]string{"CLAIMS Amara Velez -> closed its ports"}},
	})
}

// A moderator's first person introducing the office holder does not rule the holder out.
func TestOfficeHolderIntroducedByModerator(t *testing.T) {
	runCases(t, []exCase{
		{"a moderator naming the holder in the first person",
			"Remarks at the Harbor Forum\n\n" +
				"MODERATOR: I am pleased to welcome Secretary Amara Velez.\n\n" +
				"THE SECRETARY: Ruritania has closed its ports to our grain ships. This is unacceptable.",
			[]string{"CLAIMS Amara Velez -> closed its ports"}},
	})
}
