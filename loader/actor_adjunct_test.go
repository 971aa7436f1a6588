package loader

import "testing"

// A body named only as the noun adjunct of a text or medium noun ("in a Twitter post", "the Fund
// report"; Quirk et al. 1985, 17.104-17.108) is no actor unless it takes part in a relation; the
// same name as a subject, or the author of a report that says something, stays. Invented
// sentences.
func TestMediumAdjunctNoActor(t *testing.T) {
	runCases(t, []exCase{
		{"a platform premodifying a post", "Governor Ana Duarte criticized the port fees in a Twitter post on Sunday, saying they hurt farmers.",
			[]string{"PERSON Ana Duarte", "!actor Twitter"}},
		{"a body premodifying a report", "The lagoon's water was cleaner last year. The Harbor Relief Fund report was published in May.",
			[]string{"!actor Harbor Relief Fund"}},
		{"near miss: the body as a subject elsewhere", "The Harbor Relief Fund report was published in May. The Harbor Relief Fund said it would close in June.",
			[]string{"actor Harbor Relief Fund"}},
		{"near miss: an issued text's issuer", "The lagoon's water was cleaner last year. A Harbor Relief Fund statement was published in May.",
			[]string{"actor Harbor Relief Fund"}},
		{"near miss: a genitive names the author", "Governor Ana Duarte praised the Harbor Relief Fund's report on Monday.",
			[]string{"actor Harbor Relief Fund"}},
		{"near miss: the word is a verb with its that-clause", "Our colleagues at the Harbor Relief Fund report that the lagoon's water is cleaner this year.",
			[]string{"actor Harbor Relief Fund"}},
		{"near miss: the author of a report that says something", "The IMF report said the Lestrian peso was overvalued by 20 percent.",
			[]string{"CLAIMS International Monetary Fund -> overvalued"}},
	})
}

// The issuing line alone under a release's title (AP Stylebook, "news release") names who issued
// the page and is no actor unless the body takes part in a relation or is named in the text.
func TestIssuingLineNoActor(t *testing.T) {
	runCases(t, []exCase{
		{"an office's line under the title", "Remarks by Deputy Prime Minister Lena Varga on Fisheries Policy\n\nOffice of the Deputy Prime Minister\n\nFor Immediate Release May 3, 2027\n\nDeputy Prime Minister Lena Varga said the quota cuts would hurt coastal towns.",
			[]string{"PERSON Lena Varga", "!actor Office of the Deputy Prime Minister"}},
		{"near miss: the office named again in the text", "Remarks by Deputy Prime Minister Lena Varga on Fisheries Policy\n\nOffice of the Deputy Prime Minister\n\nFor Immediate Release May 3, 2027\n\nThe Office of the Deputy Prime Minister said the quota cuts would hurt coastal towns.",
			[]string{"actor Office of the Deputy Prime Minister"}},
		{"near miss: the body of a minister's title in the story", "Minister Varga on the quota cuts\n\nMinistry of Coastal Fisheries\n\nPRESS RELEASE\n\nLISKA, March 4, 2027 — Coastal Fisheries Minister Lena Varga issued the following statement on Tuesday:\n\nThe quota cuts will hurt coastal towns.",
			[]string{"GOVERNMENT Ministry of Coastal Fisheries"}},
		{"near miss: a line after the story has begun", "Deputy Prime Minister Lena Varga said the quota cuts would hurt coastal towns.\n\nOffice of the Deputy Prime Minister\n\nMay 3, 2027",
			[]string{"actor Office of the Deputy Prime Minister"}},
	})
}
