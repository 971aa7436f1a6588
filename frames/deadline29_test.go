package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestDeadlineToLeave (issue 13, frames29a): a deadline given to a diplomat to leave is his
// expulsion (ultimatum.go, OED expel v.), also when the parser read the span as an appositive of
// the name or an appositive as the object; a deadline given to anyone else stays a demand, and
// "or face N" after the giving verb is the threat of the ultimatum (warning.go
// baseConjunctOfPast). Near misses: journalists told to leave, "or face" with a past verb.
func TestDeadlineToLeave(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The ministry gave the Cuban envoy 48 hours to leave the country.", graph.Sanctions, "ministry", "envoy", "+expulsion", true, anyMatch},
		{"In a dramatic step, the State Department gave Ali Hassan, Iraq's top diplomat in Washington, 48 hours to leave the country.", graph.Sanctions, "Department", "Ali", "+expulsion", true, anyMatch},
		{"The rebels gave President Kagame three days to resign, or face an attack.", graph.Threatens, "rebels", "Kagame", "-warning:modality/hostile/attack", true, anyMatch},
		// near misses
		{"The ministry gave the foreign journalists 48 hours to leave the country.", graph.Sanctions, "ministry", "journalists", "", false, anyMatch},
		{"The ministry gave the foreign journalists 48 hours to leave the country.", graph.Demands, "ministry", "journalists", "", true, anyMatch},
		{"The rebels gave President Kagame three days to resign, or faced an attack.", graph.Threatens, "rebels", "Kagame", "", false, anyMatch},
	})
}

// TestConditionedActWarning (issue 13, frames29a): a general noun of acting warned of under an
// if-clause is a threat (cue-classes.txt warn + pobject:act conditioned), also when the parser
// made the if-clause the verb's content (condition.go conditioned), aimed at the party of the
// condition (conditionThreats). Near misses: action warned of with no condition, an if-clause
// as the content of a verb of asking.
func TestConditionedActWarning(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The council told Iran to halt enrichment, warning of further action if Tehran went ahead.", graph.Threatens, "council", "action", "class/verb/warn", true, anyMatch},
		{"The council told Iran to halt enrichment, warning of further action if Tehran went ahead.", graph.Threatens, "council", "Tehran", "-condition:", true, anyMatch},
		{"Moscow warned of retaliation if Kiev joined the alliance.", graph.Threatens, "Moscow", "Kiev", "-condition:", true, anyMatch},
		// near misses
		{"The minister warned of action on climate change.", graph.Threatens, "minister", "action", "", false, anyMatch},
		{"The minister asked if Tehran would act.", graph.Threatens, "minister", "Tehran", "", false, anyMatch},
	})
}
