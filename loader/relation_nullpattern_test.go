package loader

import "testing"

// A CAMEO null-code pattern ("- * PRICE" [---] of the REFUSE block) sets the verb's event aside
// only for its own object noun, never for a compound whose first part that noun is: the head
// decides what the compound refers to (frames/match_patterns.go, patternScore). Invented sentences.
func TestNullPatternNamesTheObjectHead(t *testing.T) {
	runCases(t, []exCase{
		{"a price cap is a cap", "Norway rejected the price cap on Tuesday.",
			[]string{"OPPOSES Norway -> price cap"}},
		{"coordinated subjects, a modified compound", "Chile and Peru rejected the proposed price freeze.",
			[]string{"OPPOSES Chile -> price freeze", "OPPOSES Peru -> price freeze"}},
		{"the pattern's noun itself as the object stays no event", "Norway rejected the price on Tuesday.",
			[]string{"!OPPOSES Norway"}},
	})
}
