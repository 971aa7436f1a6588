package discourse

import "testing"

// TestSoundbiteCodes: a broadcast script's production code before a soundbite label ("SOT",
// "CLIP", "VO/SOT", "(SOT)", "SOT:") is no part of the speaker's label, and a language tag after
// the label ("(Farsi)", "[Portuguese]", "(in Hausa)") is none either; a "VO" read with no label
// ends the soundbite before it. Near misses: "VO" as a surname in a label set in capitals ("VO
// THI MAI, …:") stays in the name; a capitalized word that is no code ("SENATOR …") stays. Invented
// wordings.
func TestSoundbiteCodes(t *testing.T) {
	doc := "Evening Bulletin\n\n" +
		"SOT Halima Bello, Governor of Kano (Hausa): The state will pay the teachers before the holiday begins next month.\n\n" +
		"VO The governors met in Abuja on Friday.\n\n" +
		"CLIP Jorge Mendes, Trade Minister [Portuguese]: Lisbon would never accept a quota on its wine exports to Canada.\n\n" +
		"VO/SOT Olga Petrenko, Ministry Spokeswoman: The ministry has been asking for the convoy since early March of this year.\n\n" +
		"(SOT) KENJI ARAI, DEFENCE MINISTER: Tokyo must be consulted before any such exercise near its waters.\n\n" +
		"SOT: Amira Haddad, Mayor of Tripoli (in Arabic): The city is rebuilding the port with money from its own budget.\n\n" +
		"VO THI MAI, FARMER: The rains came late and the rice was ruined in most of the valley this year.\n\n" +
		"SENATOR RUTH OKAFOR: The committee will vote on the bill after the recess in the autumn."
	wantUnits(t, doc, []string{"-",
		"turn turn:label [Halima Bello, Governor of Kano]", "-",
		"turn turn:label [Jorge Mendes, Trade Minister]",
		"turn turn:label [Olga Petrenko, Ministry Spokeswoman]",
		"turn turn:label [KENJI ARAI, DEFENCE MINISTER]",
		"turn turn:label [Amira Haddad, Mayor of Tripoli]",
		"turn turn:label [VO THI MAI, FARMER]",
		"turn turn:label [SENATOR RUTH OKAFOR]"})
}
