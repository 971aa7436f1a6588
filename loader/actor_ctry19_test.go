package loader

import "testing"

// TestCabinetHeadSilence: a minister's implied body takes the dateline country when the title
// forms record no cabinet head for that country (recordsCabinet, actor_titleforms.go): the
// dictionary's silence on Germany's or Spain's ministers is no evidence against them.
func TestCabinetHeadSilence(t *testing.T) {
	runCases(t, []exCase{
		{"a German minister's statement", "Statement by Foreign Minister Klara Vogt on the Floods\n\nBerlin, 12 April 2026\n\nI welcome the ceasefire in the region. Germany stands ready to help.",
			[]string{"GOVERNMENT Foreign Ministry (Germany)"}},
		{"a Spanish minister's statement", "Statement by Interior Minister Pablo Ortega\n\nMadrid, 2 May 2026\n\nI condemn the attack on the border post.",
			[]string{"GOVERNMENT Interior Ministry (Spain)"}},
		{"near miss: the dictionary records the state's Secretaries", "Statement by Foreign Minister Klara Vogt on the Floods\n\nWashington, 12 April 2026\n\nI welcome the ceasefire in the region.",
			[]string{"!GOVERNMENT Foreign Ministry (United States)"}},
	})
}
