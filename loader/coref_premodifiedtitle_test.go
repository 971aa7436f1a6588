package loader

import "testing"

// TestPremodifiedTitleHolder: "the <premodifiers> <title>" after a quote refers to the one person
// introduced with the same premodifiers and title (coref_premodifiedtitle.go); a person with
// other premodifiers, or two that fit, are no antecedent.
func TestPremodifiedTitleHolder(t *testing.T) {
	runCases(t, []exCase{
		{"fires", "RIGA, 3 June 2031 - Fisheries Commissioner Dr Ilze Ozola said the quota was fair.\n\n\"The boats can sail on Monday,\" the Fisheries Commissioner said.",
			[]string{"CLAIMS Ilze Ozola -> boats can sail"}},
		{"other-premodifier", "RIGA, 3 June 2031 - Fisheries Commissioner Dr Ilze Ozola said the quota was fair.\n\n\"The boats can sail on Monday,\" the Energy Commissioner said.",
			[]string{"!CLAIMS Ilze Ozola -> boats can sail"}},
		{"two-fit", "RIGA, 3 June 2031 - Fisheries Commissioner Ilze Ozola and Fisheries Commissioner Janis Berzins met in Riga.\n\n\"The boats can sail on Monday,\" the Fisheries Commissioner said.",
			[]string{"!CLAIMS Ilze Ozola -> boats can sail", "!CLAIMS Janis Berzins -> boats can sail"}},
	})
}
