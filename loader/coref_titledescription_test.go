package loader

import "testing"

// A title written as a definite description ("the Prime Minister", "the High Representative")
// takes the one person named before with that title (coref_titledescription.go); two holders of
// the title, a title the description's premodifier restricts ("the Deputy Prime Minister"), or a
// title used generically ("a prime minister") take nobody.
func TestTitleDescription(t *testing.T) {
	runCases(t, []exCase{
		{"the Prime Minister after Prime Minister <name>",
			"Prime Minister Tomas Berg met business leaders in Oslo on Tuesday to discuss regional security.\n\nThe Prime Minister urged Russia to withdraw its troops from the border.",
			[]string{"DEMANDS Tomas Berg -> troops"}},
		{"a quotation closed by the Prime Minister said",
			"Prime Minister Aiko Tanabe arrived in Manila on Monday for a two-day visit.\n\n\"We call on China to respect the ruling of the arbitral tribunal,\" the Prime Minister said.",
			[]string{"CLAIMS Aiko Tanabe -> respect the ruling"}},
		{"the Foreign Minister after the Minister of Foreign Affairs, <name> (one office, two styles)",
			"Brazil's Minister of Foreign Affairs, Paulo Ramos, spoke to reporters in Brasilia on Friday.\n\nThe Foreign Minister called on Venezuela to release the detained opposition leaders.",
			[]string{"DEMANDS Paulo Ramos -> opposition leaders"}},
		{"the High Representative after the title's full style before the name",
			"BRUSSELS, June 9, 2026 — The High Representative of the Union for Foreign Affairs and Security Policy, Marta Lind, issued a statement on the vote in Georgia.\n\nThe High Representative urged Georgia to repeal the foreign agents law.",
			[]string{"DEMANDS Marta Lind -> foreign agents law"}},
		{"the High Representative after High Representative <name>",
			"High Representative Ivo Brandt addressed the Peace Implementation Council in Sarajevo on Thursday.\n\nThe High Representative called on Serbia to stop supporting the secessionist campaign.",
			[]string{"DEMANDS Ivo Brandt -> secessionist campaign"}},
		{"two prime ministers named: the Prime Minister is ambiguous",
			"Prime Minister Tomas Berg of Norway met Prime Minister Anna Holm of Sweden in Oslo on Tuesday.\n\nThe Prime Minister urged Russia to withdraw its troops from the border.",
			[]string{"!DEMANDS Tomas Berg", "!DEMANDS Anna Holm"}},
		{"two foreign ministers named: the Minister is ambiguous",
			"Foreign Minister Lena Aho of Finland met Foreign Minister Jaan Tamm of Estonia on Monday.\n\nThe Minister called on Russia to return the seized vessels.",
			[]string{"!DEMANDS Lena Aho", "!DEMANDS Jaan Tamm"}},
		{"the President is the president, not the vice president named after him",
			"President Maria Soto and Vice President Luis Pardo visited Quito on Monday.\n\nThe President urged Colombia to reopen the border crossings.",
			[]string{"DEMANDS Maria Soto -> border crossings", "!DEMANDS Luis Pardo"}},
		{"the Deputy Prime Minister is not the Prime Minister",
			"Prime Minister Tomas Berg of Norway spoke at a conference in Oslo on Tuesday.\n\nThe Deputy Prime Minister urged Russia to release the detained fishermen.",
			[]string{"!DEMANDS Tomas Berg"}},
		{"a prime minister used generically is nobody",
			"Prime Minister Tomas Berg of Norway spoke at a conference in Oslo on Tuesday.\n\nA prime minister should urge Russia to withdraw its troops, one delegate said.",
			[]string{"!DEMANDS Tomas Berg"}},
	})
}
