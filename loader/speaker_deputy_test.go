package loader

import "testing"

// A turn label naming the deputy of the office a briefing's title names ("Deputy Spokesperson:"
// under "… by the Foreign Ministry Spokesperson") speaks for that office (speaker.go
// officeOfTitleSpeaker, deputyWords); the deputy of a person the title names is not that person.
func TestDeputyLabel(t *testing.T) {
	runCases(t, []exCase{
		{"Deputy Spokesperson: under the ministry spokesperson's briefing",
			"Weekly Press Briefing by the Foreign Ministry Spokesperson, 3 April 2026\n\nISLAMABAD — The Ministry of Foreign Affairs of Pakistan held its weekly briefing on Friday.\n\nQuestion: What is your response to the drone strike near Khost?\n\nDeputy Spokesperson: We urge Afghanistan to stop the cross-border attacks from its territory.",
			[]string{"DEMANDS Foreign Ministry Spokesperson (Pakistan) -> cross-border attacks"}},
		{"Deputy Spokesperson: is not the spokesperson the title names",
			"Remarks by Spokesperson Tomas Weller at the Daily Press Briefing, 3 April 2026\n\nDeputy Spokesperson: We urge Serbia to stop the attacks on journalists in Belgrade.\n\nQuestion: Will Germany raise the case?",
			[]string{"!DEMANDS Tomas Weller -> attacks on journalists"}},
	})
}
