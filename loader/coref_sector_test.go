package loader

import "testing"

// A definite description whose head the Phoenix agents code to a sector refers back to a body of
// that sector whose name does not hold the head (coref_sector.go).
func TestDefiniteBySector(t *testing.T) {
	runCases(t, []exCase{
		{"the army after a country's army", "Sudan's army launched an offensive in Darfur on Tuesday. The army criticized Egypt.",
			[]string{"OPPOSES Army (Sudan) -> Egypt"}},
		{"the military after a country's army", "Sudan's army launched an offensive in Darfur on Tuesday. The military criticized Egypt.",
			[]string{"OPPOSES Army (Sudan) -> Egypt", "!OPPOSES military -> Egypt"}},
		{"the court after a court's acronym", "The ICJ heard the case on Tuesday. The court rejected Russia's objections.",
			[]string{"OPPOSES ICJ -> objections", "!OPPOSES court -> objections"}},
		{"the union after a labour body whose name has no union", "Nigeria's Labour Congress threatened a strike on Friday. The union accused the government of ignoring its demands.",
			[]string{"OPPOSES Labour Congress -> government", "!OPPOSES union -> government"}},
		{"no labour body named before: the union stays its own", "Kenya's central bank raised rates on Tuesday. The union criticized the bank.",
			[]string{"!OPPOSES Central Bank (Kenya) -> bank"}},
		{"no court named before: the court stays its own", "Kenya's central bank raised rates. The court criticized the bank.",
			[]string{"!OPPOSES Central Bank (Kenya) -> bank"}},
		{"a nationality picks another country's military", "Sudan's army attacked Omdurman on Tuesday. The Egyptian military criticized the attack.",
			[]string{"!OPPOSES Army (Sudan) -> attack"}},
	})
}
