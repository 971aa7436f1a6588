package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestConditionalCoercion (threat30): an act its subject announces with will, shall or would,
// set against a negative condition on another party's act (unless; if … not), threatens that
// party (Quirk et al. 1985, 15.36; PLOVER THREATEN "conditional coercion"; coercion.go), though
// the act's verb is no hostile entry of its own. Near misses: a prediction of a state under
// "may", a positive condition, a conditional promise (an offer), a party conditioned on its own
// act, a generic subject, a negated act (a conditional concession, unlessDemands), a passive
// condition with no agent.
func TestConditionalCoercion(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The bloc said it would send in its standby force unless the junta in Niamey restored the president.", graph.Threatens, "it", "junta", "verb-coercion:modality/condition/unless", true, ruleKnown},
		{"Beijing said it would cut off rare earth exports to Tokyo if Japan did not free the captain.", graph.Threatens, "it", "Japan", "verb-coercion:modality/condition/if", true, ruleKnown},
		{"Ankara will open the gates for migrants unless Brussels pays the promised funds, the president said.", graph.Threatens, "Ankara", "Brussels", "verb-coercion", true, anyMatch},
		{"The utility said it would reduce deliveries to Moldova if Chisinau does not settle its bills.", graph.Threatens, "it", "Chisinau", "verb-coercion", true, anyMatch},
		// near misses
		{"More villagers may die unless the donors act quickly, the coordinator said.", graph.Threatens, "*", "donors", "verb-coercion", false, anyMatch},
		{"The party will lose the support of Washington if it boycotts the vote, an analyst said.", graph.Threatens, "*", "*", "verb-coercion", false, anyMatch},
		{"The utility would resume talks with Moldova if Chisinau made a new offer.", graph.Threatens, "*", "*", "verb-coercion", false, anyMatch},
		{"Tokyo will resume aid to Yangon unless the junta expels the monitors.", graph.Threatens, "*", "*", "verb-coercion", false, anyMatch},
		{"Tokyo will resume aid to Yangon unless the junta expels the monitors.", graph.Offers, "Tokyo", "*", "", true, anyMatch},
		{"Ankara will send more troops unless Ankara finds new allies.", graph.Threatens, "*", "*", "verb-coercion", false, anyMatch},
		{"The company will cut 500 jobs unless the unions accept the freeze.", graph.Threatens, "*", "*", "verb-coercion", false, anyMatch},
		{"Seoul will not withdraw its troops unless Pyongyang disarms.", graph.Threatens, "*", "*", "verb-coercion", false, anyMatch},
		{"The utility will stop deliveries to Moldova unless a new contract is signed.", graph.Threatens, "*", "*", "verb-coercion", false, anyMatch},
		{"Officials said Moldova's economy would face hardship if Chisinau did not pay its debt.", graph.Threatens, "economy", "*", "verb-coercion", false, anyMatch},
	})
}
