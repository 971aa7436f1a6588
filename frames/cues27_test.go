package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestGoodsThroughMeasure (issue 13, cues27; analysis26 4b): a transfer verb whose object is a
// measure, typical or quantifying partitive ("400 tonnes of wheat", "a shipment of rifles",
// "hundreds of nurses"; Quirk et al. 1985, 5.8-5.9, 5.25) transfers the of-noun, which is the
// head of the meaning: relief goods are CAMEO 073, weapons (WordNet 3.0 weapon.n.01,
// weaponry.n.01, military_vehicle.n.01, helicopter.n.01) CAMEO 072, asserted or announced
// alike. A measure of something else, and goods moved with no recipient, stay no aid.
func TestGoodsThroughMeasure(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Oman shipped 200 tonnes of medicine to Somalia.", graph.Offers, "Oman", "*", "", true, onlyAsserted | ruleKnown},
		{"Qatar flew a planeload of blankets to Libya.", graph.Offers, "Qatar", "*", "", true, onlyAsserted | ruleKnown},
		{"Cuba sent hundreds of nurses to Angola.", graph.Offers, "Cuba", "*", "", true, onlyAsserted | ruleKnown},
		{"Cuba will send thousands of physicians to Brazil.", graph.Offers, "Cuba", "*", "", true, onlyAsserted | ruleKnown},
		{"Italy delivered a consignment of tents to Albania.", graph.Offers, "Italy", "*", "", true, onlyAsserted | ruleKnown},
		// controls: a measure of no relief goods, and a measure with no of-phrase
		{"Oman shipped 200 tonnes of copper to Somalia.", graph.Offers, "Oman", "*", "", false, onlyAsserted | ruleKnown},
		{"Qatar flew a planeload of tourists to Libya.", graph.Offers, "Qatar", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestWeaponsTransferred (issue 13, cues27; analysis26 4b): weapons sent, shipped, delivered,
// supplied or provided to a party are military aid, CAMEO 072 "provide military aid" (the
// dictionary's own FLY/AIRLIFT "- * &WEAPON" [072] and DELIVER "- * &AIRCRAFT" [072]), with the
// goods class from WordNet 3.0 (first senses under weapon.n.01, weaponry.n.01,
// military_vehicle.n.01, helicopter.n.01), in any tense, and through a measure or quantifier.
func TestWeaponsTransferred(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Poland delivered tanks to Ukraine.", graph.Offers, "Poland", "Ukraine", "", true, onlyAsserted | ruleKnown},
		{"Iran shipped missiles to the Houthis.", graph.Offers, "Iran", "*", "", true, onlyAsserted | ruleKnown},
		{"Belarus supplied rifles to the militia.", graph.Offers, "Belarus", "*", "", true, onlyAsserted | ruleKnown},
		{"Canada provided helicopters to Mali.", graph.Offers, "Canada", "*", "", true, onlyAsserted | ruleKnown},
		{"France sent a shipment of howitzers to Kyiv.", graph.Offers, "France", "*", "", true, onlyAsserted | ruleKnown},
		{"Sweden delivered thousands of rounds of ammunition to Estonia.", graph.Offers, "Sweden", "*", "", true, onlyAsserted | ruleKnown},
		// control: a transfer verb with goods of no class
		{"Poland delivered potatoes to Ukraine.", graph.Offers, "Poland", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestSpellingVariant (issue 13, cues27; analysis26 4c): CAMEO.2.0.txt spells its nouns now the
// British, now the American way ("CANCEL * LICENCE", "DEFENSE", "FAVOR" beside "FAVOUR"); a
// pattern word matches the other spelling of the same word (Peters 2004, The Cambridge Guide
// to English Usage: -ce/-se, -our/-or, -isation/-ization, programme/program). A word outside the
// listed -ce/-se and -our/-or nouns keeps its spelling ("sense", "tensor").
func TestSpellingVariant(t *testing.T) {
	lx, _ := lexiconAndParser(t)
	for _, c := range [][2]string{{"license", "licence"}, {"licence", "license"}, {"defense", "defence"},
		{"honor", "honour"}, {"labour", "labor"}, {"organisation", "organization"},
		{"mobilization", "mobilisation"}, {"program", "programme"}, {"programme", "program"},
		{"sense", ""}, {"tensor", ""}, {"tour", ""}, {"station", ""}} {
		if got := lx.spellVariant(c[0]); got != c[1] {
			t.Errorf("spellVariant(%q) = %q, want %q", c[0], got, c[1])
		}
	}
	checkMatches(t, []matchCase{
		{"Chile revoked the licenses of two Peruvian airlines.", graph.Sanctions, "Chile", "*", "", true, onlyAsserted | ruleKnown},
		{"Chile revoked the licences of two Peruvian airlines.", graph.Sanctions, "Chile", "*", "", true, onlyAsserted | ruleKnown},
	})
}

// TestLeaveInternationalBody (issue 13, cues27; analysis26 5a): a party that withdraws from,
// pulls out of, leaves or quits a named international body (a proper name headed by a noun of
// the modality.txt class igo-head: the head nouns of the IGO names of the Phoenix actor
// dictionary) rejects the body (CAMEO 12 "reject", PLOVER REJECT), asserted or announced alike;
// a conditional withdrawal stays a threat. Leaving a place, a meeting room or an unnamed agency
// is no rejection.
func TestLeaveInternationalBody(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Bolivia will withdraw from the Andean Community.", graph.Opposes, "Bolivia", "Community", "", true, onlyAsserted | ruleKnown},
		{"Bolivia will withdraw from the Andean Community.", graph.Threatens, "Bolivia", "*", "", false, onlyAsserted | ruleKnown},
		{"Bolivia will withdraw from the Andean Community.", graph.Offers, "Bolivia", "*", "", false, onlyAsserted | ruleKnown},
		{"Burundi withdrew from the International Criminal Court.", graph.Opposes, "Burundi", "Court", "", true, onlyAsserted | ruleKnown},
		{"Nicaragua will leave the Organization of American States.", graph.Opposes, "Nicaragua", "Organization", "", true, onlyAsserted | ruleKnown},
		{"Mali quit the Economic Community of West African States.", graph.Opposes, "Mali", "Community", "", true, onlyAsserted | ruleKnown},
		{"Venezuela would quit the Andean Community if the deal went ahead.", graph.Threatens, "Venezuela", "*", "", true, onlyAsserted | ruleKnown},
		// controls: a place, a building and an unnamed body left
		{"The delegates left the conference hall.", graph.Opposes, "delegates", "*", "", false, onlyAsserted | ruleKnown},
		{"Bolivia withdrew from the disputed town.", graph.Opposes, "Bolivia", "*", "", false, onlyAsserted | ruleKnown},
		{"The envoy left the Andean capital.", graph.Opposes, "envoy", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestDiplomatOrderedOut (issue 13, cues27; analysis26 5d): ordering or telling another
// country's diplomat to leave expels the diplomat (CAMEO 166 "expel or withdraw", PLOVER
// SANCTION "withdrawal, or expulsion of diplomats"), no demand of the diplomat; the diplomat
// nouns are WordNet 3.0's first senses under diplomat.n.01. A diplomat told to do anything
// else, or a trader told to leave, keeps the directive.
func TestDiplomatOrderedOut(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Lithuania ordered the Belarusian envoy to leave within three days.", graph.Sanctions, "Lithuania", "envoy", "", true, onlyAsserted | ruleKnown},
		{"Lithuania ordered the Belarusian envoy to leave within three days.", graph.Demands, "Lithuania", "*", "", false, onlyAsserted | ruleKnown},
		{"Ghana told the Togolese ambassador to leave the country.", graph.Sanctions, "Ghana", "ambassador", "", true, onlyAsserted | ruleKnown},
		{"Ghana told the Togolese ambassador to leave the country.", graph.Demands, "Ghana", "*", "", false, onlyAsserted | ruleKnown},
		{"Peru ordered two Chilean diplomats to depart by Friday.", graph.Sanctions, "Peru", "*", "", true, onlyAsserted | ruleKnown},
		// controls
		{"Ghana told the Togolese ambassador to explain the remarks.", graph.Sanctions, "Ghana", "*", "", false, onlyAsserted | ruleKnown},
		{"The police ordered the traders to leave the square.", graph.Sanctions, "police", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestDecidedThatWould (issue 13, cues27; analysis26 7a): a party that decides that it will
// (or, backshifted after a past verb, would; Quirk et al. 1985, 14.31) take a measure of restriction, with no condition, takes it: the decision is coded as the act,
// as "decided to bar" is (enactedMeasure; CAMEO.2.0.txt DECIDE "- * BAR" [160], AGREE "- * (TO
// SANCTIONS)" [163]). A condition keeps the threat; another party's act, or a mere saying, stays
// the prediction or the threat it was.
func TestDecidedThatWould(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Bahrain decided that it would sever ties with Iran.", graph.Sanctions, "it", "Iran", "", true, onlyAsserted | ruleKnown},
		{"Bahrain decided that it would sever ties with Iran.", graph.Threatens, "it", "*", "", false, onlyAsserted | ruleKnown},
		{"The cabinet decided that it would expel the Iranian envoy.", graph.Sanctions, "it", "envoy", "", true, onlyAsserted | ruleKnown},
		{"The council has decided that it will impose sanctions on Eritrea.", graph.Sanctions, "it", "*", "", true, onlyAsserted | ruleKnown},
		// controls
		{"Bahrain decided that it would sever ties with Iran if the raids continued.", graph.Threatens, "it", "*", "", true, onlyAsserted | ruleKnown},
		{"Bahrain decided that it would sever ties with Iran if the raids continued.", graph.Sanctions, "it", "*", "", false, onlyAsserted | ruleKnown},
		{"Bahrain said that it would sever ties with Iran.", graph.Sanctions, "it", "*", "", false, onlyAsserted | ruleKnown},
		// an announced future measure stays a threat (PLOVER's coding of an announced curfew)
		{"The governor announced that he will extend the curfew in the capital.", graph.Sanctions, "he", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestPastCounterfactual (issue 13, cues27; analysis26 7b): a modal of condition with the
// perfect ("would have demanded", "could have imposed") is the hypothetical past, a past that
// did not happen (Quirk et al. 1985, 15.36: "Had X V-ed, Y would have V-ed"), so the
// act is hedged, under an inverted or an if-protasis alike; the hypothetical future ("would
// demand if") and the plain perfect ("has demanded") are not.
func TestPastCounterfactual(t *testing.T) {
	lx, sm := lexiconAndParser(t)
	for _, c := range []struct {
		text   string
		typ    graph.RelType
		hedged bool
	}{
		{"Had Chile closed the pass, Argentina would have demanded talks.", graph.Demands, true},
		{"If Chile had closed the pass, Argentina would have demanded talks.", graph.Demands, true},
		{"Had Chile closed the pass, Argentina would have imposed sanctions.", graph.Threatens, true},
		// controls
		{"If Chile closed the pass, Argentina would demand talks.", graph.Demands, false},
		{"Argentina has demanded talks with Chile.", graph.Demands, false},
	} {
		toks := parsed(sm, c.text)
		ms := lx.Match(toks)
		found := false
		for _, m := range ms {
			if m.Type == c.typ && form(toks, m.Source) == "Argentina" {
				found = true
				if m.Hedged != c.hedged {
					t.Errorf("%s: %s hedged = %v, want %v", c.text, c.typ, m.Hedged, c.hedged)
				}
			}
		}
		if !found {
			t.Errorf("%s: no %s of Argentina;%s", c.text, c.typ, describe(toks, ms))
		}
	}
}

// TestSummonedEnvoy (issue 13, cues27; analysis26 4d): a state that summons or calls in another
// country's diplomat (modality.txt diplomat) protests to it, the diplomatic form of an official
// complaint (CAMEO 114 "complain officially", PLOVER DISAPPROVE; Satow's Diplomatic Practice,
// 7th ed. 2017, on summoning a head of mission to receive a protest). Its own diplomat summoned
// home, or a minister summoned, is no protest.
func TestSummonedEnvoy(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Sweden summoned the Iranian ambassador over the executions.", graph.Opposes, "Sweden", "ambassador", "", true, onlyAsserted | ruleKnown},
		{"Poland summoned the Russian envoy on Monday.", graph.Opposes, "Poland", "envoy", "", true, onlyAsserted | ruleKnown},
		{"Manila called in the Chinese ambassador over the collision.", graph.Opposes, "Manila", "ambassador", "", true, onlyAsserted | ruleKnown},
		// controls: announced, its own diplomat, no diplomat
		{"Poland will summon the Russian envoy on Monday.", graph.Opposes, "Poland", "*", "", false, onlyAsserted | ruleKnown},
		{"France summoned its ambassador home for consultations.", graph.Opposes, "France", "*", "", false, onlyAsserted | ruleKnown},
		{"The president summoned his ministers to an emergency meeting.", graph.Opposes, "president", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestTakenToCourt (issue 13, cues27; analysis26 4a): to take a party to court, or to bring it
// before a court or tribunal, is to bring legal action against it (OED take v., "to take (a
// person) to court"; CAMEO 115 "bring lawsuit against", PLOVER ACCUSE): OPPOSES done, THREATENS
// announced. A case taken to court, or a trip to the court building, names no party.
func TestTakenToCourt(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Ukraine took Russia to the International Court of Justice.", graph.Opposes, "Ukraine", "Russia", "", true, onlyAsserted | ruleKnown},
		{"Guyana will take Venezuela to the world court.", graph.Threatens, "Guyana", "Venezuela", "", true, onlyAsserted | ruleKnown},
		{"Hungary threatened to take the Commission to court.", graph.Threatens, "Hungary", "*", "", true, onlyAsserted | ruleKnown},
		// controls
		{"The lawyers took the documents to the court building.", graph.Opposes, "lawyers", "*", "", false, onlyAsserted | ruleKnown},
		{"The minister took reporters to the harbour.", graph.Opposes, "minister", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestRecalledRuling (issue 13, cues27; analysis26 4g): to recall a resolution, ruling, opinion
// or treaty is to invoke it (OED recall v. "to call attention to"; the preambular "Recalling its
// resolution …" of UN resolutions), the contract's CITES "invokes as evidence or authority";
// recalling an ambassador stays the dictionary's RECALL * AMBASSADOR [161].
func TestRecalledRuling(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Manila recalled the 2016 ruling of the arbitral tribunal.", graph.Cites, "Manila", "ruling", "", true, onlyAsserted | ruleKnown},
		{"The ministry recalled the advisory opinion of the court on the wall.", graph.Cites, "ministry", "opinion", "", true, onlyAsserted | ruleKnown},
		// controls
		{"Canada recalled its ambassador from Riyadh.", graph.Cites, "Canada", "*", "", false, onlyAsserted | ruleKnown},
		{"Canada recalled its ambassador from Riyadh.", graph.Sanctions, "Canada", "*", "", true, onlyAsserted | ruleKnown},
	})
}
