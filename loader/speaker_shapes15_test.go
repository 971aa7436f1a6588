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
