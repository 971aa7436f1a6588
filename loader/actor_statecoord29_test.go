package loader

import "testing"

// TestCoordinatedUSState29: a name that is a US state's and a country's ("Georgia") coordinated
// with a US state is the state, a place, no country actor (actors/statecoord.go; Quirk et al.
// 1985, 13.39-13.41). Must-not: the country named with its capital, or coordinated with another
// country, stays the country.
func TestCoordinatedUSState29(t *testing.T) {
	runTextCases(t, []textCase{
		{"Most farmers in Alabama and Georgia opposed the new water rule, a survey found.",
			[]string{"!COUNTRY Georgia"}},
		{"Georgia, Ohio and Kansas rejected the federal water rule on Monday.",
			[]string{"!COUNTRY Georgia"}},
		// must-not
		{"Georgia's president said in Tbilisi that Russia must withdraw its troops.",
			[]string{"COUNTRY Georgia"}},
		{"Georgia and Armenia signed a transit agreement on Monday.",
			[]string{"COUNTRY Georgia"}},
	})
}
