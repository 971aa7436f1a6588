package loader

import "testing"

// A name before a comma and a question's operator is a vocative (Quirk et al. 1985, 10.52-10.54;
// 11.5 on operator-subject inversion): it addresses the hearer and takes no title from the
// question (actors/operatoropener.go). Must-not: a noun-phrase appositive after a name's comma
// still gives the name its role.
func TestVocativeBeforeQuestion30(t *testing.T) {
	runCases(t, []exCase{
		{"vocative before did", "Q: Priya, did the Prime Minister raise the tariffs with Ottawa?",
			[]string{"!actor Priya"}},
		{"vocative before is", "Q: Tomas, is the Chancellor going to veto the budget?",
			[]string{"!actor Tomas"}},
		{"must-not: appositive title after a comma", "Priya Raman, the deputy trade minister of Canada, raised the tariffs on Monday.",
			[]string{"PERSON Priya Raman", "role Priya Raman = deputy trade minister"}},
	})
}
