package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestJudgedReason (holders31, judged.go): the reason phrase of a judgement verb (Levin 1993, 33)
// is predicated of the one judged, so its act is the object's, not the critic's: a gerund
// ("praised X for backing …") and a possessive pronoun on a noun cue ("criticized X over his call
// for …"), also with the phrase hung on an adjunct of place or time before it. Must-nots: a
// possessive pronoun after a verb that judges no one ("met X after his call …") keeps its own
// antecedent, and a first-person possessor is the speaker's.
func TestJudgedReason(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The mayor criticized the governor over his call for new tolls.", graph.Demands, "governor", "tolls", "frames:noun-judged", true, anyMatch},
		{"The mayor criticized the governor in the council over his call for new tolls.", graph.Demands, "governor", "tolls", "frames:noun-judged", true, anyMatch},
		{"The senator praised the governor for opposing the pipeline.", graph.Opposes, "governor", "pipeline", "frames:verb-judged", true, anyMatch},
		{"The union thanked the minister for supporting the strike.", graph.Supports, "minister", "strike", "frames:verb-judged", true, anyMatch},
		{"The senator praised the governor for opposing the pipeline.", graph.Opposes, "senator", "pipeline", "", false, anyMatch},
		// must-nots
		{"The mayor met the governor after his call for new tolls.", graph.Demands, "his", "tolls", "frames:noun-poss", true, anyMatch},
		{"The mayor criticized the governor over my call for new tolls.", graph.Demands, "governor", "tolls", "", false, anyMatch},
	})
}

// TestAgentNounPossessor (holders31, nouns.go): an agent noun names the agent itself, so its
// genitive is no subjective genitive ("the party's most vocal advocate of X" is an advocate in
// the party): the appositive's anchor or the copula's subject holds the stance, never the
// possessor. Must-not: an event noun's possessor stays its agent ("the party's support for …").
func TestAgentNounPossessor(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The senator, the party's most vocal advocate of lower tariffs, spoke on Monday.", graph.Supports, "party", "*", "", false, anyMatch},
		{"The senator, the party's most vocal advocate of lower tariffs, spoke on Monday.", graph.Supports, "senator", "tariffs", "", true, anyMatch},
		{"The governor is the union's strongest supporter of the levy.", graph.Supports, "governor", "levy", "", true, anyMatch},
		// must-not
		{"The party's support for the levy surprised nobody.", graph.Supports, "party", "levy", "frames:noun-poss", true, anyMatch},
	})
}

// TestConjReportedClause (holders31, conjclause.go): a verb in the present tense that the parser
// conjoined to a past verb of saying, while the reported clause before it is in the present, is
// that clause's conjunct and shares its subject. Must-not: a conjunct in the tense of the verb of
// saying is the speaker's own act.
func TestConjReportedClause(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The director said the association is not a lobby and supports lawmakers of both parties.", graph.Supports, "director", "lawmakers", "", false, anyMatch},
		{"The director said the association is not a lobby and supports lawmakers of both parties.", graph.Supports, "association", "lawmakers", "frames:verb-conj", true, anyMatch},
		// must-not
		{"The director said the plan was costly and opposed the new tax.", graph.Opposes, "director", "tax", "", true, anyMatch},
	})
}

// TestAppealAddresseeInfinitive (holders31, appealaddressee.go; trial30 N10): an infinitive the
// parser hung on the addressee of an appeal ("calls on A and B to agree to a ceasefire") is the
// act wanted, not the addressee's offer. Must-not: an infinitive on a noun that no one is asked
// ("the rebels' decision to agree to a ceasefire") keeps its controller.
func TestAppealAddresseeInfinitive(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The Council calls on the Federal Armed Forces and the Popular Defence Forces to agree to an immediate and unconditional ceasefire, to allow relief agencies safe and unhindered access, and to return to the negotiating table.", graph.Offers, "Forces", "ceasefire", "", false, anyMatch},
		{"The Council calls on the Federal Armed Forces and the Popular Defence Forces to agree to an immediate and unconditional ceasefire, to allow relief agencies safe and unhindered access, and to return to the negotiating table.", graph.Demands, "Council", "*", "", true, anyMatch},
		// must-not
		{"The rebels' decision to agree to an immediate ceasefire surprised the mediators.", graph.Offers, "rebels", "ceasefire", "", true, anyMatch},
	})
}
