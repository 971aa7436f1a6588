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
	checkFrames8(t, []frames8Case{
		{"Oman shipped 200 tonnes of medicine to Somalia.", graph.Offers, "Oman", true, ""},
		{"Qatar flew a planeload of blankets to Libya.", graph.Offers, "Qatar", true, ""},
		{"Cuba sent hundreds of nurses to Angola.", graph.Offers, "Cuba", true, ""},
		{"Cuba will send thousands of physicians to Brazil.", graph.Offers, "Cuba", true, ""},
		{"Italy delivered a consignment of tents to Albania.", graph.Offers, "Italy", true, ""},
		// controls: a measure of no relief goods, and a measure with no of-phrase
		{"Oman shipped 200 tonnes of copper to Somalia.", graph.Offers, "Oman", false, ""},
		{"Qatar flew a planeload of tourists to Libya.", graph.Offers, "Qatar", false, ""},
	})
}

// TestWeaponsTransferred (issue 13, cues27; analysis26 4b): weapons sent, shipped, delivered,
// supplied or provided to a party are military aid, CAMEO 072 "provide military aid" (the
// dictionary's own FLY/AIRLIFT "- * &WEAPON" [072] and DELIVER "- * &AIRCRAFT" [072]), with the
// goods class from WordNet 3.0 (first senses under weapon.n.01, weaponry.n.01,
// military_vehicle.n.01, helicopter.n.01), in any tense, and through a measure or quantifier.
func TestWeaponsTransferred(t *testing.T) {
	checkFrames8(t, []frames8Case{
		{"Poland delivered tanks to Ukraine.", graph.Offers, "Poland", true, "Ukraine"},
		{"Iran shipped missiles to the Houthis.", graph.Offers, "Iran", true, ""},
		{"Belarus supplied rifles to the militia.", graph.Offers, "Belarus", true, ""},
		{"Canada provided helicopters to Mali.", graph.Offers, "Canada", true, ""},
		{"France sent a shipment of howitzers to Kyiv.", graph.Offers, "France", true, ""},
		{"Sweden delivered thousands of rounds of ammunition to Estonia.", graph.Offers, "Sweden", true, ""},
		// control: a transfer verb with goods of no class
		{"Poland delivered potatoes to Ukraine.", graph.Offers, "Poland", false, ""},
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
	checkFrames8(t, []frames8Case{
		{"Chile revoked the licenses of two Peruvian airlines.", graph.Sanctions, "Chile", true, ""},
		{"Chile revoked the licences of two Peruvian airlines.", graph.Sanctions, "Chile", true, ""},
	})
}
