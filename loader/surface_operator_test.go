package loader

import "testing"

// TestOperatorOpensNoTarget: a target phrase opened by a finite auxiliary or modal is a predicate
// (the second verb of a coordinated predicate whose shared object is raised to the end), never a
// noun phrase, so no stance takes it; the shared object itself still does, and a noun phrase
// opened by a capitalised homograph of a modal ("May") is a name. Sentences written for this test.
func TestOperatorOpensNoTarget(t *testing.T) {
	runCases(t, []exCase{
		{"a raised object after a modal predicate",
			"A small office at the Asian Development Bank coordinates with, and will be publishing a short review of, the Mekong plan in 2020.",
			[]string{"!SUPPORTS Asian Development Bank -> will be publishing"}},
		{"the shared object kept, the predicate dropped",
			"A trade desk at the African Union coordinates with, and will be issuing a brief note on, AfCFTA in 2021 to help shape it.",
			[]string{"!SUPPORTS African Union -> will be issuing", "KNOWN parser: shared object AfCFTA obl:unmarked of issuing, on RP, with obl of coordinates (right node raising misread) | SUPPORTS African Union -> AfCFTA"}},
		{"a plain object",
			"The Asian Development Bank coordinates with the Mekong initiative.",
			[]string{"SUPPORTS Asian Development Bank -> Mekong initiative"}},
		{"a name opened by May",
			"Peru welcomed the May agreement on fisheries.",
			[]string{"SUPPORTS Peru -> May agreement"}},
	})
}
