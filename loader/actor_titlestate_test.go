package loader

import "testing"

// A title that is one state's statutory style gives its holder's generic body that state
// (actor_titlestate.go), on sentences written for the rule, with negatives.
func TestTitleStates(t *testing.T) {
	runCases(t, []exCase{
		{"the US style before a name, the US named elsewhere",
			"Secretary of the Treasury Mara Quinlan said the talks with China were productive. The United States will cut tariffs.",
			[]string{"MEMBER_OF Mara Quinlan -> Treasury (United States)", "country Treasury (United States) = USA", "country Mara Quinlan = USA"}},
		{"the US style in an appositive",
			"WASHINGTON - The delegates will be Mara Quinlan, Secretary of the Treasury, and Tom Reyes. Beijing welcomed the talks with the U.S. side.",
			[]string{"MEMBER_OF Mara Quinlan -> Treasury (United States)"}},
		{"the UK's finance minister's style",
			"Chancellor of the Exchequer Ruth Ellery said Britain would not raise taxes.",
			[]string{"MEMBER_OF Ruth Ellery -> Treasury (United Kingdom)", "country Ruth Ellery = GBR", "!actor Exchequer Ruth Ellery"}},
		{"two states' treasuries in one article are two bodies",
			"Secretary of the Treasury Scott Warden said sanctions would stay. Chancellor of the Exchequer Ruth Ellery said Britain agreed with the United States.",
			[]string{"MEMBER_OF Scott Warden -> Treasury (United States)", "MEMBER_OF Ruth Ellery -> Treasury (United Kingdom)"}},
		// negatives
		{"the state's style alone, the state not named: the body stays local",
			"Secretary of the Treasury Ana Costa said the bank would lower rates.",
			[]string{"country Treasury = local", "!actor Treasury (United States)"}},
		{"a story filed from another country that it names as often keeps its own",
			"MEXICO CITY, May 3 (Staff) - Secretary of the Treasury Rogelio Ramirez said Mexico would cut spending, while the United States raised tariffs.",
			[]string{"!actor Treasury (United States)"}},
		{"a title many states use gives no state",
			"Finance Minister Lena Varga said the United States and Hungary would sign the deal.",
			[]string{"!actor Finance Ministry (United States)"}},
	})
}
