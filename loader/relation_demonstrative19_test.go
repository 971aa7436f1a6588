package loader

import "testing"

// A demonstrative description as target ("these controls", "such restrictions") refers back to
// the noun phrase of the same head said before (demonstrativeNounAntecedent); with no such head
// it stays as written.
func TestDemonstrativeNounAntecedent(t *testing.T) {
	runCases(t, []exCase{
		{"these with the same head", "The ministry announced new export controls on semiconductors. Japan criticized these controls.",
			[]string{"OPPOSES Japan -> new export controls on semiconductors"}},
		{"such with the plural head", "Kazakhstan announced new restrictions on wheat exports. Uzbekistan criticized such restrictions.",
			[]string{"OPPOSES Uzbekistan -> new restrictions on wheat exports"}},
		// near misses
		{"no head said before stays as written", "The junta introduced curfews and travel bans in the capital. The opposition rejected these measures.",
			[]string{"OPPOSES opposition -> these measures"}},
		{"the definite article is no demonstrative", "The ministry announced new export controls on semiconductors. Japan criticized the controls.",
			[]string{"!OPPOSES Japan -> new export controls on semiconductors"}},
	})
}
