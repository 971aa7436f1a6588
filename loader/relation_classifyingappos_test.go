package loader

import "testing"

// TestClassifyingAppositive: a relative clause on an indefinite appositive ("…, a step that Togo
// supported") is about the phrase the appositive classifies, not the bare class noun; a relative
// clause on a noun that stands in no apposition keeps its noun. Sentences written for this test.
func TestClassifyingAppositive(t *testing.T) {
	runCases(t, []exCase{
		{"an act named by a noun",
			"Ghana condemned the closure of the border, a step that Togo strongly supported.",
			[]string{"SUPPORTS Togo -> closure of the border", "!SUPPORTS Togo -> step"}},
		{"an act named by a gerund clause, the appositive taken for a conjunct",
			"By gradually raising the price of imported fuel, a measure that Peru openly opposed, the ministry was able to shrink the deficit.",
			[]string{"KNOWN parser: that WDT obl:unmarked (UD: obj) and 'the ministry was able' ccomp of opposed (UD: the main clause) | OPPOSES Peru -> raising the price of imported fuel", "!OPPOSES Peru -> measure"}},
		{"no apposition",
			"Chile opposed the new mining levy that Bolivia strongly supported.",
			[]string{"SUPPORTS Bolivia -> mining levy"}},
	})
}
