package loader

import "testing"

// TestVocatives26: a vocative (data/wordclasses/vocatives.txt; Quirk et al. 1985, 10.52-10.54)
// opening a question turn's statement ("Ma'am, Bolivia says …", parsed as the subject's
// apposition) names no actor; the honorific "Sir" before a name still makes a person.
func TestVocatives26(t *testing.T) {
	runDocCases(t, []exCase{
		{"maam_statement", "Briefing of the Foreign Ministry of Chile\n\nSantiago, 4 May 2033\n\nQ: Ma'am, Bolivia says the talks failed. What is your view?\n\nA: Chile regrets the statement.\n",
			[]string{"!actor Ma'am", "actor Bolivia", "actor Chile"}},
		{"madam_statement", "Briefing of the Foreign Ministry of Ghana\n\nAccra, 5 May 2033\n\nQUESTION: Madam, Togo says the border will reopen.\n\nANSWER: Ghana welcomes the decision.\n",
			[]string{"!actor Madam", "actor Togo"}},
		{"sir_honorific", "London, 6 May 2033\n\nSir Keir Starmer said Britain would support the agreement.",
			[]string{"PERSON Keir Starmer"}},
	})
}
