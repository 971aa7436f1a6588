package loader

import "testing"

// TestTitleAppositiveAfterName: a name first, then its title in apposition between commas, then
// the verb (new-user trial 13, finding 3: "Musalia Mudavadi, the Minister of Foreign and Diaspora
// Affairs, welcomed …" gave no stance when the portfolio was coordinated): the person is the
// verb's subject whatever the shape of the title (wire_appositive.go). Invented names, several
// title shapes (of-portfolio with a coordination and a country, a list of portfolios, a
// possessive country, a coordinated pair of titles) and two verbs. Near miss: a coordination of
// names with no title stays a coordination, each name acting.
func TestTitleAppositiveAfterName(t *testing.T) {
	runCases(t, []exCase{
		{"of-country", "Amina Wekesa, the Minister of Foreign and Diaspora Affairs of Kenya, welcomed the ceasefire between the two parties.",
			[]string{"SUPPORTS Amina Wekesa -> ceasefire"}},
		{"list", "Ines Moreau, Minister for Trade, Industry and Tourism, condemned the new tariffs.",
			[]string{"OPPOSES Ines Moreau -> tariffs"}},
		{"possessive", "Tomas Lindqvist, Sweden's Minister for Enterprise and Innovation, rejected the proposal on Monday.",
			[]string{"OPPOSES Tomas Lindqvist -> proposal"}},
		{"two titles", "Peter Okafor, the Deputy Prime Minister and Minister of Finance and Budget, welcomed the agreement.",
			[]string{"SUPPORTS Peter Okafor -> agreement"}},
		{"two verbs", "Chile welcomed the talks. Rosa Ibarra, the Minister of Energy and Mines, welcomed the truce and urged both sides to respect it.",
			[]string{"SUPPORTS Rosa Ibarra -> truce"}},
		{"coordinated portfolio", "Daniel Mwangi, the Minister of Agriculture and Livestock Development of Kenya, rejected the import quotas.",
			[]string{"OPPOSES Daniel Mwangi -> import quotas"}},
		{"portfolio list", "Li Hua, Minister of Commerce, Industry and Trade, opposed the sanctions.",
			[]string{"OPPOSES Li Hua -> sanctions"}},
		{"cabinet secretary", "Grace Otieno, Cabinet Secretary for Trade, Investment and Industry, criticised the export ban.",
			[]string{"OPPOSES Grace Otieno -> export ban"}},
		{"names", "Ana Ruiz, Lars Holm and Mia Berg rejected the merger plan.",
			[]string{"OPPOSES Lars Holm -> merger plan", "OPPOSES Ana Ruiz -> merger plan"}},
	})
}
