package loader

import "testing"

// TestGovernmentOfCountry: "the government of X" is X's government whatever country the story
// named before (coref.go, resolveDefinite), on sentences written for this test.
func TestGovernmentOfCountry(t *testing.T) {
	runCases(t, []exCase{
		{"the of-phrase names whose government it is", "Peru urges calm after vote\n\nThe government of Bolivia expelled two Peruvian diplomats on Monday.",
			[]string{"SANCTIONS Bolivia -> Peruvian diplomats", "!SANCTIONS Peru"}},
		{"a bare 'the government' still takes the country named before", "Bolivia's president met union leaders. The government later expelled two Peruvian diplomats.",
			[]string{"SANCTIONS Bolivia -> Peruvian diplomats"}},
	})
}
