package loader

import "testing"

// Cue senses that express no stance (issue 13, branch cues14; relation_frames_senses.go,
// frames/senses.go). Each test: sentences of my own where the rule must fire (no relation) and
// where it must not (the stance stays).

// TestSensesAcknowledgePossibility: a verb of acknowledging over a content clause with a modal
// of possibility or ability states a belief, not support.
func TestSensesAcknowledgePossibility(t *testing.T) {
	mustNotFire(t, []struct{ text, not string }{
		{"Peru recognizes that Chile may not change its position.", "found: SUPPORTS Peru"},
		{"Japan recognized that Vietnam cannot pay the debt this year.", "found: SUPPORTS Japan"},
		{"Britain recognizes that Iran might never accept the deal.", "found: SUPPORTS"},
	})
	frames19Cases(t, []struct{ text, want string }{
		{"Japan formally recognized Kosovo.", "SUPPORTS Japan -> Kosovo"},
		{"The ministers of Peru and Chile agreed that talks should resume.", "SUPPORTS Peru -> talks resuming"},
	})
}

// TestSensesRaisingVerb: an ordinary raising verb with a to-infinitive assigns its subject no
// role; the dictionary sense of TEND (DEFEND 074) is not meant.
func TestSensesRaisingVerb(t *testing.T) {
	mustNotFire(t, []struct{ text, not string }{
		{"Money from Japan tends to flow to Vietnam.", "found: OFFERS"},
		{"Brazil tends to export its soybeans to China.", "found: OFFERS Brazil"},
	})
	frames19Cases(t, []struct{ text, want string }{
		{"Russia tends to reject such proposals from Ukraine.", "OPPOSES Russia -> proposals"},
	})
}

// TestSensesRequirementNeed: need with a thing as object and a subject that is not the speaker
// (nor the speaker's side) states a requirement; with an actor as object, or said by the speaker
// of its own side, it is a demand.
func TestSensesRequirementNeed(t *testing.T) {
	mustNotFire(t, []struct{ text, not string }{
		{"Samsung, which needs American chips to power its phones, said it would comply.", "found: DEMANDS"},
		{"The World Bank did not need more capital to be effective.", "found: DEMANDS"},
		{"The ministry will take the steps that it needs to take.", "found: DEMANDS"},
		{"Poland needs more tanks to defend its border, the report said.", "found: DEMANDS"},
		{"Kenya will walk away if the talks do not produce the results it needs.", "found: DEMANDS"},
		{"Kenya's finance minister said Uganda needs more fuel to keep its power stations running.", "found: DEMANDS"},
	})
	frames19Cases(t, []struct{ text, want string }{
		{"Kenya needs Uganda to reopen the border.", "DEMANDS Kenya -> Uganda reopening the border"},
		{"Argentina needs more dollars to pay its debts.", "DEMANDS Argentina -> more dollars"},
		{"Ukrainian President Volodymyr Zelensky said Ukraine needs more fuel to keep its hospitals running.", "DEMANDS Ukraine -> more fuel"},
		{"Ukraine needs more fuel to keep its hospitals running, Ukrainian President Volodymyr Zelensky said.", "DEMANDS Ukraine -> more fuel"},
	})
}

// TestSensesSuffixlessAgent: a noun that is itself a dictionary verb ("transfer", "order") has
// no agentive suffix, so its possessor does not act through the verb (possessorOfThing); a
// suffixed agent noun's possessor does.
func TestSensesSuffixlessAgent(t *testing.T) {
	mustNotFire(t, []struct{ text, not string }{
		{"Russia's arms transfers have contributed to the war in Sudan.", "found: OFFERS"},
		{"Iran's oil transfers have helped the Houthi rebels.", "found: OFFERS"},
	})
	frames19Cases(t, []struct{ text, want string }{
		{"Kenya's leaders rejected the plan.", "OPPOSES Kenya -> plan"},
	})
}

// TestSensesPartnerlessPattern: a bare-preposition pattern of a two-party act ("- * (AT) [036] #
// MEET") whose slot holds a circumstance, not a party, takes the party a with- or to-phrase
// names when announced; held (asserted), MEET's own 040 is an event, no stance. (A trip,
// "will travel to Uganda for talks", CAMEO 042, is no offer at all: TestVisitNoOffer.)
func TestSensesPartnerlessPattern(t *testing.T) {
	mustNotFire(t, []struct{ text, not string }{
		{"Japan's foreign minister met with his Korean counterpart at her request in Seoul.", "found: OFFERS Japan -> her request"},
		{"Foreign Minister Wang Yi met with Foreign Minister Penny Wong at her invitation on Friday.", "found: OFFERS"},
	})
	frames19Cases(t, []struct{ text, want string }{
		{"Foreign Minister Wang Yi will meet with Foreign Minister Penny Wong at her invitation on Friday.", "OFFERS Wang Yi -> Penny Wong"},
		{"Egypt's president will meet with Ethiopia's prime minister at the summit.", "OFFERS Egypt -> Ethiopia"},
	})
}

// TestSensesThingCooperation: a member of a cooperation block inherits CAMEO 050 (diplomatic
// cooperation) only with a partner; with a thing as object it gives nothing. Approval blocks
// (SUPPORT: back) and members with a partner keep it.
func TestSensesThingCooperation(t *testing.T) {
	mustNotFire(t, []struct{ text, not string }{
		{"Kenya's trade ministry organized the seminar in Nairobi.", "found: SUPPORTS"},
		{"The Kenyan government will integrate the two payment systems.", "found: SUPPORTS"},
		{"Indonesia revealed its new export figures on Monday.", "found: SUPPORTS"},
		{"The Peruvian ministry harmonized the customs standards.", "found: SUPPORTS"},
		// events30a: the INFLUENCE block (persuade) is no 050 cooperation (cameo-types.txt
		// 050@INFLUENCE): a persuasion attempt supports neither the persuaded nor the act
		{"Brazil persuaded Argentina to drop the tariffs.", "found: SUPPORTS Brazil"},
	})
	frames19Cases(t, []struct{ text, want string }{
		{"Germany backed the plan.", "SUPPORTS Germany -> plan"},
		{"Egypt will coordinate its policy with Sudan.", "SUPPORTS Egypt -> its policy"},
	})
}
