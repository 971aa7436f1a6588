package loader

import "testing"

// Probe 21 of issue 14 (actors written as names and descriptions): sentences written for these
// rules.

// TestProbe21DatelineLead: a sentence that opens with a wire dateline is a story's lead, not a
// title-case headline, however many names it holds (segment_stage.go datelineLead).
func TestProbe21DatelineLead(t *testing.T) {
	runCases(t, []exCase{
		{"an Iberian name with particles after a Reuters dateline", "MADRID (Reuters) - Spanish Foreign Minister José Manuel de la Rosa criticized the European Commission.",
			[]string{"PERSON José Manuel de la Rosa", "OPPOSES José Manuel de la Rosa -> European Commission"}},
		{"a titled full name after an AP dateline", "ROME (AP) — Italian Prime Minister Giulia Moretti praised the World Bank.",
			[]string{"SUPPORTS Giulia Moretti -> World Bank"}},
		{"an Arabic name with its particle after a dateline", "RIYADH (Reuters) - Saudi Foreign Minister Faisal bin Khalid criticized the International Atomic Energy Agency.",
			[]string{"PERSON Faisal bin Khalid", "OPPOSES Faisal bin Khalid -> International Atomic Energy Agency"}},
		{"a German name after a dateline", "BERLIN (Reuters) - German Chancellor Friedrich Weber criticized the European Central Bank.",
			[]string{"OPPOSES Friedrich Weber -> European Central Bank"}},
		{"near miss: a title-case headline without a dateline asserts no stance", "Italian Prime Minister Condemns World Bank Report\n\nThe weather in Rome was mild on Monday.",
			[]string{"!OPPOSES Italian Prime Minister", "!OPPOSES Italy"}},
	})
}
