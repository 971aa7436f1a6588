package loader

import "testing"

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
