package input

import "testing"

// TestHeadlineCaseFirstLine: a plain-text story whose first line is in headline style is titled by
// it even when the line ends with a period; a first line of prose, or a line of names alone, is not.
// Sentences are invented.
func TestHeadlineCaseFirstLine(t *testing.T) {
	cases := []struct{ name, text, title string }{
		{"title case with a final period",
			"Mayor Signs Budget Deal With Council Leaders.\n\nThe mayor of Dunmore signed the budget on Monday, aides said.\n",
			"Mayor Signs Budget Deal With Council Leaders."},
		{"title case, capitalized function words, a question",
			"Will The Port Strike End Before The Holidays?\n\nDock workers met on Friday to vote on a deal.\n",
			"Will The Port Strike End Before The Holidays?"},
		{"all capitals with a final semicolon",
			"MILL TOWN VOTES ON NEW TAX;\n\nVoters in Dunmore decided on Tuesday whether to raise the tax.\n",
			"MILL TOWN VOTES ON NEW TAX;"},
		// must not: sentence case is prose, the body's first paragraph
		{"sentence case first line",
			"The mayor signed the budget on Monday after a long night.\n\nCouncil leaders said they were pleased.\n", ""},
		// must not: a speaker label line
		{"speaker label",
			"BYLINE: Ana Ruiz.\n\nThe mayor signed the budget on Monday, aides said.\n", ""},
		// must not: a headline-case line with no blank line under it (a hard-wrapped paragraph)
		{"no blank line under it",
			"Mayor Signs Budget Deal With Council Leaders.\nThe mayor of Dunmore signed the budget on Monday, aides said.\n", ""},
	}
	c := testCleaner(t)
	for _, tc := range cases {
		got, err := c.Clean(Document{Source: "t.txt", Text: tc.text})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got.Article.Title != tc.title {
			t.Errorf("%s: title %q, want %q", tc.name, got.Article.Title, tc.title)
		}
	}
}
