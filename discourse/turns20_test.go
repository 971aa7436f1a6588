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

// TestDashTurns: under a title that names its speaker, paragraphs marked only by a leading dash
// (hyphen, en dash or em dash) are the turns of a caption-style transcript: a short one in
// question form is a questioner's (turn:dash-question), any other the titled speaker's, and a
// paragraph without a dash goes on in the turn before it. Near misses: dash paragraphs with no
// question among them (a list, a dash signature line) and an exchange under a title that names no
// speaker keep their old reading. Invented wordings.
func TestDashTurns(t *testing.T) {
	doc := "Press conference by Chancellor Ingrid Holm\n\n" +
		"- Berlin would never accept a cap on its coal imports from Poland.\n\n" +
		"- Chancellor, the Dutch side has said it will block the deal. Will you still sign it?\n\n" +
		"- We signed it yesterday, and the Hague was told of it last month.\n\n" +
		"The treaty must be ratified by June.\n\n" +
		"- And Warsaw?"
	wantUnits(t, doc, []string{"- title:speaker [Chancellor Ingrid Holm] *",
		"title title:speaker [Chancellor Ingrid Holm]", "question turn:dash-question",
		"title title:speaker [Chancellor Ingrid Holm]", "title title:speaker [Chancellor Ingrid Holm]",
		"question turn:dash-question"})
	doc = "Remarks by Foreign Minister Kwame Asante after the talks\n\n" +
		"– Ghana has been asking Togo to reopen the border since March.\n\n" +
		"– Minister, is Accra going to retaliate?\n\n" +
		"— No. We are not going to close our ports."
	wantUnits(t, doc, []string{"- title:speaker [Foreign Minister Kwame Asante] *",
		"title title:speaker [Foreign Minister Kwame Asante]", "question turn:dash-question",
		"title title:speaker [Foreign Minister Kwame Asante]"})
	// near miss: no question among the dash paragraphs (a list under a titled statement)
	doc = "Statement by President Rosa Ibarra on the floods\n\n" +
		"The government will act on three fronts.\n\n" +
		"– Emergency funds will reach the northern provinces this week.\n\n" +
		"– The army will rebuild the bridges."
	wantUnits(t, doc, []string{"- title:speaker [President Rosa Ibarra] *",
		"title title:speaker [President Rosa Ibarra]", "title title:speaker [President Rosa Ibarra]",
		"title title:speaker [President Rosa Ibarra]"})
	// near miss: an exchange under a title that names no speaker is dialogue, not turns
	doc = "Farmers wait for rain\n\n" +
		"— Will the rain come before May? asked Ali Demir.\n\n" +
		"— It never has, said Demir's neighbour."
	for _, u := range describe(doc) {
		if u == "question turn:dash-question" {
			t.Errorf("dash question under an unnamed title: %q", describe(doc))
		}
	}
}
