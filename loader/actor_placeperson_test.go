package loader

import "testing"

// TestPhoenixPlacePerson: a two-word name that the Phoenix country records list as a place, with
// no title or other sign of a person, is no person (actors/placeperson.go). Control: a titled
// person keeps his name. Sentences are invented.
func TestPhoenixPlacePerson(t *testing.T) {
	runCases(t, []exCase{
		{"a city in a list", "She has worked in consulates in Chicago, San Antonio and Denver, the ministry said.",
			[]string{"!actor San Antonio"}},
		{"control: a titled person", "Senator Ann Walters met voters in Denver on Monday, her aides said.",
			[]string{"PERSON Ann Walters"}},
	})
}
