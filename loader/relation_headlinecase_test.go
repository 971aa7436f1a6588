package loader

import "testing"

// A title-case headline is read in sentence case (relation_headlinecase.go): its capitalized verb
// is a verb, and its present tense reports the event as the body's past tense does. Only the
// article's title line is read so; a question asserts nothing.
func TestHeadlineCase(t *testing.T) {
	runCases(t, []exCase{
		{"title-case headline: capitalized verb",
			"Norway Condemns New Whaling Quotas\n\nOslo's foreign ministry said on Monday that the quotas set by the commission were indefensible.",
			[]string{"OPPOSES Norway -> Whaling Quotas"}},
		{"title-case headline: a person's stance",
			"Senator Ana Ruiz Rejects Governor Tom Alvin's Budget Deal\n\nThe senator spoke in Sacramento on Tuesday after the budget was published.",
			[]string{"OPPOSES Ana Ruiz -> Budget Deal"}},
		{"title-case headline: support, with its adjuncts",
			"Brazil Backs Argentina In Trade Dispute With Chile\n\nThe dispute over copper exports began in March.",
			[]string{"SUPPORTS Brazil -> Argentina"}},
		{"must not: a headline that asks",
			"Will Norway Condemn New Whaling Quotas?\n\nOslo's foreign ministry is to decide on Monday, officials said.",
			[]string{"!OPPOSES Norway -> Whaling Quotas"}},
		{"must not: a title-case line with no story under it",
			"Norway Condemns New Whaling Quotas",
			[]string{"!OPPOSES Norway -> Whaling Quotas"}},
		{"must not: a title-case line that is no title (a later subhead)",
			"Oslo's foreign ministry met the commission on Monday.\n\nNorway Condemns New Whaling Quotas\n\nThe meeting ended without a statement.",
			[]string{"!OPPOSES Norway -> Whaling Quotas"}},
	})
}
