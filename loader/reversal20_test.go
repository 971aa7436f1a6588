package loader

import "testing"

// TestReversalActTarget (reversal20, new-user trial): the concession a reversal verb makes
// (modality.txt reversal; CAMEO 08 yield, 081/085 ease sanctions) is the act of ending or
// reducing the measure, named as a gerund phrase of the verb and its object as every act target
// is ("lifting the nationwide curfew"), never the bare measure, which reads as offering it
// (relation_reversalact.go). Near misses: a sanction verb keeps its measure ("imposed a curfew");
// a reversal verb over a thing that is no measure gives nothing ("lifted the box").
func TestReversalActTarget(t *testing.T) {
	runCases(t, []exCase{
		{"past lifted", "Thailand lifted the nationwide curfew on Monday.",
			[]string{"OFFERS Thailand -> lifting the nationwide curfew"}},
		{"future lower, reported", "Washington will lower the tariffs on Chinese steel next month, the US trade representative said.",
			[]string{"OFFERS United States -> lowering the tariffs"}},
		{"whole document", "BANGKOK (Reuters) - Thailand's government said on Monday it had reviewed the security situation in the southern provinces after a week of calm.\n\nThailand lifted the nationwide curfew on Monday, the interior ministry said in a statement.\n\nThe curfew had been in force since the violence in March.",
			[]string{"OFFERS Thailand -> lifting the nationwide curfew"}},
		{"near miss: sanction verb keeps the measure", "Thailand imposed a nationwide curfew on Monday.",
			[]string{"SANCTIONS Thailand -> nationwide curfew", "!OFFERS Thailand -> imposing a nationwide curfew"}},
		{"near miss: a reversal verb over no measure", "The workers from Chile lifted the box onto the truck.",
			[]string{"!OFFERS Chile -> lifting the box"}},
	})
}
