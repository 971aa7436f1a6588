package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestCabinetHeadSilence: a minister's implied body takes the dateline country when the title
// forms record no cabinet head for that country (recordsCabinet, actor_titleforms.go): the
// dictionary's silence on Germany's or Spain's ministers is no evidence against them.
func TestCabinetHeadSilence(t *testing.T) {
	runCases(t, []exCase{
		{"a German minister's statement", "Statement by Foreign Minister Klara Vogt on the Floods\n\nBerlin, 12 April 2026\n\nI welcome the ceasefire in the region. Germany stands ready to help.",
			[]string{"GOVERNMENT Foreign Ministry (Germany)"}},
		{"a Spanish minister's statement", "Statement by Interior Minister Pablo Ortega\n\nMadrid, 2 May 2026\n\nI condemn the attack on the border post.",
			[]string{"GOVERNMENT Interior Ministry (Spain)"}},
		{"near miss: the dictionary records the state's Secretaries", "Statement by Foreign Minister Klara Vogt on the Floods\n\nWashington, 12 April 2026\n\nI welcome the ceasefire in the region.",
			[]string{"!GOVERNMENT Foreign Ministry (United States)"}},
	})
}

// TestStatementAuthorWe: the "we" of a minister who authors a statement is his state, on the
// evidence a spokesperson's is (authorHomeCountry, speaker_we.go): the place-and-date line's
// country when the article names it most.
func TestStatementAuthorWe(t *testing.T) {
	runCases(t, []exCase{
		{"a minister's statement with a place-and-date line", "Statement by Foreign Minister Klara Vogt on the Floods\n\nBerlin, 12 April 2026\n\nWe condemn the shelling of the dam. Germany stands ready to help.",
			[]string{"OPPOSES Germany -> shelling of the dam", "!OPPOSES Klara Vogt -> shelling of the dam"}},
		{"a defence minister's statement", "Statement by Defence Minister Pablo Ortega\n\nMadrid, 2 May 2026\n\nWe reject the blockade of the port. Spain will act.",
			[]string{"OPPOSES Spain -> blockade of the port"}},
		{"near miss: the author's 'I' stays his", "Statement by Foreign Minister Klara Vogt on the Floods\n\nBerlin, 12 April 2026\n\nI condemn the shelling of the dam. Germany stands ready to help.",
			[]string{"OPPOSES Klara Vogt -> shelling of the dam", "!OPPOSES Germany -> shelling of the dam"}},
		{"near miss: a legislator's statement", "Statement by Senator Klara Vogt on the Floods\n\nBerlin, 12 April 2026\n\nWe condemn the shelling of the dam. Germany stands ready to help.",
			[]string{"!OPPOSES Germany -> shelling of the dam"}},
		{"near miss: a title naming two ministers names no one author", "Joint Statement by Foreign Minister Klara Vogt and Foreign Minister Jan Novak\n\nBerlin, 12 April 2026\n\nWe condemn the shelling of the dam. Germany stands ready to help.",
			[]string{"!OPPOSES Germany -> shelling of the dam"}},
		{"near miss: the article names another country more", "Statement by Foreign Minister Klara Vogt on the Floods\n\nBerlin, 12 April 2026\n\nWe condemn the shelling of the dam in Ukraine. Ukraine needs help, and Ukraine will get it.",
			[]string{"!OPPOSES Germany -> shelling of the dam in Ukraine"}},
	})
}

// TestTitleTopicCountry: on a page whose publisher states its country, a country named in the
// title's phrase of subject matter ("Remarks on the Vietnamese Fishing Dispute") does not outrank
// it (govCountry, speaker_voice.go): the spokesperson's "we" is the publisher's state, not the
// country spoken about. Near misses: with no publisher, the title's own country still counts.
func TestTitleTopicCountry(t *testing.T) {
	text := "Question: What is your comment?\n\nSpokesperson: We urge Russia to stop detaining the fishermen."
	mfa := "Ministry of Foreign Affairs of the People's Republic of China"
	cases := []struct {
		name string
		doc  input.Document
		want []string
	}{
		{"on-phrase", input.Document{Source: "test", Outlet: mfa, Title: "Foreign Ministry Spokesperson Li Wen's Remarks on the Vietnamese Fishing Dispute", Text: text},
			[]string{"DEMANDS China -> Russia", "!DEMANDS Vietnam -> Russia"}},
		{"regarding-phrase", input.Document{Source: "test", Outlet: mfa, Title: "Foreign Ministry Spokesperson Li Wen's Answer regarding Japan's Fishing Zone", Text: text},
			[]string{"DEMANDS China -> Russia", "!DEMANDS Japan -> Russia"}},
		{"near miss: the country before the topic still names the page's", input.Document{Source: "test", Title: "Chinese Foreign Ministry Spokesperson Li Wen's Remarks on the Fishing Dispute", Text: text},
			[]string{"DEMANDS China -> Russia"}},
		{"near miss: the capital after the topic, past its comma", input.Document{Source: "test", Title: "Foreign Ministry Spokesperson Li Wen's Remarks on the Fishing Dispute, Beijing, 3 May 2026", Text: text},
			[]string{"DEMANDS China -> Russia"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkExpect(t, extractDoc(t, c.doc), c.want) })
	}
}

// TestSpokespersonHome: a press secretary or spokesperson named with no body takes the state his
// "we" is read as (spokespersonHomes, codes_spokesbody.go).
func TestSpokespersonHome(t *testing.T) {
	runCases(t, []exCase{
		{"a press secretary under a place-and-date line", "Press Briefing by Foreign Press Secretary Haruto Mori\n\nTokyo, 9 June 2026\n\nQ: What about the new fishing rules?\n\nMori: Japan opposes the new fishing rules. We urge Russia to release the boats.",
			[]string{"country Haruto Mori = JPN", "DEMANDS Japan -> Russia"}},
		{"near miss: a press secretary of no known state keeps none", "Press Briefing by Foreign Press Secretary Haruto Mori\n\nQ: What about the new fishing rules?\n\nMori: We oppose the new fishing rules.",
			[]string{"!country Haruto Mori = JPN", "OPPOSES Haruto Mori -> fishing rules"}},
		{"near miss: an adviser under the same line is no spokesperson", "Press Briefing by Policy Adviser Haruto Mori\n\nTokyo, 9 June 2026\n\nQ: What about the new fishing rules?\n\nMori: Japan opposes the new fishing rules. We urge Russia to release the boats.",
			[]string{"!country Haruto Mori = JPN"}},
	})
}
