package loader

import "testing"

// TestProcedureCities26: a capital premodifying a procedure noun in lower case or plural, alone
// or coordinated ("the Doha and Astana processes", "the Kabul process"; actors/procedurename.go,
// Quirk et al. 1985, 17.104-17.108) names no actor; a capital that is a clause's subject before
// a sentence about a process still stands for its country (metonymy:capital).
func TestProcedureCities26(t *testing.T) {
	runDocCases(t, []exCase{
		{"coordinated", "Geneva, 4 May 2033\n\nThe United Nations said Syria would return to talks under the Doha and Astana processes.",
			[]string{"!actor Qatar", "!actor Kazakhstan", "actor Syria"}},
		{"lower_single", "Islamabad, 5 May 2033\n\nPakistan said the Kabul process had stalled.",
			[]string{"!actor Afghanistan", "actor Pakistan"}},
		{"capital_subject", "Addis Ababa, 6 May 2033\n\nNairobi and Kampala rejected the peace process on Monday.",
			[]string{"actor Kenya", "actor Uganda"}},
	})
}
