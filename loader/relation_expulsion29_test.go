package loader

import "testing"

// TestObligedExpulsion (issue 13, frames29a): a state's official saying that another state's
// diplomat must leave his state expels the diplomat (relation_expulsion.go; VCDR art. 9, CAMEO
// 166). Near misses: one's own diplomats told to leave a third country, foreign troops (no
// diplomats) who must leave, a diplomat who must leave a third country.
func TestObligedExpulsion(t *testing.T) {
	runCases(t, []exCase{
		{"named own state", "Two Cuban diplomats must leave Chile within a week, the Chilean foreign minister said.",
			[]string{"SANCTIONS Chilean foreign minister -> Cuban diplomats", "rule SANCTIONS Chilean foreign minister -> Cuban diplomats = frames:clause-obligation:modality/deontic/must+expulsion"}},
		{"the country", "The Russian ambassador must leave the country by Friday, the Polish foreign ministry said.",
			[]string{"SANCTIONS Foreign Ministry (Poland) -> Russian ambassador"}},
		// near misses
		{"own diplomats, third country", "Our diplomats must leave Sudan at once, the German foreign minister said.",
			[]string{"!SANCTIONS"}},
		{"troops", "Foreign troops must leave Syria, the Syrian foreign minister said.",
			[]string{"!SANCTIONS"}},
		{"diplomat, third country", "The Russian ambassador must leave Kenya by Friday, the Polish foreign ministry said.",
			[]string{"!SANCTIONS"}},
	})
}
