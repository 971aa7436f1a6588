package discourse

import (
	"fmt"
	"strings"
	"testing"
)

// TestHeadingNounLabel: a heading noun of headings.txt before a colon ("PRESS RELEASE :",
// "Joint Statement:") names the kind of text, not a speaker, so it opens no turn, in capitals or
// not, and the header block under it is read for the speaker; a label that names a role ("PRESS
// SECRETARY:") or a listed label word stays a turn. Invented documents.
func TestHeadingNounLabel(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a release line in capitals over a statement line",
			"PRESS RELEASE : Talks on the river dams [4 June 2031]\n\n" +
				"The press release issued by the Ministry of Foreign Affairs of Osland on 4 June 2031.\n\n" +
				"Statement by Minister Hana Vold at the Council of the Basin on the river dams.\n\n" +
				"We reject the plan to divert the river.",
			[]string{"-", "-", "- title:speaker [Minister Hana Vold] *", "title title:speaker [Minister Hana Vold]"}},
		{"a joint statement's heading noun before its headline",
			"JOINT STATEMENT: Fisheries in the northern sea\n\n" +
				"Statement by Minister Hana Vold on the fisheries quota.\n\n" +
				"We call for a new quota.",
			[]string{"-", "- title:speaker [Minister Hana Vold] *", "title title:speaker [Minister Hana Vold]"}},
		{"the issuer line under a long notice outranks the office's letterhead",
			"PRESS RELEASE : Talks on the river dams [4 June 2031]\n\nMinistry of Foreign Affairs of Osland\n\n4 June 2031\n\n" +
				"The press release issued by the Ministry of Foreign Affairs of Osland on 4 June 2031.\n\n" +
				"Remarks by Minister Hana Vold at the Council of the Basin on the river dams.\n\n" +
				"I reject the plan to divert the river.",
			[]string{"-", "-", "-", "-", "- title:speaker [Minister Hana Vold] *", "title title:speaker [Minister Hana Vold]"}},
		{"with no issuer line the letterhead under the release line speaks",
			"PRESS RELEASE : Talks on the river dams [4 June 2031]\n\nMinistry of Foreign Affairs of Osland\n\n" +
				"We reject the plan to divert the river.",
			[]string{"title title:speaker [Ministry of Foreign Affairs of Osland]", "- title:speaker [Ministry of Foreign Affairs of Osland] *",
				"title title:speaker [Ministry of Foreign Affairs of Osland]"}},
		{"a role in capitals is a turn",
			"PRESS SECRETARY: We reject the plan to divert the river.\n\n" +
				"QUESTION: Will you go to the Council?\n\n" +
				"PRESS SECRETARY: We will.",
			[]string{"turn turn:label [PRESS SECRETARY]", "question turn:question [QUESTION]", "turn turn:label [PRESS SECRETARY]"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := describe(c.text)
			if fmt.Sprint(got) != fmt.Sprint(c.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(c.want, "\n  "))
			}
		})
	}
}

// TestStatementLeadInExtent: after "X said in a statement:" the statement's plain paragraphs are
// X's: those that go on numbering it ("1.", "2.", "3."), and the run up to its last paragraph in
// the first person when the story's narration never says "we" (a statement names its issuer in
// the third person before it says "we"). Near misses: one plain paragraph and then the story
// (no "we", or a paragraph reporting speech), a numbering that does not go on, and a story that
// itself speaks in the first person. Invented documents.
func TestStatementLeadInExtent(t *testing.T) {
	lead := "Fishing talks collapse\n\nThe coast guard of Varland seized two trawlers on Monday.\n\n" +
		"The Ministry of Fisheries of Osland said in a statement:\n\n"
	st := "quote block:statement [The Ministry of Fisheries of Osland]"
	cases := []struct {
		name, text string
		want       []string
	}{
		{"numbered paragraphs",
			lead + "1. The Ministry has learned of the seizure with concern.\n\n2. The trawlers were in international waters.\n\n" +
				"3. The Ministry expects their release.\n\nVarland has not replied.",
			[]string{"-", "-", "- *", st, st, st, "-"}},
		{"third person, then we",
			lead + "The Ministry has learned of the seizure with concern.\n\nThe trawlers were in international waters.\n\n" +
				"We demand the release of the crews.\n\nVarland has not replied.",
			[]string{"-", "-", "- *", st, st, st, "-"}},
		{"one plain paragraph, then the story",
			lead + "The Ministry has learned of the seizure with concern.\n\nThe trawlers were in international waters.\n\n" +
				"Varland has not replied.",
			[]string{"-", "-", "- *", st, "-", "-"}},
		{"the story reports speech before a we",
			lead + "The Ministry has learned of the seizure with concern.\n\nVarland officials said the trawlers were in its waters.\n\n" +
				"We demand the release of the crews.",
			[]string{"-", "-", "- *", st, "-", "-"}},
		{"a story told in the first person",
			"Fishing talks collapse\n\nWe reached the harbour on Monday, after the seizure.\n\n" +
				"The Ministry of Fisheries of Osland said in a statement:\n\n" +
				"The Ministry has learned of the seizure with concern.\n\nThe trawlers were in international waters.\n\n" +
				"We were not allowed on board.",
			[]string{"-", "-", "- *", st, "-", "-"}},
		{"a numbering that does not go on",
			lead + "1. The Ministry has learned of the seizure with concern.\n\n3. The trawlers were in international waters.\n\n" +
				"Varland has not replied.",
			[]string{"-", "-", "- *", st, "-", "-"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := describe(c.text)
			if fmt.Sprint(got) != fmt.Sprint(c.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(c.want, "\n  "))
			}
		})
	}
}
