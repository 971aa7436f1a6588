package loader

import "testing"

// TestReaffirmedThat (issue 13, lifted20b L6): "reaffirm" is a verb of saying as "reiterate" is
// (Wierzbicka 1987, the group of repeat, reiterate, reaffirm), so "X reaffirmed that <the body X
// heads> would V" is X's announcement of its body's act, in any form of the body's name ("the
// organisation", "the league", "the AU") and any speaker form (title before, appositive, a
// group of a state's officials with its capital). Near misses: another party's act reaffirmed
// is a prediction, not the speaker's; "reaffirmed its support for X" (no clause) stays the
// support it was.
func TestReaffirmedThat(t *testing.T) {
	runCases(t, []exCase{
		{"a generic noun for the body the speaker heads", "The Arab League chief reaffirmed that the organisation would help Lebanon.",
			[]string{"OFFERS Arab League -> Lebanon"}},
		{"present tense, will", "The head of the African Union reaffirms that the organisation will help Somalia.",
			[]string{"OFFERS African Union -> Somalia"}},
		{"officials and their capital", "Egyptian officials reaffirmed on Sunday that Cairo would never accept the Israeli plan.",
			[]string{"OPPOSES Egypt -> Israeli plan"}},
		{"another party's act", "The Arab League chief reaffirmed that Syria would help Lebanon.",
			[]string{"!OFFERS Arab League", "!OFFERS Syria"}},
		{"no clause: the support itself", "The Arab League chief reaffirmed the league's support for Lebanon.",
			[]string{"SUPPORTS Arab League -> Lebanon"}},
	})
}
