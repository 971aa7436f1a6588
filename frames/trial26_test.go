package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestVisitsNoStance26 (trial26, issue 14): a journey is CAMEO 042 "make a visit" whether held
// or announced (cameo-types.txt 040@GO_SOMEWHERE), and "call on X" without the complement of an
// appeal is a visit (cue-classes.txt need bare; Quirk et al. 1985, 16.63); the appeal with its
// to-infinitive or for-phrase, a trip with a purpose of offering, and an announced meeting keep
// their types.
func TestVisitsNoStance26(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Chile's foreign minister will travel to Japan, Vietnam and Indonesia next week.", graph.Offers, "minister", "*", "", false, onlyOwn | onlyUnnegated},
		{"Kenya's president will go to Addis Ababa on Monday.", graph.Offers, "president", "*", "", false, onlyOwn | onlyUnnegated},
		{"Reyes will call on the leadership of Vietnam in Hanoi.", graph.Demands, "Reyes", "*", "", false, onlyOwn | onlyUnnegated},
		{"The envoy called upon the king at the palace on Tuesday.", graph.Demands, "envoy", "*", "", false, onlyOwn | onlyUnnegated},
		// the appeal and the purposes keep their types
		{"Chile called on Argentina to reopen the mountain pass.", graph.Demands, "Chile", "*", "", true, onlyOwn | onlyUnnegated},
		{"Ghana called on both sides for restraint.", graph.Demands, "Ghana", "*", "", true, onlyOwn | onlyUnnegated},
		{"France calls on Russia to immediately cease its attacks.", graph.Demands, "France", "*", "", true, onlyOwn | onlyUnnegated},
		{"The president will travel to Kinshasa to offer mediation.", graph.Offers, "president", "*", "", true, onlyOwn | onlyUnnegated},
		{"Japan will meet South Korea next week to discuss the dispute.", graph.Offers, "Japan", "*", "", true, onlyOwn | onlyUnnegated},
	})
}

// TestSupportSubjectOverNational26 (trial26, issue 14): the subject of a support verb (keep,
// extend, impose: modality.txt support; Mel'čuk 1996 Oper1/Cont1) is the measure noun's agent,
// so a national modifier of the noun is not ("Nigerian poultry": the goods' origin); a headline
// "X to V" has X for subject (Quirk et al. 1985, 4.48). Without a support verb the national
// modifier stays the agent ("the Ugandan ban on Kenyan sugar": Uganda bans).
func TestSupportSubjectOverNational26(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Ghana to keep Nigerian poultry ban", graph.Sanctions, "Ghana", "*", "", true, onlyOwn | onlyUnnegated},
		{"Ghana to keep Nigerian poultry ban", graph.Sanctions, "Nigerian", "*", "", false, onlyOwn | onlyUnnegated},
		{"Ottawa extended the Russian oil ban.", graph.Sanctions, "Ottawa", "*", "", true, onlyOwn | onlyUnnegated},
		{"Ottawa extended the Russian oil ban.", graph.Sanctions, "Russian", "*", "", false, onlyOwn | onlyUnnegated},
		{"The Ugandan ban on Kenyan sugar took effect on Monday.", graph.Sanctions, "Ugandan", "*", "", true, onlyOwn | onlyUnnegated},
	})
}
