package loader

import "testing"

// TestStatementTopicCountry: a country the statement heading names only after its topic preposition
// ("on/about/regarding … in <country>") is what the statement is about, neither the one-country
// guess of the heading's office (actors titleCountry) nor the page's country (speakers
// PageCountry): actors/titletopic.go.
func TestStatementTopicCountry(t *testing.T) {
	runDocCases(t, []exCase{
		{"about", "Remarks by Defence Minister Ana Costa about the floods in Mozambique\n\nWe offer the Mozambican people our full solidarity.\n\nWe condemn the looting of relief depots in Beira.\n",
			[]string{"!country Ana Costa = MOZ", "!MEMBER_OF Ana Costa -> Defence Ministry (Mozambique)", "!OPPOSES Mozambique -> looting"}},
		{"on", "Statement by Foreign Minister Li Wen on the border clashes in Kyrgyzstan\n\nWe urge the Kyrgyz authorities to show restraint.\n",
			[]string{"!country Li Wen = KGZ", "!DEMANDS Kyrgyzstan -> restraint"}},
		{"country before the topic", "Statement by Foreign Minister Jana Novak of Slovenia on the floods\n\nWe stand ready to send rescue teams.\n",
			[]string{"country Jana Novak = SVN"}},
	})
}
