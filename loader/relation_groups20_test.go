package loader

import "testing"

// TestNominalStanceForPhrase: the for-phrase the parser hangs on the proper name in a noun cue's
// by-phrase is the noun's own complement ("calls by Kenya for a ceasefire": a name takes no
// restrictive postmodifier, Quirk et al. 1985, 5.63-5.65; the by-phrase is the nominalisation's
// agent, 17.51), so the noun's stance has its target even as the subject of another cue's
// passive. Near miss: a for-phrase on a common noun in the by-phrase stays that noun's.
func TestNominalStanceForPhrase(t *testing.T) {
	runCases(t, []exCase{
		{"a nominal demand as a passive subject",
			"Calls by Egypt for a truce were rejected by Ethiopia.",
			[]string{"DEMANDS Egypt -> truce", "OPPOSES Ethiopia -> Calls by Egypt for a truce"}},
		{"plural demands",
			"Demands by Chile for compensation were dismissed by Bolivia.",
			[]string{"DEMANDS Chile -> compensation"}},
		{"near miss: the for-phrase of a common noun in the by-phrase",
			"Calls by the lawyers for the detainees were rejected by Egypt.",
			[]string{"!DEMANDS lawyers -> detainees", "OPPOSES Egypt -> Calls by the lawyers for the detainees"}},
	})
}
