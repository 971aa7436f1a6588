package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestByMeansActive (issue 13, frames8): "X Ved by V-ing" parsed as a passive (nsubj:pass, no
// auxiliary) is active, and the by-gerund's act is X's (byMeansActive).
func TestByMeansActive(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Beijing retaliated by expelling four Lithuanian diplomats.", graph.Sanctions, "Beijing", "*", "", true, onlyAsserted | ruleKnown},
		{"Chad answered by expelling the French ambassador.", graph.Sanctions, "Chad", "*", "", true, onlyAsserted | ruleKnown},
		// controls: a be-passive with a by-gerund, and a passive with an agent, stay passive
		{"Kenya was punished by losing its aid.", graph.Sanctions, "Kenya", "*", "", false, onlyAsserted | ruleKnown},
		{"The envoy was expelled by Chad.", graph.Sanctions, "Chad", "*", "", true, onlyAsserted | ruleKnown},
	})
}

// TestVoteToAct (issue 13, frames8): "voted to V" is an intent verb over V (modality.txt intent
// vote, CAMEO.2.0.txt SELECT block with DECIDE): the act voted is the body's, not an offer.
func TestVoteToAct(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Peru's congress voted to demand the resignation of the electoral chief.", graph.Demands, "congress", "*", "", true, onlyAsserted | ruleKnown},
		{"Peru's congress voted to demand the resignation of the electoral chief.", graph.Offers, "congress", "*", "", false, onlyAsserted | ruleKnown},
		{"The assembly voted to reject the border treaty.", graph.Opposes, "assembly", "*", "", true, onlyAsserted | ruleKnown},
		{"The assembly voted to reject the border treaty.", graph.Offers, "assembly", "*", "", false, onlyAsserted | ruleKnown},
		// control: "voted for" stays the cue class of its own (SUPPORTS)
		{"The council voted for the budget.", graph.Supports, "council", "*", "", true, onlyAsserted | ruleKnown},
	})
}

// TestPrepositionOnlyPattern (issue 13, frames8): a pattern whose one slot is a preposition with
// no noun ("- * ON" [190], written for "press on") does not override the verb's own typed default
// when the verb has a direct object (prepositionOnly).
func TestPrepositionOnlyPattern(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Britain pressed Saudi Arabia on the killing of the journalist.", graph.Demands, "Britain", "*", "", true, onlyAsserted | ruleKnown},
		{"The teachers demanded guarantees on pensions.", graph.Demands, "teachers", "*", "", true, onlyAsserted | ruleKnown},
		{"Washington will push Tokyo on defence spending.", graph.Demands, "Washington", "*", "", true, onlyAsserted | ruleKnown},
		{"Washington will push Tokyo on defence spending.", graph.Threatens, "Washington", "*", "", false, onlyAsserted | ruleKnown},
		// control: a verb with no typed default keeps the pattern ("- * FOR" [111] # SLAM)
		{"Egypt slammed Israel for the raid.", graph.Opposes, "Egypt", "*", "", true, onlyAsserted | ruleKnown},
	})
}

// TestRequestedMatter (issue 13, frames8): a verb of request with a named addressee as object
// and a for- or on-phrase takes the phrase's noun as target, what is requested
// (requestedMatter); an infinitive of content keeps the addressee as target.
func TestRequestedMatter(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Bolivia pressed Chile for access to the sea.", graph.Demands, "Bolivia", "access", "", true, onlyAsserted | ruleKnown},
		{"Malawi asked the IMF for an emergency loan.", graph.Demands, "Malawi", "loan", "", true, onlyAsserted | ruleKnown},
		{"Canada pressed India on the investigation.", graph.Demands, "Canada", "investigation", "", true, onlyAsserted | ruleKnown},
		// controls: the infinitive is the content and the addressee the target; a thing demanded
		// as object stays the target
		{"Canada pressed India to cooperate with the investigation.", graph.Demands, "Canada", "India", "", true, onlyAsserted | ruleKnown},
		{"The unions demanded guarantees on pensions.", graph.Demands, "unions", "guarantees", "", true, onlyAsserted | ruleKnown},
	})
}

// TestWarningClause (issue 13, frames8): a warning noun's content clause (UD acl with "that") is
// read as the noun's when checking for a coercive measure (hostileArg with the cue's kind).
func TestWarningClause(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Turkey issued a warning that it would launch a military operation in Syria.", graph.Threatens, "Turkey", "*", "", true, onlyAsserted | ruleKnown},
		{"Pyongyang issued a warning that it would retaliate against the drills.", graph.Threatens, "Pyongyang", "*", "", true, onlyAsserted | ruleKnown},
		// control: a warning of a danger is no threat (CAMEO 012)
		{"The agency issued a warning that storms would hit the coast.", graph.Threatens, "agency", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestRequestDefault (issue 13, frames8): a verb of demand whose pattern is coded CAMEO 03 (WANT's
// sense of the DEMAND block: "* DIALOGUE" 036, "* {CLOSER TIE}" 030) keeps its own request code
// (requestDefault); WANT itself keeps the intent.
func TestRequestDefault(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The opposition demanded dialogue with the junta.", graph.Demands, "opposition", "*", "", true, onlyAsserted | ruleKnown},
		{"The opposition demanded dialogue with the junta.", graph.Offers, "opposition", "*", "", false, onlyAsserted | ruleKnown},
		{"The miners demanded a summit with the minister.", graph.Demands, "miners", "*", "", true, onlyAsserted | ruleKnown},
		{"Students pressed for closer ties with Europe.", graph.Offers, "Students", "*", "", false, onlyAsserted | ruleKnown},
		// control: wanting closer ties is the subject's own intent (WANT 030)
		{"Moldova wants closer ties with Romania.", graph.Offers, "Moldova", "*", "", true, onlyAsserted | ruleKnown},
	})
}

// TestInvariablePast (issue 13, frames8): a base form tagged VBD in a demand's that-clause is a
// mandative subjunctive unless the verb's past is its base (modality.txt invariable, Quirk 3.16).
func TestInvariablePast(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Algeria demanded that Morocco halt the construction of the wall.", graph.Demands, "Algeria", "*", "", true, onlyAsserted | ruleKnown},
		{"The miners demanded that the company end the lockout.", graph.Demands, "miners", "*", "", true, onlyAsserted | ruleKnown},
		// control: "cut" may be a past; the clause may report, so no demand is read
		{"Peru insisted that Chile cut its tariffs.", graph.Demands, "Peru", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestGerundAct (issue 13, frames8): "joined X in V-ing": the pattern "JOIN * (IN CONDEMNING)"
// codes the gerund's act, matched on the gerund with its own target; the co-agent X is no target
// (gerundAct).
func TestGerundAct(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Canada joined Britain in condemning the coup in Gabon.", graph.Opposes, "Canada", "coup", "", true, onlyAsserted | ruleKnown},
		{"Canada joined Britain in condemning the coup in Gabon.", graph.Opposes, "Canada", "Britain", "", false, onlyAsserted | ruleKnown},
		{"Norway joined Sweden in criticising the verdict.", graph.Opposes, "Norway", "Sweden", "", false, onlyAsserted | ruleKnown},
	})
}

// TestForwardParticle (issue 13, frames8): "forward" read as advmod right after the verb is the
// verb's particle (Quirk 16.2): "pushed forward an initiative" is not "pushed an initiative", a
// demand of the DEMAND block (it was hidden by the "- * ON" pattern before prepositionOnly).
func TestForwardParticle(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The secretary has pushed forward an initiative on debt relief.", graph.Demands, "secretary", "*", "", false, onlyAsserted | ruleKnown},
		// control: pushing an actor on a matter stays a demand
		{"Spain pushed Morocco on migration.", graph.Demands, "Spain", "*", "", true, onlyAsserted | ruleKnown},
	})
}
