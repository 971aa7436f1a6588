package loader

import "testing"

// TestNoPlaceIssuer: "<NP> has no place in <NP>" (frames noplace.go, CAMEO 111) is the speaker's
// condemnation of what the subject names: in a statement block the official's (his state's when
// he speaks for one), in a release
// the issuer's, in a quotation the quoted speaker's. Near misses: the same sentence in a news
// story's own narration has no source, and "has a place" condemns nothing.
func TestNoPlaceIssuer(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"statement block",
			"Mr. Tomas Eklund, Spokesperson of the Ministry for Foreign Affairs of Sweden, issued the following statement today:\n\n" +
				"Violence against election workers has no place in a democracy.\n",
			// a ministry spokesperson's statement is his state's (relation_turnvoice.go, session 24)
			[]string{"OPPOSES Sweden -> Violence against election workers", "!OPPOSES Tomas Eklund -> Violence against election workers"}},
		{"release",
			"Press Statement\n\nWe are following the trial closely.\n\nPersecution of religious minorities has no place in the modern world.\n\nSource: Global Affairs Canada\n",
			[]string{"OPPOSES Canada -> Persecution of religious minorities"}},
		{"quotation",
			"Riots broke out in Lyon.\n\n\"Looting has no place in our city,\" said Mayor Claire Vidal.\n",
			[]string{"OPPOSES Claire Vidal -> Looting"}},
		{"near miss: narration of a story",
			"Riots broke out in Lyon, police said.\n\nLooting has no place in the city's history, historians note.\n",
			[]string{"!OPPOSES Lyon -> Looting"}},
		{"near miss: has a place",
			"Press Statement\n\nWe welcome the talks.\n\nDiplomacy has a place in every settlement.\n\nSource: Global Affairs Canada\n",
			[]string{"!OPPOSES Canada -> Diplomacy"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkExpect(t, extractText(t, c.text), c.want) })
	}
}

// TestPossessedSupportIssuer: "<NP> have our support" in a release is the issuer's SUPPORTS of
// the subject ("our" is the issuer's: firstPerson), a group or a conduct; in a statement block
// the block's voice. Near miss: "does not have our support" supports nothing, and a quotation's
// "our support" is the quoted speaker's.
func TestPossessedSupportIssuer(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"release",
			"Press Statement\n\nWe follow the strike closely.\n\nThe striking dock workers of Antwerp have our full support.\n\nSource: Global Affairs Canada\n",
			[]string{"SUPPORTS Canada -> dock workers"}},
		{"a state's backing",
			"Statement on the Talks\n\nWe welcome the talks.\n\nMoldova has Canada's full backing.\n\nSource: Global Affairs Canada\n",
			[]string{"SUPPORTS Canada -> Moldova"}},
		{"near miss: negated",
			"Press Statement\n\nWe follow the talks closely.\n\nThe new tariff plan does not have our support.\n\nSource: Global Affairs Canada\n",
			[]string{"!SUPPORTS Canada -> tariff plan"}},
		{"near miss: a quotation in a story",
			"Dockers strike in Antwerp\n\nANTWERP, May 3 (Nordwire) - Dock workers struck on Monday.\n\n\"The dockers have our support,\" said Ilse Peeters, a union leader.\n",
			[]string{"SUPPORTS Ilse Peeters -> dockers"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkExpect(t, extractText(t, c.text), c.want) })
	}
}
