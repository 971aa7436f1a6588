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

// TestTurnSentenceNoHeadline: a turn's sentence full of names and capitals is speech, not a
// headline, and so a claim of its speaker ("Besides Veld, President Tomas Aranda will visit Port
// Serra." was read as a title-case line and left out).
func TestTurnSentenceNoHeadline(t *testing.T) {
	runCases(t, []exCase{
		{"title-case answer", "Foreign Ministry Spokesperson Lin Hao's Regular Press Conference on May 3, 2027\n\n" +
			"Q: Which cities will the president visit?\n\n" +
			"A: Besides Veld, President Tomas Aranda Will Visit Port Serra And Ostmark City.",
			[]string{"rule CLAIMS Lin Hao -> Will Visit Port Serra = turn:answer"}},
	})
}
