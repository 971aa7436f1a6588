package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestRatifyAuthorize: ratify is CAMEO 057 "sign formal agreement" (PLOVER SUPPORT "ratify,
// sign, or finalize an agreement or treaty"; CAMEO.2.0.txt RATIFY * &TREATY [057]) whatever it
// ratifies, another state's accession or membership included, not the ALLOW block's 080
// concession; authorize with an object approves it (PLOVER SUPPORT "approve policy, action"),
// but with object + to-infinitive it is permission, the ALLOW sense (Quirk et al. 1985, 16.63).
func TestRatifyAuthorize(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Hungary ratified Sweden's membership of the alliance.", graph.Supports, "Hungary", "membership", "", true, onlyAsserted | ruleKnown},
		{"Hungary ratified Sweden's membership of the alliance.", graph.Offers, "Hungary", "*", "", false, onlyAsserted | ruleKnown},
		{"Croatia ratified Montenegro's accession to the union.", graph.Supports, "Croatia", "accession", "", true, onlyAsserted | ruleKnown},
		{"The cabinet authorized the purchase of fighter jets.", graph.Supports, "cabinet", "purchase", "", true, onlyAsserted | ruleKnown},
		{"The council authorised the construction of a bridge.", graph.Supports, "council", "construction", "", true, onlyAsserted | ruleKnown},
		// controls: permission (object + to-infinitive) stays the dictionary's ALLOW 080
		{"The court authorized the police to search the house.", graph.Supports, "court", "*", "", false, onlyAsserted | ruleKnown},
		{"The court authorized the police to search the house.", graph.Offers, "court", "police", "", true, onlyAsserted | ruleKnown},
		{"Ghana authorised Belize.", graph.Supports, "Ghana", "*", "", false, onlyAsserted | ruleKnown},
		{"Ghana authorised Belize.", graph.Offers, "Ghana", "Belize", "", true, onlyAsserted | ruleKnown},
	})
}

// TestWithdrawFromProcess: withdrawing or pulling out from a process of negotiation halts it
// (CAMEO 164; PLOVER SANCTION "terminate discussions, negotiations"): a general head ("process",
// modality.txt relation-head) counts with a classifying premodifier of the kind ("peace",
// "mediation": CAMEO.2.0.txt "{PEACE PROCESS}"); "pull out of" is a RETREAT verb (+PULL_OUT)
// whose preposition the parser hangs with the particle. A place withdrawn from, a legal process
// and a shaft pulled out of stay no sanction.
func TestWithdrawFromProcess(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Sudan withdrew from the mediation process.", graph.Sanctions, "Sudan", "process", "", true, onlyAsserted | ruleKnown},
		{"Sudan withdrew from the mediation process.", graph.Offers, "Sudan", "*", "", false, onlyAsserted | ruleKnown},
		{"Ecuador withdrew from the peace process with Colombia.", graph.Sanctions, "Ecuador", "Colombia", "", true, onlyAsserted | ruleKnown},
		{"Bolivia pulled out of the talks.", graph.Sanctions, "Bolivia", "talks", "", true, onlyAsserted | ruleKnown},
		{"Uruguay pulled out of the treaty with Argentina.", graph.Sanctions, "Uruguay", "treaty", "", true, onlyAsserted | ruleKnown},
		// controls
		{"Chile withdrew from the selection process.", graph.Sanctions, "Chile", "*", "", false, onlyAsserted | ruleKnown},
		{"The miners pulled out of the collapsed shaft.", graph.Sanctions, "miners", "*", "", false, onlyAsserted | ruleKnown},
		{"Ghana withdrew from the border town.", graph.Sanctions, "Ghana", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestCessationOfTradeAndTreaty: the verbs of ending an activity that CAMEO.2.0.txt files in its
// reducing blocks (CANCEL: suspend, halt, stop; SEPARATE: sever, cut off) with trade or commerce
// with a party embargo it (CAMEO 163, PLOVER SANCTION), the with-party the target; suspending a
// treaty is CAMEO 161 (RETREAT * (FROM &TREATY)), conditional a threat (CAMEO 131). Trade halted
// in a market or by a storm names no party.
func TestCessationOfTradeAndTreaty(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Egypt halted trade with Israel.", graph.Sanctions, "Egypt", "Israel", "", true, onlyAsserted | ruleKnown},
		{"Egypt severed trade with Israel.", graph.Sanctions, "Egypt", "Israel", "", true, onlyAsserted | ruleKnown},
		{"Egypt cut off trade with Israel.", graph.Sanctions, "Egypt", "Israel", "", true, onlyAsserted | ruleKnown},
		{"Armenia suspended the transit treaty with Georgia.", graph.Sanctions, "Armenia", "treaty", "", true, onlyAsserted | ruleKnown},
		{"Russia would suspend the treaty if Norway joined the exercise.", graph.Threatens, "Russia", "treaty", "", true, onlyAsserted | ruleKnown},
		// controls
		{"The exchange halted trade in cocoa futures.", graph.Sanctions, "exchange", "*", "", false, onlyAsserted | ruleKnown},
		{"The storm stopped trade at the port.", graph.Sanctions, "storm", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestRespondToAttack: a response promised or intended to another's attack (modality.txt
// provocation) is a threat (CAMEO 130, PLOVER THREATEN); a response given, or one to a letter,
// is none.
func TestRespondToAttack(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Iran vowed to respond to any attack by Israel.", graph.Threatens, "Iran", "attack", "", true, onlyAsserted | ruleKnown},
		{"Turkey pledged to respond to any aggression against its ships.", graph.Threatens, "Turkey", "aggression", "", true, onlyAsserted | ruleKnown},
		// controls
		{"Iran responded to the attack by Israel.", graph.Threatens, "Iran", "*", "", false, onlyAsserted | ruleKnown},
		{"The ministry will respond to the letter next week.", graph.Threatens, "ministry", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestAssistanceDelivered: assistance delivered or sent is aid (CAMEO.2.0.txt DELIVER * AID,
// SEND * AID [070] with the GRANT block's ASSISTANCE [070]); a speech delivered is none.
func TestAssistanceDelivered(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The United States delivered military assistance to Ukraine.", graph.Offers, "States", "assistance", "", true, onlyAsserted | ruleKnown},
		{"Japan sent technical assistance to Kenya.", graph.Offers, "Japan", "assistance", "", true, onlyAsserted | ruleKnown},
		{"The president delivered a speech to parliament.", graph.Offers, "president", "*", "", false, onlyAsserted | ruleKnown},
	})
}
