package loader

import "testing"

// TestStateCollectives: a bare plural of states with a descriptive premodifier is a GROUP actor
// (stateCollectives, actor_unnamed.go); determiners, numerals and quantifiers keep it from firing.
// Sentences written for this test.
func TestStateCollectives(t *testing.T) {
	runCases(t, []exCase{
		{"a bare plural with a time phrase before the verb", "Climate talks\n\nBELEM, Brazil (AP) - Small island nations on Friday demanded that the final agreement include a timetable for phasing out coal.",
			[]string{"actor small island nations", "DEMANDS small island nations -> timetable"}},
		{"another wording and cue", "Border tax\n\nGENEVA (Reuters) - Developing countries have rejected the proposed carbon border tax.",
			[]string{"OPPOSES developing countries -> carbon border tax"}},
		{"must not fire: a numeral or determiner names states the article names", "Border tax\n\nGENEVA (Reuters) - Chile and Peru met in Lima. The two countries rejected the plan. Both nations also rejected the tariff.",
			[]string{"!actor two countries", "!actor nations"}},
		{"must not fire: a quantifier", "Border tax\n\nGENEVA (Reuters) - Many poor countries rejected the plan.",
			[]string{"!actor poor countries", "!actor many poor countries"}},
		{"must not fire: an object of a preposition", "Border tax\n\nGENEVA (Reuters) - Talks between rich nations stalled, officials said.",
			[]string{"!actor rich nations"}},
	})
}
