package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestReportedStateSupplement (issue 13, constructions19 A4): a supplementive -ing clause after
// a copular or passive reported clause, which the parser hangs on that clause, supplements the
// reporting clause: its implied subject is the speaker (Quirk et al. 1985, 15.58–15.60). An
// active reported clause keeps it (its subject can act).
func TestReportedStateSupplement(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Vietnam's foreign ministry said the patrols were illegal, urging China to respect its sovereignty.", graph.Demands, "ministry", "China", "", true, anyMatch},
		{"Canada said the talks had been productive, while urging Iran to release the detained sailors.", graph.Demands, "Canada", "Iran", "", true, anyMatch},
		{"Peru said the mine had been closed by the army, accusing Chile of smuggling ore across the border.", graph.Opposes, "Peru", "Chile", "", true, anyMatch},
		{"The Danish minister said the offer was generous, pledging to back Greenland's bid.", graph.Supports, "minister", "*", "", true, anyMatch},
		// near misses: an active reported clause's subject can act; no comma, no supplement
		{"Police said the farmers had blocked the highway, demanding the release of their leaders.", graph.Demands, "Police", "*", "", false, anyMatch},
		{"Police said the farmers had blocked the highway, demanding the release of their leaders.", graph.Demands, "farmers", "*", "", true, anyMatch},
		{"Ghana said the rules were fair while Togo was urging Benin to drop them.", graph.Demands, "Ghana", "*", "", false, anyMatch},
	})
}

// TestInvertedSpeakerSupplement (issue 13, constructions19 A4): in a reporting clause after its
// quotation the speaker follows the verb of saying (subject–verb inversion, Quirk et al. 1985,
// 14.29), parsed as its object; it is the subject, and so the implied subject of a supplementive
// clause after it. A verb of saying with its own subject keeps it ("told reporters").
func TestInvertedSpeakerSupplement(t *testing.T) {
	checkMatches(t, []matchCase{
		{"\"The border is closed,\" said Poland's interior minister, accusing Belarus of staging the crisis.", graph.Opposes, "minister", "Belarus", "", true, anyMatch},
		{"\"We are ready,\" said Ecuador's president, urging Colombia to reopen the crossing.", graph.Demands, "president", "Colombia", "", true, anyMatch},
		{"\"We are ready,\" Ecuador's president told reporters, urging Colombia to reopen the crossing.", graph.Demands, "reporters", "Colombia", "", false, anyMatch},
		{"\"We are ready,\" Ecuador's president told reporters, urging Colombia to reopen the crossing.", graph.Demands, "president", "Colombia", "", true, anyMatch},
	})
}

// TestEnactedMeasure (issue 13, constructions19 A17): an act of restriction agreed or decided is
// the act (CAMEO.2.0.txt "AGREE * (TO SANCTIONS)" [163], "DECIDE * BAR" [160]; modality.txt
// enact), SANCTIONS in the resolution's mode, and the agreeing offers nothing; an agreed
// reversal or act of cooperation keeps its OFFERS.
func TestEnactedMeasure(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The Arab League agreed to impose sanctions on Syria over the crackdown.", graph.Sanctions, "League", "Syria", "", true, onlyAsserted},
		{"The Arab League agreed to impose sanctions on Syria over the crackdown.", graph.Offers, "League", "*", "", false, onlyAsserted},
		{"Canada and Australia agreed to impose restrictions on exports to Myanmar.", graph.Sanctions, "Australia", "exports", "", true, onlyAsserted},
		{"The Nigerian cabinet decided to impose an embargo on Cameroon.", graph.Sanctions, "cabinet", "Cameroon", "", true, onlyAsserted},
		{"The Nigerian cabinet decided to impose an embargo on Cameroon.", graph.Threatens, "cabinet", "Cameroon", "", false, onlyAsserted},
		// near misses: an agreed reversal and an agreed act of cooperation are offers; a
		// resolution announced for the future is still a threat
		{"Russia and China agreed to lift sanctions on North Korea.", graph.Offers, "Russia", "*", "", true, onlyAsserted},
		{"Russia and China agreed to lift sanctions on North Korea.", graph.Sanctions, "Russia", "*", "", false, onlyAsserted},
		{"Brazil agreed to resume talks with Paraguay.", graph.Offers, "Brazil", "*", "", true, onlyAsserted},
		{"The Nigerian cabinet will decide to impose an embargo on Cameroon.", graph.Threatens, "cabinet", "Cameroon", "", true, onlyAsserted},
	})
}

// TestCallOnAfterAdverb (issue 13, constructions19 A13): an adverb between a call-on verb and
// its on/upon phrase ("called once more on", "calls yet again upon") leaves the phrase and the
// infinitive the verb's (adverbOblique): DEMANDS of the addressee with the infinitive as its
// content. A plain "more on" object and a call with no on-phrase are untouched.
func TestCallOnAfterAdverb(t *testing.T) {
	checkDemandActs(t, []demandActCase{
		{"We call once more on Ethiopia to withdraw its troops.", "We", "Ethiopia", "withdraw", true},
		{"Norway called once more on the junta to free the prisoners.", "Norway", "junta", "free", true},
		{"The Vatican calls yet again upon both sides to lay down their arms.", "Vatican", "sides", "lay", true},
		// near misses: no addressee, so no demand of one
		{"Norway called once more for talks.", "Norway", "junta", "", false},
		{"The minister said once more on Monday that talks would resume.", "minister", "Monday", "", false},
	})
}

// TestNeededThing (issue 13, constructions19 A9): an appeal that stresses a need (CAMEO.2.0.txt
// STRESS "- * NEED", "- * URGENCY" [020]) targets the thing needed, the noun's for- or
// of-complement, also when the parser hung the for-phrase right after the noun on the verb; a
// for-phrase elsewhere in the clause is no complement of the noun.
func TestNeededThing(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Ghana stressed the need for a truce in the north.", graph.Demands, "Ghana", "truce", "", true, anyMatch},
		{"The Arab League underlined the need for elections in Libya.", graph.Demands, "League", "elections", "", true, anyMatch},
		{"Indonesia stressed the urgency of a humanitarian corridor.", graph.Demands, "Indonesia", "corridor", "", true, anyMatch},
		{"Chile stressed the need at a briefing for reporters.", graph.Demands, "Chile", "reporters", "", false, anyMatch},
		{"Chile stressed the need at a briefing for reporters.", graph.Demands, "Chile", "need", "", true, anyMatch},
	})
}

// TestThatAfterSupplement (issue 13, constructions19 A4): a that-clause after a supplement that
// interrupts a verb of saying and its complement ("said, speaking in Nairobi, that …") is the
// verb's complement, whatever the parser hung it on (thatAfterSupplement); a relative clause
// inside the supplement ("a plan that Argentina must approve") stays the noun's.
func TestThatAfterSupplement(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The Kenyan president said, speaking in Nairobi, that Ethiopia should release the detained journalists.", graph.Demands, "president", "Ethiopia", "", true, anyMatch},
		{"Spain's foreign minister said, while advancing a proposal for a ceasefire, that Morocco must withdraw.", graph.Demands, "minister", "Morocco", "", true, anyMatch},
		{"Brazil said, presenting a plan that Argentina must approve, it was ready to talk.", graph.Demands, "Brazil", "Argentina", "", false, anyMatch},
	})
}
