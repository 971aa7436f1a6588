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

// TestTitleDelegation: a statement page headed "<Country> statement at <intergovernmental body>"
// with its speaker on the summary line ("Statement by Counsellor X at the …") makes X that state's
// representative, so the statement's "we" is the state. Near miss: "<Country> statement on …"
// names no organ: "we" stays the person's.
func TestTitleDelegation(t *testing.T) {
	body := "\n\nThe press release issued by the Ministry of Foreign Affairs on 2 May 2031.\n\n" +
		"Statement by Counsellor Ingrid Dahl at the UN Security Council meeting on the river crossings.\n\n" +
		"Thank you, President.\n\n" +
		"We condemn the shelling of the river crossings by the armed groups."
	runCases(t, []exCase{
		{"delegation", "Shelling of the crossings must stop – Norway statement at the UN Security Council" + body,
			[]string{"MEMBER_OF Ingrid Dahl -> Norway", "OPPOSES Norway -> shelling"}},
		{"no organ", "Shelling of the crossings must stop – Norway statement on the crossings" + body,
			[]string{"!MEMBER_OF Ingrid Dahl -> Norway", "!OPPOSES Norway -> shelling"}},
	})
}
