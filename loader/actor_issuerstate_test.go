package loader

import "testing"

// TestIssuerStateOfficials: a state's own document, its heading line naming one state's body,
// gives the bare office titles in it that state (codes_assign.go, headingState as the issuer
// state; actor_storyofficials.go), as a dateline gives a story's. A joint statement's heading
// of two states and a story with no heading give none.
func TestIssuerStateOfficials(t *testing.T) {
	runCases(t, []exCase{
		{"a ministry's heading: its spokesperson", "Ministry of Foreign Affairs of Norway\nSpokesperson Kari Lund said the ministry welcomed the fisheries agreement reached on Monday.",
			[]string{"country Kari Lund = NOR"}},
		{"a government's heading: its deputy minister", "Government of Ghana\nDeputy Minister Kwame Boateng opened the new container terminal in Tema on Monday.",
			[]string{"country Kwame Boateng = GHA"}},
		// (this case already passes on main: kept as a guard of the implied body)
		{"a government's heading: a title's implied body", "Government of Ghana\nPress release\nInterior Minister Kwame Boateng said the new border posts would open in June.",
			[]string{"country Kwame Boateng = GHA", "country Interior Ministry = GHA"}},
		{"an embassy's heading with its seat", "Norwegian Embassy in Nairobi\nMinister Kari Lund said the fisheries agreement would be signed in June.",
			[]string{"country Kari Lund = NOR"}},
		{"a press-office line", "Press release issued by the Ministry of Foreign Affairs of Norway\nMinister Kari Lund said the fisheries agreement would be signed in June.",
			[]string{"country Kari Lund = NOR"}},
		{"a press-office line of two issuers: none", "Press release issued by the Ministry of Foreign Affairs of Norway and the Ministry of Foreign Affairs of Sweden\nMinister Kari Lund said the fisheries agreement would be signed in June.",
			[]string{"country Kari Lund = "}},
		{"another state's minister in a ministry's document keeps his own state", "Ministry of Foreign Affairs of Norway\nPress release\nMinister Erik Holm of Sweden will visit Oslo on Monday.\nSpokesperson Kari Lund said the visit was welcome.",
			[]string{"country Erik Holm = SWE", "country Kari Lund = NOR"}},
		{"a joint statement of two states: none", "Ministry of Foreign Affairs of Norway\nMinistry of Foreign Affairs of Sweden\nMinister Kari Lund said the fisheries agreement would be signed in June.",
			[]string{"country Kari Lund = "}},
		{"a story with no issuer, two states' officials: none", "Minister Kari Lund said the fisheries agreement would be signed in June.\nMinister Erik Holm of Sweden said Sweden would sign it.",
			[]string{"country Kari Lund = "}},
	})
}

// TestIssuerStateBodies: a bare national body a state's own document names is that state's
// when the state leads the document's country mentions (actor_issuerbodies.go); a statement
// naming another state more often leaves it local.
func TestIssuerStateBodies(t *testing.T) {
	runCases(t, []exCase{
		{"a bare ministry in a government's release", "Government of Ghana\nThe Foreign Ministry said Ghana would host the regional trade talks in Accra, and Ghana welcomed the delegations.",
			[]string{"country Foreign Ministry = GHA"}},
		{"another state named more often: none", "Government of Ghana\nThe Foreign Ministry said Togo and Togo's neighbours would meet, as Togo had asked.",
			[]string{"country Foreign Ministry = "}},
	})
}
