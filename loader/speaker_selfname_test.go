package loader

import "testing"

// TestSpokespersonSelfNamedCountry: a ministry spokesperson's briefing with no dateline, domain or
// publisher: the country her answers name as their subject more often than any other is her own,
// so her "we" is that state. Near miss: answers opening with two countries equally often give
// "we" no country.
func TestSpokespersonSelfNamedCountry(t *testing.T) {
	runCases(t, []exCase{
		{"answers naming their own state", "Regular Press Briefing by Foreign Ministry Spokesperson Lina Duarte\n\n" +
			"Q: Radio Sur: Paraguay says the dam will not reduce the river's flow. What is your view?\n\n" +
			"A: Uruguay is studying the report. Uruguay supports a joint technical commission. We urge Asuncion to share the hydrological data.\n\n" +
			"Q: Telam: Will Uruguay raise the issue at Mercosur?\n\n" +
			"A: Uruguay will raise it at the next summit. We oppose any unilateral change to the river's flow.",
			[]string{"DEMANDS Uruguay -> Paraguay sharing the hydrological data", "OPPOSES Uruguay -> unilateral change to the river's flow",
				"!DEMANDS Lina Duarte"}},
		{"two countries as often: no country", "Regular Press Briefing by Foreign Ministry Spokesperson Lina Duarte\n\n" +
			"Q: Radio Sur: What about the dam?\n\n" +
			"A: Uruguay is studying the report. Paraguay has shared some data. We urge both sides to talk.",
			[]string{"!DEMANDS Uruguay", "!DEMANDS Paraguay"}},
	})
}
