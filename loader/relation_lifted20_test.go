package loader

import "testing"

// TestOfficialsSpeakForTheirState (issue 13, lifted20): an unnamed group of a state's officials,
// spokesmen or negotiators (officeheads.txt) that says its state would act announces the state's
// own act, as a group of its diplomats does (speaksFor). Traps: analysts of the same state,
// officials speaking of another state, a sector's officials.
func TestOfficialsSpeakForTheirState(t *testing.T) {
	runCases(t, []exCase{
		{"officials", "Malian officials said Bamako would retaliate if Niger closed the border.",
			[]string{"THREATENS Mali -> Niger"}},
		{"a senior official, singular", "A senior Ghanaian official said Ghana would accept the mediation of Nigeria.",
			[]string{"OFFERS Ghana -> mediation"}},
		{"negotiators", "Bolivian negotiators said Bolivia would reject the Chilean offer.",
			[]string{"OPPOSES Bolivia -> Chilean offer"}},
		{"analysts predict, they do not announce", "Malian analysts said Mali would retaliate if Niger closed the border.",
			[]string{"!THREATENS Mali", "!THREATENS Malian analysts"}},
		{"officials of one state on another", "Malian officials said Niger would retaliate against the rebels.",
			[]string{"!THREATENS Niger", "!THREATENS Mali"}},
		{"a sector's officials", "Malian mining officials said Mali would reject the Canadian offer.",
			[]string{"!OPPOSES Mali"}},
	})
}
