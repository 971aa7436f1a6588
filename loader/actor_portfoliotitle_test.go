package loader

import "testing"

// TestPortfolioTitleOfficials: a lower-case title with a portfolio before a state head that
// titles.txt does not list whole ("the water and sanitation minister") is an office of state, so
// its holder in a story filed from a country that leads is that country's official
// (actor_storyofficials.go portfolioTitle); a capitalized premodifier or a head of no office of
// state gives none.
func TestPortfolioTitleOfficials(t *testing.T) {
	runCases(t, []exCase{
		{"an appositive portfolio minister", "NAIROBI, May 3 (Reuters) - Kenya's government rationed water in the capital on Monday, and Kenya's farmers protested.\nAmina Wekesa, the water and sanitation minister, said the rationing would last a month.",
			[]string{"country Amina Wekesa = KEN"}},
		{"a one-word portfolio", "ACCRA, May 3 (AP) - Ghana's government raised fuel prices on Monday, and Ghana's drivers went on strike.\nKofi Asare, the fuel minister, said prices would fall by June.",
			[]string{"country Kofi Asare = GHA"}},
		{"a capitalized premodifier: another body's", "ACCRA, May 3 (AP) - Ghana's government raised fuel prices on Monday, and Ghana's drivers went on strike.\nKofi Asare, the Methodist minister, said prices would fall by June.",
			[]string{"country Kofi Asare = "}},
		{"a head of no office of state", "ACCRA, May 3 (AP) - Ghana's government raised fuel prices on Monday, and Ghana's drivers went on strike.\nKofi Asare, the fuel spokesman, said prices would fall by June.",
			[]string{"country Kofi Asare = "}},
	})
}
