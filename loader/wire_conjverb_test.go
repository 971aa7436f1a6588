package loader

import "testing"

// TestCoordinatedPresentVerb: "X V-s NP and W-s COMPLEMENT" with W-s tagged a plural noun
// conjoined to the object is X's second act (wire_conjverb.go); the first act's target ends
// before the coordinator. Invented wordings; near misses: a conjoined plural with a determiner
// of its own, and one with no verb complement after it.
func TestCoordinatedPresentVerb(t *testing.T) {
	runCases(t, []exCase{
		{"urges", "Kenya supports the peace plan and urges all parties to respect it.",
			[]string{"DEMANDS Kenya -> respecting it", "SUPPORTS Kenya -> peace plan", "!SUPPORTS Kenya -> urges"}},
		{"demands", "Brazil condemns the raid and demands an apology from the Dutch government.",
			[]string{"DEMANDS Brazil -> apology", "!OPPOSES Brazil -> demands an apology"}},
		{"calls on", "The African Union welcomes the deal and calls on both militias to disarm.",
			[]string{"DEMANDS African Union -> disarm", "!SUPPORTS African Union -> calls on"}},
		{"determiner", "Peru supports the proposals and the demands for new elections.",
			[]string{"!DEMANDS Peru"}},
		{"no complement", "Chile supports the reforms and demands for new elections in Bolivia.",
			[]string{"!DEMANDS Chile"}},
	})
}

// TestWithdrawFromTalks: "X withdrew from the talks/dialogue" ends the talks, and "withdrew from
// the bloc/alliance" leaves a coalition, both PLOVER SANCTION (cue-classes.txt withdraw from,
// pobject:relation and pobject:coalition; CAMEO "RETREAT * (FROM COALITION)" [161]), over the dictionary's bare "RETREAT *
// (FROM)" [0874] (frames verbCand: a class line naming the preposition's noun is the more
// specific). Invented wordings; near miss: forces withdrawn from a place stay the retreat.
func TestWithdrawFromTalks(t *testing.T) {
	runCases(t, []exCase{
		{"talks", "The Sudanese army withdrew from the ceasefire talks in Jeddah.",
			[]string{"SANCTIONS Sudanese army -> ceasefire talks", "!OFFERS Sudanese army"}},
		{"dialogue", "Venezuela's opposition withdrew from the dialogue with the government.",
			[]string{"!OFFERS Venezuela"}},
		{"bloc", "Niger withdrew from the West African bloc in January.",
			[]string{"SANCTIONS Niger -> West African bloc", "!OFFERS Niger"}},
		{"alliance", "Nicaragua withdrew from the regional defence alliance.",
			[]string{"SANCTIONS Nicaragua -> alliance"}},
		{"place", "Azerbaijani troops withdrew from the village of Lachin.",
			[]string{"!SANCTIONS"}},
	})
}
