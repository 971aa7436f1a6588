package loader

import "testing"

// TestOrgNounNationality: a nationality adjective or a country's name before a descriptor noun
// right before an organization's name gives the organization its country; no descriptor noun
// gives none.
func TestOrgNounNationality(t *testing.T) {
	runCases(t, []exCase{
		{"a demonym before the descriptor", "Dutch chipmaker Nexperion criticized the export curbs.",
			[]string{"ORGANIZATION Nexperion", "country Nexperion = NLD"}},
		{"a two-word demonym", "The South Korean company Hanbit Electronics criticized the export curbs.",
			[]string{"country Hanbit Electronics = KOR"}},
		{"a country's short form and one modifier", "US oil company Calvex criticized the export curbs.",
			[]string{"country Calvex = USA"}},
		{"no descriptor noun", "Dutch officials said Nexperion Holdings had complied.",
			[]string{"!country Nexperion Holdings = NLD"}},
	})
}
