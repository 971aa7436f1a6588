package loader

import "testing"

// TestAppositiveOrgNationality: a descriptive appositive of an organization's name that names one
// country gives the organization that country; one naming two countries, or whose descriptor is
// the complement of "of", gives none.
func TestAppositiveOrgNationality(t *testing.T) {
	runCases(t, []exCase{
		{"a country's genitive after the name", "Hanbit Electronics, South Korea's biggest chipmaker, criticized the export curbs.",
			[]string{"country Hanbit Electronics = KOR"}},
		{"a demonym after the name", "Nexperion, the Dutch chip equipment maker, criticized the export curbs.",
			[]string{"ORGANIZATION Nexperion", "country Nexperion = NLD"}},
		{"the descriptor is an of-complement", "Kobel Systems, the U.S. unit of a Japanese company, rejected the royalty.",
			[]string{"ORGANIZATION Kobel Systems", "country Kobel Systems = "}},
		{"two countries named", "Kobel Systems, a Japanese-American company, rejected the royalty.",
			[]string{"!country Kobel Systems = JPN", "!country Kobel Systems = USA"}},
	})
}
