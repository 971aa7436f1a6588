package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestAlternativeSource (issue 13, frames24): a subjectless gerund marked "rather than" /
// "instead of" is the alternative not taken — negated — and its understood subject is that of
// the clause it contrasts with, not the noun the parser hung it on (alternativeController).
func TestAlternativeSource(t *testing.T) {
	checkMatches(t, []matchCase{
		{"We will work with our partners to address concerns about Beijing's subsidies rather than undermining our alliances.", graph.Sanctions, "We", "*", "", true, onlyOwn | onlyNegated},
		{"We will work with our partners to address concerns about Beijing's subsidies rather than undermining our alliances.", graph.Sanctions, "Beijing", "*", "", false, onlyOwn | onlyNegated},
		{"Ottawa chose to negotiate with Mexico instead of expelling its diplomats.", graph.Sanctions, "Ottawa", "*", "", true, onlyOwn | onlyNegated},
		{"Ottawa chose to negotiate with Mexico instead of expelling its diplomats.", graph.Sanctions, "Mexico", "*", "", false, onlyOwn | onlyNegated},
		{"Rather than expelling the envoy, Ghana summoned him.", graph.Sanctions, "Ghana", "*", "", false, onlyOwn | onlyUnnegated},
		// controls: the contrasted act stays asserted
		{"Kenya expelled the envoy rather than negotiating with the rebels.", graph.Sanctions, "Kenya", "*", "", true, onlyOwn | onlyUnnegated},
	})
}

// TestTradePartnerTarget (issue 13, frames24): a sanction on trade is aimed at the other party
// of the blocked exchange (CAMEO 163 embargo; modality.txt trade-to/-from/-with): bar X from
// selling to Y, ban exports to Y, imports from Y, trading with Y. Without a partner the target
// stays the object.
func TestTradePartnerTarget(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The United States barred American companies from selling components to Huawei.", graph.Sanctions, "States", "Huawei", "", true, onlyAsserted | ruleKnown},
		{"Canada prohibited its firms from buying oil from Venezuela.", graph.Sanctions, "Canada", "Venezuela", "", true, onlyAsserted | ruleKnown},
		{"Germany banned exports of tanks to Turkey.", graph.Sanctions, "Germany", "Turkey", "", true, onlyAsserted | ruleKnown},
		{"Russia banned imports of fruit from Moldova.", graph.Sanctions, "Russia", "Moldova", "", true, onlyAsserted | ruleKnown},
		{"The ministry banned local banks from trading with Iran.", graph.Sanctions, "ministry", "Iran", "", true, onlyAsserted | ruleKnown},
		// a named party barred is itself hit
		{"Washington barred Huawei from selling chips to Iran.", graph.Sanctions, "Washington", "Huawei", "", true, onlyAsserted | ruleKnown},
		// no partner named: the object stays the target
		{"Canada prohibited its firms from buying Venezuelan oil.", graph.Sanctions, "Canada", "firms", "", true, onlyAsserted | ruleKnown},
		// a time phrase is no partner
		{"Germany banned exports of tanks from Monday.", graph.Sanctions, "Germany", "exports", "", true, onlyAsserted | ruleKnown},
	})
}

// TestCustodyCoerce (issue 13, frames24): arresting (CAMEO 173 in the APPREHEND and RE_ARREST
// blocks) is PLOVER COERCE "arrest" — SANCTIONS, as the rest of 17 — and so are the APPREHEND
// block's 175 patterns (arresting protesters or journalists is an arrest); suing, convicting and
// jailing stay legal opposition (cameo-types.txt 173).
func TestCustodyCoerce(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Police in Lagos arrested the union leader.", graph.Sanctions, "Police", "*", "", true, onlyAsserted | ruleKnown},
		{"Police arrested dozens of protesters in the capital.", graph.Sanctions, "Police", "*", "", true, onlyAsserted | ruleKnown},
		{"The secret police re-arrested the dissident.", graph.Sanctions, "police", "*", "", true, onlyAsserted | ruleKnown},
		{"Officers apprehended two suspects near the border.", graph.Sanctions, "Officers", "*", "", true, onlyAsserted | ruleKnown},
		{"The family sued the hospital.", graph.Opposes, "family", "*", "", true, onlyAsserted | ruleKnown},
		{"The family sued the hospital.", graph.Sanctions, "family", "*", "", false, onlyAsserted | ruleKnown},
		{"A federal jury convicted the former senator.", graph.Opposes, "jury", "*", "", true, onlyAsserted | ruleKnown},
		{"Belarus jailed the activist for five years.", graph.Sanctions, "Belarus", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestApprovalBlock (issue 13, frames24): a coercion-object pattern keeps the approval verb's
// SUPPORTS only in a block of approval (one with a verb coded 051); "dealt a blow to" (BARGAIN,
// 050 only) keeps its own 110.
func TestApprovalBlock(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The ruling dealt a blow to the governor.", graph.Supports, "ruling", "*", "", false, onlyAsserted | ruleKnown},
		{"The strike dealt a heavy blow to the airline.", graph.Supports, "strike", "*", "", false, onlyAsserted | ruleKnown},
		{"Germany supported sanctions against Minsk.", graph.Supports, "Germany", "*", "", true, onlyAsserted | ruleKnown},
		{"Ghana praised the arrest of the suspects.", graph.Supports, "Ghana", "*", "", true, onlyAsserted | ruleKnown},
	})
}

// TestUnitCompound (issue 13, frames24): a cue noun before or in the of-phrase of a unit noun
// ("sanctions package", "a round of sanctions": Quirk et al. 1985, 5.8-5.9) is the cue; a cue
// noun classifying another head ("the sanctions committee") stays no cue (unit.go).
func TestUnitCompound(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Britain announced a new sanctions package against Iran.", graph.Sanctions, "Britain", "Iran", "", true, onlyAsserted | ruleKnown},
		{"Ottawa unveiled a fresh round of sanctions on Moscow.", graph.Sanctions, "Ottawa", "Moscow", "", true, onlyAsserted | ruleKnown},
		{"The bloc adopted a tranche of sanctions against Minsk.", graph.Sanctions, "bloc", "Minsk", "", true, onlyAsserted | ruleKnown},
		{"The sanctions committee met in New York.", graph.Sanctions, "committee", "*", "", false, onlyAsserted | ruleKnown},
		{"Kenya unveiled a new package of tax reforms.", graph.Sanctions, "Kenya", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestFrames24Cues (issue 13, frames24): suspend + a named member or a licence is a sanction
// (cue-classes.txt named-object, object:licence…); solidarity with is support (the dictionary's
// EXPLAIN_VERBAL * SOLIDARITY 051 with any support verb); a warning of "military action" (a
// general noun of acting with a hostile premodifier) threatens; of "military traffic" does not.
func TestFrames24Cues(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The Commonwealth suspended Fiji after the coup.", graph.Sanctions, "Commonwealth", "Fiji", "", true, onlyAsserted | ruleKnown},
		{"The regulator suspended the broadcaster's licence for a month.", graph.Sanctions, "regulator", "*", "", true, onlyAsserted | ruleKnown},
		{"The firm suspended production at its plant.", graph.Sanctions, "firm", "*", "", false, onlyAsserted | ruleKnown},
		{"Bolivia declared its solidarity with the Palestinian people.", graph.Supports, "Bolivia", "*", "", true, onlyAsserted | ruleKnown},
		{"Seoul warned Pyongyang of military action.", graph.Threatens, "Seoul", "Pyongyang", "", true, onlyAsserted | ruleKnown},
		{"The police warned drivers of military traffic on the highway.", graph.Threatens, "police", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestRealizeMeasure (issue 13, frames24): a verb of carrying out a measure (modality.txt
// realize, Mel'čuk's Real1) makes its subject the measure's actor over the possessor, which names
// the author; a possessor with no such verb stays the source.
func TestRealizeMeasure(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Iceland joined the EU's sanctions against Minsk.", graph.Sanctions, "Iceland", "*", "", true, onlyAsserted | ruleKnown},
		{"Ghana enforced the AU's travel ban on the junta leaders.", graph.Sanctions, "Ghana", "*", "", true, onlyAsserted | ruleKnown},
		{"Iceland joined the EU's sanctions against Minsk.", graph.Sanctions, "EU", "*", "", false, onlyAsserted | ruleKnown},
		{"Moscow's sanctions on Warsaw hurt farmers.", graph.Sanctions, "Moscow", "*", "", true, onlyAsserted | ruleKnown},
	})
}

// TestProtestMeasure (issue 13, frames24): a verb of protest or denunciation whose pattern codes
// the support lent the measure's victim (PROTEST * ARREST 053, DENOUNCE * SANCTIONS 053) opposes
// the measure it names (protestDefault); a support verb's object keeps its own support.
func TestProtestMeasure(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The lawyers protested the arrest of their colleague.", graph.Opposes, "lawyers", "arrest", "", true, onlyAsserted | ruleKnown},
		{"The lawyers protested the arrest of their colleague.", graph.Supports, "lawyers", "*", "", false, onlyAsserted | ruleKnown},
		{"Havana denounced the sanctions.", graph.Opposes, "Havana", "sanctions", "", true, onlyAsserted | ruleKnown},
		{"Seoul protested the detention of two fishermen.", graph.Opposes, "Seoul", "detention", "", true, onlyAsserted | ruleKnown},
		{"Cuba expressed support for Nicaragua.", graph.Supports, "Cuba", "*", "", true, onlyAsserted | ruleKnown},
	})
}

// TestHitOut (issue 13, frames24): "hit out at" is the phrasal verb of verbal attack that
// CAMEO.2.0.txt codes as LASH_OUT (111); "hit" without the particle is the blow (190, no stance).
func TestHitOut(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Egypt hit out at Ethiopia over the dam.", graph.Opposes, "Egypt", "Ethiopia", "", true, onlyAsserted | ruleKnown},
		{"The minister hit out at critics of the budget.", graph.Opposes, "minister", "critics", "", true, onlyAsserted | ruleKnown},
		{"The storm hit the coast on Monday.", graph.Opposes, "storm", "*", "", false, onlyAsserted | ruleKnown},
	})
}
