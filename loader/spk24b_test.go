package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

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

// TestNamedOfficeHolderLabel: on the office's own page a bare office label is the one person the
// document titles with that office of that state (speakers/publisheroffice.go namedOfficeHolder);
// the guest titled with the same office of another state, or two such persons, decide nothing.
func TestNamedOfficeHolderLabel(t *testing.T) {
	cases := []struct {
		name, outlet, text string
		want               []string
	}{
		{"apposition names the host", "Prime Minister of Canada",
			"Joint media availability with the Prime Minister of Italy, Giulia Ferri\n\nOttawa, 5 May 2031\n\nThe Prime Minister, Daniel Roy, welcomed Prime Minister Ferri to Ottawa.\n\nPRIME MINISTER: We reject the new tariffs on Canadian steel.\n\nPRIME MINISTER FERRI: Italy supports the Arctic research pact.\n",
			// spk24c: the guest's title carries Italy, the host's apposition no state: in doubt, the office node
			[]string{"CLAIMS Prime Minister (Canada) -> We reject the new tariffs", "!CLAIMS Giulia Ferri -> We reject"}},
		{"apposition with the publisher's state names the host", "Prime Minister of Canada",
			"Joint media availability with the Prime Minister of Italy, Giulia Ferri\n\nOttawa, 5 May 2031\n\nThe Prime Minister of Canada, Daniel Roy, welcomed Prime Minister Ferri to Ottawa.\n\nPRIME MINISTER: We reject the new tariffs on Canadian steel.\n\nPRIME MINISTER FERRI: Italy supports the Arctic research pact.\n",
			[]string{"CLAIMS Daniel Roy -> We reject the new tariffs", "!CLAIMS Giulia Ferri -> We reject", "!CLAIMS Prime Minister (Canada) -> We reject"}},
		{"guest of a state the lexicon does not know", "Prime Minister of Canada",
			"Joint media availability with the Prime Minister of Valdoria, Petra Lind\n\nOttawa, 5 May 2031\n\nPRIME MINISTER: We reject the new tariffs on Canadian steel.\n\nPRIME MINISTER LIND: Valdoria supports the Arctic research pact.\n",
			[]string{"CLAIMS Prime Minister (Canada) -> We reject the new tariffs", "!CLAIMS Petra Lind -> We reject"}},
		{"same office of the guest only", "President of the Republic of Kenya",
			"Joint press conference with the President of Ghana, Kofi Mensah\n\nNairobi, 3 March 2030\n\nPRESIDENT: We condemn the attacks on aid convoys.\n\nPRESIDENT MENSAH: Ghana welcomes the new rail link.\n\nPRESIDENT: We reject the new tariffs on Kenyan tea.\n",
			[]string{"CLAIMS President (Kenya) -> We condemn", "CLAIMS President (Kenya) -> We reject", "!CLAIMS Kofi Mensah -> We reject", "CLAIMS Kofi Mensah -> Ghana welcomes"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkExpect(t, extractDoc(t, input.Document{Source: c.name + ".txt", Outlet: c.outlet, Text: c.text}), c.want)
		})
	}
}
