package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestCallComplement (left24): the noun call is a demand only with its complementation ("a call
// for", "a call on X to"; cue-classes.txt complement): a call received from someone with none is
// a telephone call or a visit (WordNet 3.0 call n.), no CAMEO 10 demand. Received demands and
// warnings keep their from-phrase agent.
func TestCallComplement(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The governor received a telephone call from the interior minister.", graph.Demands, "*", "*", "", false, anyMatch},
		{"Kenya's president received a call from his Ugandan counterpart on Sunday.", graph.Demands, "*", "*", "", false, anyMatch},
		{"The envoy got a phone call from Tehran late at night.", graph.Demands, "*", "*", "", false, anyMatch},
		{"Norway renewed its call for a ceasefire.", graph.Demands, "Norway", "*", "", true, anyMatch},
		{"The council issued a call on Serbia to release the prisoners.", graph.Demands, "council", "*", "", true, anyMatch},
		{"The union received a demand from the employers for wage cuts.", graph.Demands, "employers", "*", "", true, anyMatch},
	})
}

// TestOrderedDirection (left24): "order" with an adverb of direction (back, out, away, off) is
// the SVOA order to go somewhere (cue-classes.txt order back/out/away/off); the passive leaves
// the adverb beside the verb, where it reads as a particle, and the by-agent demands of the
// passive subject (CAMEO 10). Near misses: with a direct object the adverb is left to the
// dictionary ("ordered back its ambassador" is a recall, no demand on the ambassador).
func TestOrderedDirection(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Dock workers were ordered back to work by the labour ministry.", graph.Demands, "ministry", "*", "", true, anyMatch},
		{"The protesters were ordered out of the square by the police.", graph.Demands, "police", "*", "", true, anyMatch},
		{"Journalists were ordered away from the border by Moroccan troops.", graph.Demands, "troops", "*", "", true, anyMatch},
		{"The ministry ordered the workers back to work.", graph.Demands, "ministry", "*", "", true, anyMatch},
		{"Greece ordered back its ambassador to Ankara.", graph.Demands, "*", "*", "", false, anyMatch},
	})
}

// TestFightLines (left24): the verb fight with the combat lines' senses (cue-classes.txt):
// fighting a named party announced is CAMEO 190 force threatened, fighting a practice or ill is
// WordNet 3.0 fight.v.02 "fight against or resist strongly", opposition (CAMEO 110). Near miss: a
// fight waged is an event, none of ours.
func TestFightLines(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The president vowed to fight corruption.", graph.Opposes, "president", "*", "", true, anyMatch},
		{"The president vowed to fight corruption.", graph.Threatens, "*", "*", "", false, anyMatch},
		{"The militia vowed to fight the Ethiopian army.", graph.Threatens, "militia", "*", "", true, anyMatch},
		{"The army fought the rebels for three days.", graph.Threatens, "*", "*", "", false, anyMatch},
	})
}
