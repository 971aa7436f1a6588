package loader

import "testing"

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
