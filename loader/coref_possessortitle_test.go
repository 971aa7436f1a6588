package loader

import "testing"

// A "he"/"she" after "<Country>'s <title>" takes the office holder, spoken for by the possessor
// (coref_possessortitle.go); a genitive of a thing names no person.
func TestPossessorTitleHolder(t *testing.T) {
	runCases(t, []exCase{
		{"he after a country's unnamed army chief", "Pakistan's army chief arrived in Kabul on Monday. He criticized the Taliban.",
			[]string{"OPPOSES Pakistan -> Taliban"}},
		{"she after a country's unnamed president", "Mexico's president arrived in Washington. She criticized the new tariffs.",
			[]string{"OPPOSES Mexico -> new tariffs"}},
		{"the subject's holder outranks the object's", "Oman's envoy met Iran's foreign minister in Muscat. He criticized the United States over sanctions.",
			[]string{"OPPOSES Oman -> United States", "!OPPOSES Iran -> United States"}},
		{"a genitive of a thing names no person", "Iran's oil exports rose in May. She criticized the sanctions.",
			[]string{"!OPPOSES Iran"}},
	})
}
