package loader

import "testing"

// TestLetGoRelease (issue 13, frames29a): "let X go" is the release of X (OED let v., "let go";
// CAMEO 0841, cue-classes.txt let + xcomp go), aimed at the people released. Near misses: let
// with another bare infinitive allows an act, releases no one.
func TestLetGoRelease(t *testing.T) {
	runCases(t, []exCase{
		{"let prisoners go", "Israel let 20 Lebanese prisoners go on Sunday.",
			[]string{"OFFERS Israel -> Lebanese prisoners", "rule OFFERS Israel -> Lebanese prisoners = frames:verb:class/verb/let"}},
		// near misses
		{"let talks continue", "The government let the talks continue.",
			[]string{"!OFFERS"}},
		{"let convoy pass", "The army let the convoy pass.",
			[]string{"!OFFERS"}},
	})
}
