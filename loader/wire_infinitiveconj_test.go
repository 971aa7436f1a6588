package loader

import "testing"

// TestInfinitiveConjunct: a base-form verb the parser conjoined to the finite verb of
// "urged X to V1 A, V2 B and V3 C" is the infinitive's conjunct (wire_infinitiveconj.go), so no
// conjunct becomes an act of the urging side. Invented wordings; near misses: a conjunct with a
// subject of its own, and one whose operator is its own ("and will").
func TestInfinitiveConjunct(t *testing.T) {
	runCases(t, []exCase{
		{"three acts", "Germany urged Russia to halt its offensive, release the detained journalists and return to negotiations.",
			[]string{"DEMANDS Germany -> Russia halting its offensive", "!OFFERS Germany"}},
		{"tagged adjective", "Australia asked Indonesia to free the activists and drop the charges against them.",
			[]string{"!OFFERS Australia"}},
		{"own subject", "Japan urged China to end the drills, and said it would release the detained fishermen.",
			[]string{"DEMANDS Japan -> China ending the drills", "OFFERS Japan -> detained fishermen"}},
	})
}
