package loader

import "testing"

// A country or its capital as the possessor of an administration or government named after a
// person or place (administrations, actor_structure.go): the body is that country's and PART_OF
// it. Sentences written for the rule, with negatives.
func TestPossessedAdministration(t *testing.T) {
	runCases(t, []exCase{
		{"a capital's district administration",
			"Nairobi's Kibera district administration refused permits for the rally.",
			[]string{"GOVERNMENT Kibera district administration", "country Kibera district administration = KEN", "PART_OF Kibera district administration -> Kenya"}},
		{"a country's government named after its head",
			"Kenya's Ruto government rejected the new loan terms on Monday.",
			[]string{"country Ruto government = KEN", "PART_OF Ruto government -> Kenya"}},
		{"another capital, another country",
			"Ankara's Mamak district administration denied the permit for the new market.",
			[]string{"country Mamak district administration = TUR", "PART_OF Mamak district administration -> Turkey"}},
		// negatives
		{"no possessor, no country", "The Bush administration rejected the treaty.",
			[]string{"!PART_OF Bush administration -> United States", "country Bush administration = "}},
		{"a city that is no capital gives no country", "Lagos's Ikeja local government banned the march.",
			[]string{"!PART_OF Ikeja local government -> Nigeria"}},
	})
}
