package loader

import "testing"

// TestHeadedReleaseVoice: a release headed "Press Release: <body> <verb> …" speaks for that body:
// its "we" outside quotations is the body's. Near misses: a headline whose subject is no actor
// ("Press Release: Floods close …"), and a news headline with no heading noun before the colon
// ("Analysis: The Government of Osland …"), give the "we" to nobody.
func TestHeadedReleaseVoice(t *testing.T) {
	body := "\n\nThe Government of the Republic of Osland is deeply alarmed by the shelling of the river towns.\n\n" +
		"We call on the armed forces of Veldland to allow humanitarian access to the river towns."
	runCases(t, []exCase{
		{"press release", "Press Release: The Government of the Republic of Osland is alarmed by the shelling in Veldland" + body,
			[]string{"DEMANDS Government of the Republic of Osland -> allow"}},
		{"no actor", "Press Release: Floods close the northern roads of Veldland" + body,
			[]string{"!DEMANDS Government of the Republic of Osland"}},
		{"no heading noun", "Analysis: The Government of the Republic of Osland is alarmed by the shelling in Veldland" + body,
			[]string{"!DEMANDS Government of the Republic of Osland"}},
	})
}

// TestTurnSpeakerIsNoHe: in a labelled turn, "he" outside quotation marks is not the labelled
// speaker himself: a journalist who introduces himself ("Sir, Tomas Berg from Harbour Daily.")
// and then reports what "he" (someone of the other side) said is not credited with that claim.
// Near miss: in narration "he" still takes the person named before.
func TestTurnSpeakerIsNoHe(t *testing.T) {
	runCases(t, []exCase{
		{"questioner's he", "Weekly Media Briefing\n\n" +
			"Ms. Lena Ruiz, Official Spokesperson: Good afternoon. I will take questions.\n\n" +
			"Tomas Berg: Sir, Tomas Berg from Harbour Daily. Veld says that Osland has asked a reporter of the Coast Times to leave the country, and as he said that these are countermeasures.\n\n" +
			"Ms. Lena Ruiz, Official Spokesperson: We do not accept that description of the fees.",
			[]string{"!CLAIMS Tomas Berg -> countermeasures"}},
		{"narration's he", "Port fees\n\nTomas Berg spoke to reporters on Monday, and he said that the port fees are countermeasures.",
			[]string{"CLAIMS Tomas Berg -> countermeasures"}},
	})
}
