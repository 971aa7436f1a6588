package loader

import "testing"

// "HOLD * RESPONSIBLE" [112] matches when the parser hangs the adjective after the object as
// advmod instead of xcomp (frames objectComplement): the first-person "we hold X responsible" of
// a turn or a quotation accuses X; "hold" with no adjective complement does not.
func TestHoldResponsibleAdvmod(t *testing.T) {
	runCases(t, []exCase{
		{"we hold X responsible in a minister's turn",
			"Press Conference of the Minister of Foreign Affairs of Japan, 4 February 2026\n\nMinister: Good afternoon. We hold North Korea responsible for the missile launch over Hokkaido.\n\nReporter: Will Japan impose new sanctions?",
			[]string{"OPPOSES Japan -> North Korea"}},
		{"we hold X responsible in a quotation",
			"Foreign Minister Aiko Tanabe of Japan spoke on Monday.\n\n\"We hold North Korea responsible for the missile launch,\" Tanabe said.",
			[]string{"OPPOSES Japan -> North Korea"}},
		{"we hold talks with X: no accusation",
			"Foreign Minister Aiko Tanabe of Japan spoke on Monday.\n\n\"We hold talks with North Korea every year,\" Tanabe said.",
			[]string{"!OPPOSES Japan -> North Korea"}},
	})
}
