package loader

import "testing"

// TestShapeOnlyAcronym: a word in full capitals that is a common English word is emphasis, and a
// US postal code alone is a state; neither is an organization's initials (actors/acronymshape.go).
// Controls: a real acronym, a capitals word coordinated with company names, and a postal code
// after a city (a place line, left to the place rules). Sentences are invented.
func TestShapeOnlyAcronym(t *testing.T) {
	runCases(t, []exCase{
		{"emphasis capitals in a quotation", `"Voters will NEVER forgive this," Senator Ann Walters said on Monday.`,
			[]string{"!actor NEVER", "PERSON Ann Walters"}},
		{"emphasis capitals in a tweet", `"Turnout was HUGE tonight," the governor wrote on Twitter.`,
			[]string{"!actor HUGE"}},
		{"a postal code alone", `"Great night in OH, thank you all," the candidate wrote after the primary.`,
			[]string{"!actor OH"}},
		{"control: an acronym of no common word", `The NRDC said the rule would cut pollution, a spokesman said.`,
			[]string{"ORGANIZATION NRDC"}},
		{"control: capitals coordinated with company names", `The donors include Walgreens, Wells Fargo, and UPS, the committee said.`,
			[]string{"ORGANIZATION UPS"}},
	})
}
