package loader

import "testing"

// TestRoleTitleName: a capitalized run of common words ending in a noun of persons before a
// given name + surname is the person's title (actors/roletitlename.go, Quirk et al. 1985 §17.65);
// no given name, a common-word "given name", or a run that ends in no person noun makes none.
func TestRoleTitleName(t *testing.T) {
	runSentenceCases(t, []textCase{
		{"Parish Treasurer Helga Brandvold said the roof repairs were paid for.",
			[]string{"PERSON Helga Brandvold", "role Helga Brandvold = Parish Treasurer", "CLAIMS Helga Brandvold -> roof repairs"}},
		{"Democrat Lorraine Haskins said the measure would fail.",
			[]string{"PERSON Lorraine Haskins", "CLAIMS Lorraine Haskins -> the measure would fail"}},
		{"Parish Clerk Miriam K. Oyelaran said the routes were too long.",
			[]string{"PERSON Miriam K. Oyelaran", "role Miriam K. Oyelaran = Parish Clerk"}},
		// the run ends in no noun of persons: "Harbor Road" is a place, no title
		{"Harbor Road Helga Brandvold said the roof repairs were paid for.",
			[]string{"!PERSON Helga Brandvold"}},
		// a common word after the run is no given name: not this rule's shape
		{"Harbor Master Will Oyelaran said the docks were full.",
			[]string{"!PERSON Will Oyelaran"}},
	})
}

// TestInvertedRoleApposition: after an inverted verb of saying, a zero-article role noun phrase
// whose last word is a noun of persons, in close apposition before a person's name, leaves the
// person as the speaker (loader/surface_roleappos.go, Quirk et al. 1985 §17.65, §14.30); a
// determiner, a comma or a finite verb after the verb is not this shape.
func TestInvertedRoleApposition(t *testing.T) {
	runSentenceCases(t, []textCase{
		{"The levy would close two clinics, said county health inspector Ruth Abernathy.",
			[]string{"rule CLAIMS Ruth Abernathy -> close two clinics = speech:inverted+role-apposition"}},
		{"\"The levy would close two clinics,\" said veteran Liberal strategist Ruth Abernathy.",
			[]string{"CLAIMS Ruth Abernathy -> close two clinics"}},
		// a finite verb after the name: the words after "said" are a reported clause of their own
		{"The council met on Monday, and the mayor said resident Ruth Abernathy wanted a recount.",
			[]string{"!CLAIMS Ruth Abernathy -> wanted a recount"}},
	})
}
