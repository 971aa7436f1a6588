package loader

import "testing"

// TestInfinitiveConjunctSeries: "urged X to V1 A, V2 B and V3 C" asks X for the whole series of
// acts (relation_targettrim.go actConjuncts: every conjunct in the target, by its -ing form).
// Invented wordings; near misses: "or face" (a consequence, not an act asked for) and a conjunct
// with a subject of its own.
func TestInfinitiveConjunctSeries(t *testing.T) {
	runCases(t, []exCase{
		{"three acts", "Germany urged Russia to halt its offensive, release the detained journalists and return to negotiations.",
			[]string{"DEMANDS Germany -> Russia halting its offensive, releasing the detained journalists and returning to negotiations", "!OFFERS Germany"}},
		{"mandative clause", "The United Nations demanded that Israel halt settlement construction and allow aid into Gaza.",
			[]string{"DEMANDS United Nations -> Israel halting settlement construction and allowing aid into Gaza"}},
		{"repeated marker", "Canada called on Ethiopia to end the fighting and to open the roads.",
			[]string{"DEMANDS Canada -> Ethiopia ending the fighting and opening the roads"}},
		{"consequence", "Britain urged Serbia to withdraw its troops or face sanctions.",
			[]string{"!DEMANDS United Kingdom -> Serbia withdrawing its troops or facing sanctions"}},
		{"own subject", "Japan urged China to end the drills, and said it would release the detained fishermen.",
			[]string{"DEMANDS Japan -> China ending the drills", "!DEMANDS Japan -> China ending the drills, and"}},
	})
}
