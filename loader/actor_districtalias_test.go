package loader

import "testing"

// TestDistrictNoMetonym: "D.C." names the District of Columbia, the city, in a place line or an
// address ("Washington, D.C."); the seat-of-government metonym for the US government is
// "Washington" (countries.txt; AP Stylebook, "Washington"). The abbreviation is no alias of the
// country.
func TestDistrictNoMetonym(t *testing.T) {
	runCases(t, []exCase{
		{"a place line after a speaker's title", "Remarks by the Secretary at the Lantern Forum\nWashington, D.C.\n\nThe Secretary said the United States would defend its farmers.",
			[]string{"!alias United States = D.C."}},
		{"talks in the city", "The talks in Washington D.C. ended on Friday, and the United States said it would impose tariffs.",
			[]string{"!alias United States = D.C."}},
	})
}
