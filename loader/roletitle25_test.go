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
