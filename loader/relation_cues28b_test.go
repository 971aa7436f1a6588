package loader

import "testing"

// TestStoppedLendingRecipient (issue 13, cues28b): a verb of reducing whose object is an -ing
// clause ("suspended lending to Uganda": Quirk et al. 1985, 16.38) names the recipient of the
// stopped flow in the clause's to-phrase, as the to-phrase of its verbal noun would ("lend to
// X", 10.6; reductionRecipient). Near miss: the lending resumed, no reduction.
func TestStoppedLendingRecipient(t *testing.T) {
	runCases(t, []exCase{
		{"lending suspended to", "The World Bank suspended lending to Tanzania over the election.",
			[]string{"SANCTIONS World Bank -> Tanzania", "rule SANCTIONS World Bank -> Tanzania = frames:verb:cameo@3104+measure-party:to"}},
		// near miss
		{"lending resumed to", "The World Bank resumed lending to Tanzania.",
			[]string{"!SANCTIONS"}},
	})
}
