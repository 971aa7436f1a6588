package loader

import "testing"

// TestAppositiveTitlesOneSpeaker: "<Name>, <title> and <title>, issued the following statement:"
// names one speaker, the person (whose "we" is his state's or his body's: firstPerson), with his titles in apposition (Quirk et al. 1985, 17.65; the
// titles coordinated among themselves, 13.2), not a joint statement of the person and the
// bodies of his titles. Near miss: two persons each with his title in apposition are two
// speakers of a joint statement.
func TestAppositiveTitlesOneSpeaker(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a person and two titles",
			"Ambassador Rhea Lindqvist, Permanent Representative of Sweden to the United Nations and Representative in the Security Council, issued the following statement today on the floods in Pakistan:\n\n" +
				"We condemn the looting of relief convoys in Sindh.\n",
			[]string{"OPPOSES Sweden -> looting", "CLAIMS Rhea Lindqvist -> looting", "!OPPOSES United Nations -> looting", "!OPPOSES UN Security Council -> looting"}},
		{"a person and a title at a body",
			"Dr. Omar Haddad, Special Envoy of the Arab League at the African Union and Chair of the Contact Group, issued the following statement today:\n\n" +
				"We condemn the looting of relief convoys in Darfur.\n",
			[]string{"OPPOSES Arab League -> looting", "!OPPOSES African Union -> looting", "!OPPOSES Contact Group -> looting", "!CLAIMS African Union -> looting"}},
		{"near miss: two persons, a joint statement",
			"Foreign Minister Ana Vik of Osland and Foreign Minister Luis Ponte of Serrania issued the following joint statement today:\n\n" +
				"We condemn the looting of relief convoys in Sindh.\n",
			[]string{"OPPOSES Ana Vik -> looting", "OPPOSES Luis Ponte -> looting"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkExpect(t, extractText(t, c.text), c.want) })
	}
}
