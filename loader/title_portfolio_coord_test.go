package loader

import "testing"

// TestCoordinatedPortfolioTitle: a title's of/for-portfolio may coordinate portfolio nouns ("A and
// B Affairs", "A Affairs and B", "A, B and C"); the title ends where the last conjunct ends and
// the name after it is the holder (portfolioConjuncts). Near misses: "and" joining two titles or
// two people keeps them apart.
func TestCoordinatedPortfolioTitle(t *testing.T) {
	runCases(t, []exCase{
		{"shared head", "Kenya news\n\nCabinet Secretary for Foreign and Diaspora Affairs Musalia Mudavadi welcomed the ceasefire.",
			[]string{"SUPPORTS Musalia Mudavadi -> ceasefire", "!PERSON Diaspora Affairs Musalia Mudavadi"}},
		{"second portfolio after the head", "NZ news\n\nMinister for Foreign Affairs and Trade Winston Peters welcomed the ceasefire.",
			[]string{"SUPPORTS Winston Peters -> ceasefire", "!PERSON Trade Winston Peters"}},
		{"proper adjective conjunct", "Luxembourg news\n\nMinister of Foreign and European Affairs Jean Asselborn welcomed the ceasefire.",
			[]string{"SUPPORTS Jean Asselborn -> ceasefire", "!ORGANIZATION European Affairs Jean Asselborn"}},
		{"possessive country", "Ireland news\n\nIreland's Minister for Foreign Affairs and Defence Micheal Martin welcomed the ceasefire.",
			[]string{"SUPPORTS Micheal Martin -> ceasefire", "country Micheal Martin = IRL"}},
		{"three portfolios", "Ghana news\n\nMinister of Trade, Industry and Tourism Kofi Mensah rejected the tariffs.",
			[]string{"OPPOSES Kofi Mensah -> tariffs", "!PERSON Tourism Kofi Mensah"}},
		{"australian wording", "Canberra news\n\nAustralia's Minister for Foreign Affairs and Trade Anna Castell condemned the sanctions.",
			[]string{"OPPOSES Anna Castell -> sanctions", "country Anna Castell = AUS"}},
		{"appositive after a coordinated portfolio", "Kenya news\n\nThe Minister of Foreign and Diaspora Affairs, Musalia Mudavadi, welcomed the ceasefire.",
			[]string{"SUPPORTS Musalia Mudavadi -> ceasefire", "!PERSON Diaspora Affairs"}},
		{"appositive after a title of no body", "Budget news\n\nThe foreign minister, Thandiwe Okonkwo, rejected the proposal.",
			[]string{"OPPOSES Thandiwe Okonkwo -> proposal"}},
		{"appositive after two portfolios", "Budget news\n\nThe Minister of Finance and Economic Planning, Thandiwe Okonkwo, rejected the proposal.",
			[]string{"OPPOSES Thandiwe Okonkwo -> proposal", "!PERSON Economic Planning"}},
		{"two titled people", "Budget news\n\nMinister of Trade Ebrahim Patel and Minister of Finance Enoch Godongwana rejected the tariffs.",
			[]string{"PERSON Ebrahim Patel", "PERSON Enoch Godongwana", "!PERSON Finance Enoch Godongwana"}},
		{"a second title after and", "Budget news\n\nMinister of Finance and Trade Minister Lerato Dube rejected the tariffs.",
			[]string{"PERSON Lerato Dube", "!PERSON Trade Minister Lerato Dube"}},
	})
}
