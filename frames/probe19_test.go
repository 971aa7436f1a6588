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
	checkMatches(t, []matchCase{
		{"Vietnam was unwilling to expel the Cambodian envoy.", graph.Opposes, "Vietnam", "*", "", true, onlyOwn | onlyUnnegated},
		{"Vietnam was unwilling to expel the Cambodian envoy.", graph.Sanctions, "Vietnam", "*", "", false, onlyOwn | onlyUnnegated},
		{"The rebels are unwilling to release the hostages.", graph.Opposes, "rebels", "*", "", true, onlyOwn | onlyUnnegated},
		{"The rebels are unwilling to release the hostages.", graph.Offers, "rebels", "*", "", false, onlyOwn | onlyUnnegated},
		{"Angola has been unwilling to accept the mediation offer.", graph.Opposes, "Angola", "*", "", true, onlyOwn | onlyUnnegated},
		{"Angola has been unwilling to accept the mediation offer.", graph.Offers, "Angola", "*", "", false, onlyOwn | onlyUnnegated},
		// near misses: the progressive of a dictionary verb is that verb
		{"Ghana is threatening to expel the Togolese envoy.", graph.Threatens, "Ghana", "*", "", true, onlyOwn | onlyUnnegated},
		{"Ghana is threatening to expel the Togolese envoy.", graph.Opposes, "Ghana", "*", "", false, onlyOwn | onlyUnnegated},
	})
}

// TestReceivedWarning (issue 13, probe19): a warning received from an agent is addressed to the
// receiver (CAMEO.2.0.txt "RECEIVE * THREATS" [:130]), which meets the "target" condition of the
// warning entry of cue-classes.txt as "a warning to X" does (receivedFrom). A warning that says
// what it is of or about stays with the entries that name those prepositions; one with no
// from-agent names no one who warns.
func TestReceivedWarning(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Armenia received a final warning from Azerbaijan on Tuesday.", graph.Threatens, "Azerbaijan", "*", "", true, onlyOwn | onlyUnnegated},
		{"Taipei has received repeated warnings from Beijing.", graph.Threatens, "Beijing", "*", "", true, onlyOwn | onlyUnnegated},
		// near misses
		{"The fishermen received a warning from the coast guard about the storm.", graph.Threatens, "guard", "*", "", false, onlyOwn | onlyUnnegated},
		{"The fishermen received a warning of high winds from the coast guard.", graph.Threatens, "guard", "*", "", false, onlyOwn | onlyUnnegated},
		{"Armenia received a warning.", graph.Threatens, "Armenia", "*", "", false, onlyOwn | onlyUnnegated},
	})

	knownParserMiss(t, "blunt NN obj of got and warning VBG xcomp (UD blunt JJ amod of warning, warning NN obj)", func(tb testing.TB) {
		checkMatches(tb, []matchCase{
			{"Kabul got a blunt warning from Islamabad after the attacks.", graph.Threatens, "Islamabad", "*", "", true, onlyOwn | onlyUnnegated},
		})
	})
}

// TestLowercaseProperNoun (issue 13, probe19): a premodifier of a cue noun that the tagger calls a
// proper noun but that is written in lower case ("a stark warning") names no actor (Quirk et al.
// 1985, 5.60: proper nouns take an initial capital); the support verb's subject is the source.
func TestLowercaseProperNoun(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Jordan issued a stark warning to Syria over the smuggling.", graph.Threatens, "Jordan", "*", "", true, onlyOwn | onlyUnnegated},
		{"Jordan issued a stark warning to Syria over the smuggling.", graph.Threatens, "stark", "*", "", false, onlyOwn | onlyUnnegated},
		{"The Kremlin issued a stark warning to Finland.", graph.Threatens, "Kremlin", "*", "", true, onlyOwn | onlyUnnegated},
		// control: a capitalized proper-noun premodifier stays the source
		{"The Moscow warning to Finland was widely reported.", graph.Threatens, "Moscow", "*", "", true, onlyOwn | onlyUnnegated},
	})
}

// TestConjoinedSupportObject (issue 13, probe19): a cue noun conjoined to the object of a support
// verb is the verb's object too (Quirk et al. 1985, 13.45–13.47), so the verb's subject is its
// source and the verb's obliques its targets, as for the first conjunct.
func TestConjoinedSupportObject(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Kuwait expressed deep concern and firm opposition to the Iraqi plan.", graph.Opposes, "Kuwait", "*", "", true, onlyOwn | onlyUnnegated},
		{"Norway voiced regret and strong criticism of the Danish decision.", graph.Opposes, "Norway", "*", "", true, onlyOwn | onlyUnnegated},
		{"Qatar voiced sympathy and support for the Sudanese people.", graph.Supports, "Qatar", "*", "", true, onlyOwn | onlyUnnegated},
		// near miss: a conjunct of a subject is no object of the verb
		{"Concern and opposition grew in Kuwait.", graph.Opposes, "Kuwait", "*", "", false, onlyOwn | onlyUnnegated},
	})
}

// TestNegatedWillingness (issue 13, probe19): a negated adjective of willingness (modality.txt
// intent: willing, ready, prepared) declares a refusal, as "unwilling" does (PLOVER REJECT), not a
// negated offer; the plain adjective stays an offer.
func TestNegatedWillingness(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Uruguay was not willing to sign the trade deal.", graph.Opposes, "Uruguay", "*", "", true, onlyOwn | onlyUnnegated},
		{"Uruguay was not willing to sign the trade deal.", graph.Offers, "Uruguay", "*", "", false, onlyOwn | onlyNegated},
		{"The Bolivian unions are not ready to end the strike.", graph.Opposes, "unions", "*", "", true, onlyOwn | onlyUnnegated},
		{"Hamas is not willing to release the remaining hostages.", graph.Opposes, "Hamas", "*", "", true, onlyOwn | onlyUnnegated},
		// near misses: the adjective not negated is an offer
		{"Uruguay is willing to sign the trade deal.", graph.Offers, "Uruguay", "*", "", true, onlyOwn | onlyUnnegated},
		{"Uruguay is willing to sign the trade deal.", graph.Opposes, "Uruguay", "*", "", false, onlyOwn | onlyUnnegated},
	})
}
