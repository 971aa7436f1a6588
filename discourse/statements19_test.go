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
