package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestRetaliateFor (issue 13, lifted20): a "for" pattern coded as a verbal judgement (PHYSICAL_
// CONFLICT "- * (FOR)" [111]) needs the one judged as object (Levin 1993, 33); "vowed to
// retaliate against X for Y" is a threat against X (CAMEO 13), not a criticism of Y.
func TestRetaliateFor(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Iran vowed to retaliate against the United States for the downing of its airliner.", graph.Threatens, "Iran", "States", "", true, onlyAsserted | ruleKnown},
		{"Iran vowed to retaliate against the United States for the downing of its airliner.", graph.Opposes, "Iran", "*", "", false, onlyAsserted | ruleKnown},
		{"The militia pledged to retaliate against Ethiopia for the shelling of its camps.", graph.Threatens, "militia", "Ethiopia", "", true, onlyAsserted | ruleKnown},
		{"The militia pledged to retaliate against Ethiopia for the shelling of its camps.", graph.Opposes, "militia", "shelling", "", false, onlyAsserted | ruleKnown},
		// near misses: the judgement sense with its object stays a criticism; a past
		// retaliation asserted is an assault, none of ours
		{"Seoul blasted Pyongyang for the missile launch.", graph.Opposes, "Seoul", "Pyongyang", "", true, onlyAsserted | ruleKnown},
		{"Chile retaliated against Peru for the raid.", graph.Threatens, "Chile", "*", "", false, onlyAsserted | ruleKnown},
		{"Chile retaliated against Peru for the raid.", graph.Opposes, "Chile", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestPromisedThat (issue 13, lifted20): a verb of intent (modality.txt intent: promise, pledge,
// vow) over a that-clause whose subject is its own subject commits the subject to the clause's
// act (Searle 1976, commissives): the act is its own, announced; another's act in the clause, or
// a clause under a verb of hope, is not.
func TestPromisedThat(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Japan promised that it would provide emergency aid to the flood victims in Bangladesh.", graph.Offers, "it", "aid", "", true, onlyAsserted | ruleKnown},
		{"Thailand promised it would return the refugees to Burma.", graph.Offers, "it", "refugees", "", true, onlyAsserted | ruleKnown},
		{"Ghana vowed that it would never recognise the junta.", graph.Opposes, "it", "junta", "", true, onlyAsserted | ruleKnown},
		{"Kenya pledged that Kenya will release the detainees.", graph.Offers, "Kenya", "detainees", "", true, onlyAsserted | ruleKnown},
		// near misses: another's act promised, a hope, a denial, a that-clause of "mean"
		{"Japan promised that Korea would provide emergency aid.", graph.Offers, "Korea", "*", "", false, onlyAsserted | ruleKnown},
		{"Japan hoped that it would provide emergency aid.", graph.Offers, "it", "*", "", false, onlyAsserted | ruleKnown},
		{"Egypt denied that it would reject the Sudanese proposal.", graph.Opposes, "it", "*", "", false, onlyAsserted | ruleKnown},
		{"Chile believes the drought means that it will reject the Bolivian offer.", graph.Opposes, "it", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestIntentOverTimePhrase (issue 13, lifted20): "vowed on Tuesday to retaliate", "voted on
// Sunday to freeze": the infinitive after an intent verb and a time phrase, hung as an adjunct
// by the parser, scopes as the intent verb's complement, the subject's own intended act. Near
// misses: a purpose infinitive after an object, a verb of hope.
func TestIntentOverTimePhrase(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Hezbollah vowed on Tuesday to retaliate against Israel.", graph.Threatens, "Hezbollah", "Israel", "", true, onlyAsserted | ruleKnown},
		{"The Iranian parliament voted on Sunday to freeze the assets of the American companies.", graph.Threatens, "parliament", "assets", "", true, onlyAsserted | ruleKnown},
		{"The army sent troops on Monday to seize the border town.", graph.Sanctions, "army", "*", "", false, onlyAsserted | ruleKnown},
		{"Hezbollah hoped on Tuesday to retaliate against Israel.", graph.Threatens, "Hezbollah", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestMedialReportingClause (issue 13, lifted20): a reporting clause between commas inside the
// clause it reports ("Syria, the official news agency said, would reject …"; Quirk et al. 1985,
// 15.53) leaves the reported act its subject's, the noun phrase before the parenthetical, as a
// reporting clause after the report does. Near misses: the same words with the speaker first
// (another's act predicted), and a first phrase that is no noun.
func TestMedialReportingClause(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Bolivia, the official news agency said, would reject any partial deal.", graph.Opposes, "Bolivia", "deal", "", true, onlyAsserted | ruleKnown},
		{"Ghana, the minister said, would not accept the plan.", graph.Opposes, "Ghana", "plan", "", true, onlyAsserted | ruleKnown},
		{"Iran, officials said, is ready to resume talks with the Europeans.", graph.Offers, "Iran", "*", "", true, onlyAsserted | ruleKnown},
		{"Bolivia said the official news agency would reject any partial deal.", graph.Opposes, "Bolivia", "*", "", false, onlyAsserted | ruleKnown},
		{"Bolivia said the official news agency would reject any partial deal.", graph.Opposes, "agency", "*", "", false, onlyAsserted | ruleKnown},
		{"On Monday, the official news agency said, Bolivia would reject any partial deal.", graph.Opposes, "Monday", "*", "", false, onlyAsserted | ruleKnown},
	})
}
