package loader

import "testing"

// TestPortfolioAfterTitle: a title with its portfolio after "of" or "for" before the holder's
// name, or before an appositive comma and the name, is read as a title (the authors of issue
// 12's "X released the following statement:" shapes). Near miss: a place after "of" is no
// portfolio.
func TestPortfolioAfterTitle(t *testing.T) {
	runCases(t, []exCase{
		{"of-portfolio with a demonym", "Trade news\n\nCanadian Minister of International Trade Claire Dubois said the tariffs were unjustified.",
			[]string{"PERSON Claire Dubois", "!PERSON International Trade Claire Dubois", "country Claire Dubois = CAN"}},
		{"of-portfolio with a conjunction", "Fisheries news\n\nMinister of Fisheries and Oceans Joyce Murray said the quota was too high.",
			[]string{"PERSON Joyce Murray", "!PERSON Oceans Joyce Murray"}},
		{"for-portfolio before an appositive name", "Sanctions news\n\nKenya's Cabinet Secretary for Foreign Affairs, Amina Wanjiru, condemned the sanctions on Monday.",
			[]string{"OPPOSES Amina Wanjiru -> sanctions", "!PERSON Foreign Affairs"}},
		{"a place is no portfolio", "Visit news\n\nDeputy Prime Minister and Minister of Foreign Affairs of New Zealand Winston Peters will visit Ostmark in May.",
			[]string{"!PERSON Zealand Winston Peters"}},
	})
}
