package loader

import "testing"

// TestReportingTailStart (issue 13, prec22): a medial reporting clause ", the foreign ministry
// said, …" that the parse hung inside the target phrase is cut off it (Quirk et al. 1985,
// 15.53). Near miss: a target with no reporting clause after it keeps its postmodifiers.
func TestReportingTailStart(t *testing.T) {
	runCases(t, []exCase{
		{"medial reporting clause", "Sweden on Tuesday eased restrictions on travel and trade with Belarus, the foreign ministry said, the first such step since 2020.",
			[]string{"OFFERS Sweden -> restrictions on travel and trade with Belarus", "!OFFERS Sweden -> ministry"}},
		{"medial reporting clause, demand", "Canberra on Monday demanded the release of two Australian sailors held by Fiji, the foreign ministry said, a day after talks failed.",
			[]string{"DEMANDS Canberra -> release", "!DEMANDS Canberra -> ministry"}},
		// near miss
		{"no reporting clause", "Quito lifted its ban on flights to Lima and Cusco.",
			[]string{"OFFERS Quito -> flights to Lima and Cusco"}},
	})
}
