package loader

import "testing"

// TestGroupNumeral28: a cardinal numeral before a described group quantifies it and is no word of
// its label (Quirk et al. 1985, 5.8-5.11: numerals are postdeterminers), on both description
// paths (actors/unnamed.go, actors/structure.go); a numeral inside a name stays.
func TestGroupNumeral28(t *testing.T) {
	runCases(t, []exCase{
		{"a spelled-out numeral before an unnamed group", "Three hundred striking dockworkers were detained by the Tanzanian police on Monday.",
			[]string{"!actor hundred striking dockworkers", "!actor three hundred striking dockworkers"}},
		{"a numeral before a national group", "Two Kenyan officials rejected the proposal on Monday.",
			[]string{"GROUP Kenyan officials"}},
		{"a numeral before a group after a determiner", "The twelve opposition lawmakers rejected the budget on Monday.",
			[]string{"GROUP opposition lawmakers"}},
		// must not: a numeral that is part of a name
		{"a numeral word inside a name stays", "The Group of Seven leaders condemned the attack.",
			[]string{"!actor leaders"}},
	})
}
