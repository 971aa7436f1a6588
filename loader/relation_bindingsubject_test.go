package loader

import "testing"

// TestCoordinatedSubjectBinding: the object pronoun of a supplementive -ing clause refers to no
// conjunct of the matrix clause's coordinated subject (Quirk et al. 1985, 15.60, 6.18).
func TestCoordinatedSubjectBinding(t *testing.T) {
	runCases(t, []exCase{
		{"three conjuncts", "Greece, Cyprus and Malta recalled their ambassadors from Turkey on Friday, accusing it of violating their waters.",
			[]string{"OPPOSES Cyprus -> Turkey", "OPPOSES Malta -> Turkey", "!OPPOSES Cyprus -> Greece", "!OPPOSES Malta -> Greece"}},
		{"two conjuncts", "Peru and Chile expelled the envoy of Bolivia, accusing it of spying on their navies.",
			[]string{"OPPOSES Chile -> Bolivia", "!OPPOSES Chile -> Peru"}},
	})
}
