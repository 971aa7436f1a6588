package loader

import "testing"

// TestHeadlineNameEnd: in a headline, a personal name after a title ends before a common word the
// body never capitalizes (actors/headlinename.go), and a plain-text title line ending with a
// period is read as a headline (actors/headlineruns.go proseFinalPeriod). Controls: a name whose
// common-word surname the body capitalizes keeps it. Sentences are invented.
func TestHeadlineNameEnd(t *testing.T) {
	runCases(t, []exCase{
		{"a title then the headline's noun", "Governor Stuns Farm Lobby With Cabinet Speaker Announcement.\n\nThe governor of Ohio named a new cabinet on Monday, aides said.",
			[]string{"!actor Announcement", "!actor Speaker Announcement", "!actor Stuns Farm Lobby With Cabinet"}},
		{"a title then the headline's verb", "Right After This Big-Name Senator Endorsed Walters, The Party Did Something Odd.\n\nSenator Ann Walters won the primary, her aides said on Monday.",
			[]string{"!actor Endorsed Walters", "PERSON Ann Walters"}},
		{"control: a surname the body capitalizes", "Senator Jim Rice Wins Farm Vote.\n\nSenator Jim Rice won the vote on Monday, his aides said. Rice thanked the farmers.",
			[]string{"PERSON Jim Rice", "!actor Jim Rice Wins"}},
	})
}
