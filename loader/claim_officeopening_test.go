package loader

import "testing"

// An office written alone before its holder's name and "said:" ("The Minister for Foreign
// Affairs, Ciarán Byrne, said:") is the name's appositive, no clause the name reports
// (claims/reported.go officeOpening); a clause before ", <name> said" stays reported.
func TestOfficeOpening(t *testing.T) {
	runCases(t, []exCase{
		{"the office before the name is no claim",
			"The Minister for Foreign Affairs, Ciarán Byrne, said:\n\n\"We call on the Eritrean government to release the detained journalists.\"",
			[]string{"!CLAIMS Ciarán Byrne -> Minister for Foreign Affairs", "CLAIMS Ciarán Byrne -> release the detained journalists"}},
		{"a deputy prime minister's office before the name is no claim",
			"The Deputy Prime Minister, Lotte Brandt, said on Monday that Denmark would send more aid to Ukraine.",
			[]string{"!CLAIMS Lotte Brandt -> Deputy Prime Minister", "CLAIMS Lotte Brandt -> more aid"}},
		{"a clause before the name is reported",
			"The Ministry will review the export licences, Lotte Brandt said.",
			[]string{"CLAIMS Lotte Brandt -> export licences"}},
	})
}
