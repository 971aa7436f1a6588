package loader

import "testing"

// TestProposedMeasure (nu23 B4): a measure noun in the for-complement of a noun of proposal
// (mandativenouns.txt, Quirk et al. 1985, 16.32) is proposed, not imposed: no SANCTIONS from it,
// while the proposal keeps its own stance; near misses: an imposed embargo, a plan (no mandative
// noun) and an embargo with no noun of proposal keep theirs.
func TestProposedMeasure(t *testing.T) {
	runCases(t, []exCase{
		{"proposal for a regional embargo", "A Norwegian proposal for a joint Nordic embargo on arms sales to Chile was rejected by Sweden.",
			[]string{"!SANCTIONS Nordic", "OPPOSES Sweden -> proposal"}},
		{"request for a boycott", "Ghana turned down a Nigerian request for a West African boycott of Togolese cocoa.",
			[]string{"!SANCTIONS West African"}},
		{"near miss: imposed embargo", "Ghana imposed an arms embargo on Togo.", []string{"SANCTIONS Ghana -> Togo"}},
	})
}
