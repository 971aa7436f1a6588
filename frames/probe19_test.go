package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestAdjectivalIng (issue 13, probe19): "unwilling" after "be", which the tagger reads as the
// progressive of a verb "unwill" that English lacks, is the adjective cue of cue-classes.txt
// (Quirk et al. 1985, 7.15–7.16: an -ing adjective with no verb base): the refusal is the
// subject's, and the act it governs is its content, not the subject's act. An -ing form of a
// real verb after "be" stays the progressive.
func TestAdjectivalIng(t *testing.T) {
	checkNegated(t, []negCase{
		{"Vietnam was unwilling to expel the Cambodian envoy.", graph.Opposes, "Vietnam", false, true},
		{"Vietnam was unwilling to expel the Cambodian envoy.", graph.Sanctions, "Vietnam", false, false},
		{"The rebels are unwilling to release the hostages.", graph.Opposes, "rebels", false, true},
		{"The rebels are unwilling to release the hostages.", graph.Offers, "rebels", false, false},
		{"Angola has been unwilling to accept the mediation offer.", graph.Opposes, "Angola", false, true},
		{"Angola has been unwilling to accept the mediation offer.", graph.Offers, "Angola", false, false},
		// near misses: the progressive of a dictionary verb is that verb
		{"Ghana is threatening to expel the Togolese envoy.", graph.Threatens, "Ghana", false, true},
		{"Ghana is threatening to expel the Togolese envoy.", graph.Opposes, "Ghana", false, false},
	})
}

// TestReceivedWarning (issue 13, probe19): a warning received from an agent is addressed to the
// receiver (CAMEO.2.0.txt "RECEIVE * THREATS" [:130]), which meets the "target" condition of the
// warning entry of cue-classes.txt as "a warning to X" does (receivedFrom). A warning that says
// what it is of or about stays with the entries that name those prepositions; one with no
// from-agent names no one who warns.
func TestReceivedWarning(t *testing.T) {
	checkNegated(t, []negCase{
		{"Armenia received a final warning from Azerbaijan on Tuesday.", graph.Threatens, "Azerbaijan", false, true},
		{"Taipei has received repeated warnings from Beijing.", graph.Threatens, "Beijing", false, true},
		// near misses
		{"The fishermen received a warning from the coast guard about the storm.", graph.Threatens, "guard", false, false},
		{"The fishermen received a warning of high winds from the coast guard.", graph.Threatens, "guard", false, false},
		{"Armenia received a warning.", graph.Threatens, "Armenia", false, false},
	})

	knownParserMiss(t, "blunt NN obj of got and warning VBG xcomp (UD blunt JJ amod of warning, warning NN obj)", func(tb testing.TB) {
		checkNegated(tb, []negCase{
			{"Kabul got a blunt warning from Islamabad after the attacks.", graph.Threatens, "Islamabad", false, true},
		})
	})
}

// TestLowercaseProperNoun (issue 13, probe19): a premodifier of a cue noun that the tagger calls a
// proper noun but that is written in lower case ("a stark warning") names no actor (Quirk et al.
// 1985, 5.60: proper nouns take an initial capital); the support verb's subject is the source.
func TestLowercaseProperNoun(t *testing.T) {
	checkNegated(t, []negCase{
		{"Jordan issued a stark warning to Syria over the smuggling.", graph.Threatens, "Jordan", false, true},
		{"Jordan issued a stark warning to Syria over the smuggling.", graph.Threatens, "stark", false, false},
		{"The Kremlin issued a stark warning to Finland.", graph.Threatens, "Kremlin", false, true},
		// control: a capitalized proper-noun premodifier stays the source
		{"The Moscow warning to Finland was widely reported.", graph.Threatens, "Moscow", false, true},
	})
}

// TestConjoinedSupportObject (issue 13, probe19): a cue noun conjoined to the object of a support
// verb is the verb's object too (Quirk et al. 1985, 13.45–13.47), so the verb's subject is its
// source and the verb's obliques its targets, as for the first conjunct.
func TestConjoinedSupportObject(t *testing.T) {
	checkNegated(t, []negCase{
		{"Kuwait expressed deep concern and firm opposition to the Iraqi plan.", graph.Opposes, "Kuwait", false, true},
		{"Norway voiced regret and strong criticism of the Danish decision.", graph.Opposes, "Norway", false, true},
		{"Qatar voiced sympathy and support for the Sudanese people.", graph.Supports, "Qatar", false, true},
		// near miss: a conjunct of a subject is no object of the verb
		{"Concern and opposition grew in Kuwait.", graph.Opposes, "Kuwait", false, false},
	})
}

// TestNegatedWillingness (issue 13, probe19): a negated adjective of willingness (modality.txt
// intent: willing, ready, prepared) declares a refusal, as "unwilling" does (PLOVER REJECT), not a
// negated offer; the plain adjective stays an offer.
func TestNegatedWillingness(t *testing.T) {
	checkNegated(t, []negCase{
		{"Uruguay was not willing to sign the trade deal.", graph.Opposes, "Uruguay", false, true},
		{"Uruguay was not willing to sign the trade deal.", graph.Offers, "Uruguay", true, false},
		{"The Bolivian unions are not ready to end the strike.", graph.Opposes, "unions", false, true},
		{"Hamas is not willing to release the remaining hostages.", graph.Opposes, "Hamas", false, true},
		// near misses: the adjective not negated is an offer
		{"Uruguay is willing to sign the trade deal.", graph.Offers, "Uruguay", false, true},
		{"Uruguay is willing to sign the trade deal.", graph.Opposes, "Uruguay", false, false},
	})
}
