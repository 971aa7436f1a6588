package loader

import "testing"

// TestBriefingBodySpokesperson: a turn label naming its speaker by a spokesperson's title and
// name ("SPOKESPERSON AMA OWUSU:", "Spokeswoman Lucia Quispe:") under a heading that says whose
// briefing the transcript is ("Regular Press Conference of the Ministry of Foreign Affairs of
// Ghana") makes the speaker that body's spokesperson: MEMBER_OF it (turn:briefing-body), its
// country, and his "we" the state. Near misses: a heading that names no body ("Weekly Press
// Briefing") gives none; another title in the label ("MINISTER OF STATE KOFI ADDO:") gets no
// office from the heading; a label that names the spokesperson's body keeps it.
func TestBriefingBodySpokesperson(t *testing.T) {
	turns := "SPOKESPERSON AMA OWUSU: Good afternoon. Let me start with an announcement.\n\n" +
		"Q: The European Union said it would restrict cocoa imports. What is your comment?\n\n" +
		"SPOKESPERSON AMA OWUSU: We firmly oppose the restrictions. We urge the EU to reconsider its decision."
	ghana := "Regular Press Conference of the Ministry of Foreign Affairs of Ghana, March 3, 2026\n\n" + turns
	peru := "Press Briefing of the Ministry of Foreign Affairs of Peru, Lima, April 2, 2026\n\n" +
		"Spokeswoman Lucia Quispe: Good afternoon. Peru condemns the attack on its embassy in Quito.\n\n" +
		"EFE NEWS AGENCY: Ecuador denied any involvement. What is your comment?\n\n" +
		"Spokeswoman Lucia Quispe: We demand that Ecuador protect the diplomats."
	runCases(t, []exCase{
		{"ghana", ghana, []string{"MEMBER_OF Ama Owusu -> Ministry of Foreign Affairs of Ghana", "OPPOSES Ghana -> restrictions",
			"DEMANDS Ghana -> reconsider", "!OPPOSES Ama Owusu"}},
		{"peru title case", peru, []string{"MEMBER_OF Lucia Quispe -> Ministry of Foreign Affairs of Peru", "DEMANDS Peru -> Ecuador",
			"!actor EFE NEWS AGENCY", "!actor EFE News Agency"}},
		{"no body in heading", "Weekly Press Briefing, March 3, 2026\n\n" + turns, []string{"!MEMBER_OF Ama Owusu", "OPPOSES Ama Owusu -> restrictions"}},
		{"other title", "Regular Press Conference of the Ministry of Foreign Affairs of Ghana, March 3, 2026\n\n" +
			"MINISTER OF STATE KOFI ADDO: Good afternoon. Ghana will host the cocoa summit.\n\n" +
			"Q: Will Ghana invite Togo?\n\n" +
			"MINISTER OF STATE KOFI ADDO: We oppose the new tariffs of Togo.", []string{"!MEMBER_OF Kofi Addo -> Ministry of Foreign Affairs of Ghana"}},
		{"body in label", "Regular Press Conference of the Ministry of Foreign Affairs of Ghana, March 3, 2026\n\n" +
			"SPOKESPERSON OF THE AFRICAN UNION EBBA KALONDO: The African Union supports the talks.\n\n" +
			"Q: Will Ghana attend?\n\n" +
			"SPOKESPERSON OF THE AFRICAN UNION EBBA KALONDO: Ghana will attend the talks.", []string{"!MEMBER_OF Ebba Kalondo -> Ministry of Foreign Affairs of Ghana"}},
	})
	g := view(extractText(t, ghana))
	if n := g.node("Ama Owusu"); n == nil || n.Country != "GHA" {
		t.Errorf("spokesperson node = %+v, want Ama Owusu, country GHA", n)
	}
}

// TestBriefingLetterhead: with no heading naming whose briefing it is, the body whose name alone
// makes the first line (the page's letterhead) is the spokesperson's. Near misses: a first line
// that names more than the body ("Ministry of Foreign Affairs of Ghana welcomes the talks") is
// no letterhead; a letterhead of a person's name gives nothing.
func TestBriefingLetterhead(t *testing.T) {
	turns := "\n\nRegular Press Conference, 3 March 2026\n\nSPOKESPERSON AMA OWUSU: Good afternoon. Let me start.\n\n" +
		"Q: Will Ghana retaliate against the European Union?\n\n" +
		"SPOKESPERSON AMA OWUSU: We firmly oppose the restrictions of the European Union."
	runCases(t, []exCase{
		{"letterhead", "Ministry of Foreign Affairs of Ghana" + turns,
			[]string{"MEMBER_OF Ama Owusu -> Ministry of Foreign Affairs of Ghana", "OPPOSES Ghana -> restrictions"}},
		{"sentence", "The Ministry of Foreign Affairs of Ghana welcomes the talks in Lome." + turns,
			[]string{"!MEMBER_OF Ama Owusu -> Ministry of Foreign Affairs of Ghana"}},
		{"person", "Kwame Mensah" + turns, []string{"!MEMBER_OF Ama Owusu"}},
	})
}
