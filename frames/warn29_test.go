package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestContinuedFight (issue 13, warn29): a noun of CAMEO.2.0.txt's &FIGHT set (fight, struggle,
// battle, war …) as the object of a support verb of continuing (keep up, continue: ContOper1,
// modality.txt) under a vow or a future is CAMEO 138 "threaten with military force" against the
// party named in its against/on-phrase (cameo-types.txt row 19, cue-classes.txt). Near misses:
// the fight reported as waged (an event, none of ours), a fight against an abstract ill (no party
// named: a metaphor of policy), talks continued, a campaign asserted.
func TestContinuedFight(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The militia vowed to continue its fight against Ethiopia.", graph.Threatens, "militia", "Ethiopia", "", true, anyMatch},
		{"Separatists pledged to keep up their struggle against the Moroccan government.", graph.Threatens, "Separatists", "government", "", true, anyMatch},
		{"The insurgents will continue their war against Baghdad.", graph.Threatens, "insurgents", "Baghdad", "", true, anyMatch},
		{"The guerrillas promised to continue their battle against the Colombian army.", graph.Threatens, "guerrillas", "army", "", true, anyMatch},
		// near misses
		{"The militia has continued its fight against Ethiopia for years.", graph.Threatens, "militia", "Ethiopia", "", false, anyMatch},
		{"The mayor vowed to continue the fight against crime.", graph.Threatens, "mayor", "crime", "", false, anyMatch},
		{"The minister pledged to keep up the war on poverty.", graph.Threatens, "minister", "poverty", "", false, anyMatch},
		{"The militia vowed to continue the talks with Ethiopia.", graph.Threatens, "militia", "Ethiopia", "", false, anyMatch},
		{"The militia fought a long war against Ethiopia.", graph.Threatens, "militia", "Ethiopia", "", false, anyMatch},
	})
}

// TestPromisedMeasure (issue 13, warn29): promise, pledge or vow with a coercive measure as
// object is CAMEO 13 "threaten" (cue-classes.txt, hostile-target; as CAMEO.2.0.txt's VOW *
// REVENGE [138]); "press ahead with" continues the subject's own act (OED press v., "press
// ahead"), no CAMEO 10 demand. Near misses: a promise of aid stays an offer, "pressed X to"
// and "pressed for" stay demands.
func TestPromisedMeasure(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Moscow promised retaliation against the new tariffs.", graph.Threatens, "Moscow", "*", "", true, anyMatch},
		{"Beijing pledged countermeasures against the arms sale.", graph.Threatens, "Beijing", "*", "", true, anyMatch},
		{"The junta vowed retaliation against the bloc.", graph.Threatens, "junta", "*", "", true, anyMatch},
		{"Pyongyang pressed ahead with its missile tests.", graph.Demands, "Pyongyang", "*", "", false, anyMatch},
		{"The navy vowed to press ahead with the exercises.", graph.Demands, "navy", "*", "", false, anyMatch},
		// near misses
		{"Tokyo promised aid to the flood victims.", graph.Threatens, "Tokyo", "*", "", false, anyMatch},
		{"Tokyo promised aid to the flood victims.", graph.Offers, "Tokyo", "*", "", true, anyMatch},
		{"Seoul pressed Tokyo to compensate the workers.", graph.Demands, "Seoul", "*", "", true, anyMatch},
		{"Paris pressed for a ceasefire.", graph.Demands, "Paris", "*", "", true, anyMatch},
	})
}
