package loader

import "testing"

// A transcript whose title names an office of state with its country in an of-phrase ("Press
// Conference of the Minister of Foreign Affairs of Japan") gives its office-only turn labels
// ("Minister:") that state as speaker, whose "we" urges (speaker_office.go officeOfState); a
// title whose of-phrase is no office's, or an office with no country, names no state.
func TestOfficeOfStateLabel(t *testing.T) {
	runCases(t, []exCase{
		{"Minister: under the title's Minister of Foreign Affairs of <country>",
			"Press Conference of the Minister of Foreign Affairs of Japan, 4 February 2026\n\nMinister: Good afternoon. We urge North Korea to comply fully with the Security Council resolutions.\n\nReporter: Will Japan impose new sanctions?\n\nMinister: We call on China to enforce the sanctions on North Korea.",
			[]string{"DEMANDS Japan -> Security Council resolutions", "DEMANDS Japan -> enforcing the sanctions"}},
		{"Prime Minister: under the title's Prime Minister of <country>",
			"Press Conference by the Prime Minister of Canada, 9 March 2026\n\nPrime Minister: We call on Russia to return the Ukrainian children it has deported.\n\nReporter: Will Canada send more aid?",
			[]string{"DEMANDS Canada -> Ukrainian children"}},
		{"Deputy Minister: is not the title's Minister",
			"Press Conference of the Minister of Foreign Affairs of Japan, 4 February 2026\n\nDeputy Minister: Good afternoon. We urge North Korea to comply fully with the Security Council resolutions.\n\nReporter: Will Japan impose new sanctions?",
			[]string{"!DEMANDS Japan -> Security Council resolutions"}},
		{"a title whose of-phrase is a topic names no state",
			"Press Conference on the Economy of Japan, 4 February 2026\n\nMinister: Good afternoon. We urge North Korea to comply fully with the Security Council resolutions.\n\nReporter: Will Japan impose new sanctions?",
			[]string{"!DEMANDS Japan -> Security Council resolutions"}},
	})
}
