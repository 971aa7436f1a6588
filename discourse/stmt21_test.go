package discourse

import (
	"fmt"
	"strings"
	"testing"
)

// TestLeadInLongTitle: "<Name>, <title> [to|at|in <body>], issued the following statement today
// (<date>) on <topic>:" opens a statement block whose speaker is the name with its title in
// apposition (Quirk et al. 1985, 17.65), however long the title, and a capitalized "States" of
// "United States" is a word of a name, not the verb "states". Near misses: a clause between the
// commas (the speaker is the name alone), and a lead-in in capitals keeps its verb. Invented documents.
func TestLeadInLongTitle(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a title with prepositions and a coordinated second title",
			"For Immediate Release\n\n" +
				"Ambassador Lena Marsh, United States Representative to the Conference on Disarmament and Representative at the Human Rights Council, issued the following statement today (June 2) on the mine attack:\n\n" +
				"The attack on the border post is a crime.\n\nWe stand with the families.",
			[]string{"-", "- *", "statement block:statement [Ambassador Lena Marsh, United States Representative to the Conference on Disarmament and Representative at the Human Rights Council]",
				"statement block:statement [Ambassador Lena Marsh, United States Representative to the Conference on Disarmament and Representative at the Human Rights Council]"}},
		{"a ministry's official name as the title, past twelve words",
			"Mr. Ivo Kranjc, Deputy Spokesperson of the Ministry of Foreign and European Affairs of Croatia, issued the following statement today on the floods:\n\n" +
				"Croatia offers its help to the people of Slovenia.",
			[]string{"- *", "statement block:statement [Mr. Ivo Kranjc, Deputy Spokesperson of the Ministry of Foreign and European Affairs of Croatia]"}},
		{"near miss: a relative clause between the commas is no title, and stays out of the speaker",
			"Mr. Ivo Kranjc, who was appointed spokesperson of the ministry in the spring of last year, issued the following statement today on the floods:\n\n" +
				"Croatia offers its help to the people of Slovenia.",
			[]string{"- *", "statement block:statement [Mr. Ivo Kranjc]"}},
		{"near miss: a lead-in in capitals keeps its verb",
			"FOREIGN MINISTER ANA SOLER STATES:\n\n\"We reject the ruling.\"",
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := describe(c.text)
			if c.want == nil {
				if !strings.Contains(fmt.Sprint(got), "ANA SOLER") {
					t.Errorf("the capitals lead-in lost its speaker: %v", got)
				}
				return
			}
			if fmt.Sprint(got) != fmt.Sprint(c.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(c.want, "\n  "))
			}
		})
	}
}

// TestReleaseVoice: a release whose heading names the kind of text and its topic but no speaker
// ("Press Release Regarding …" after a number and date, "Statement on …", "Press Statement")
// speaks in its issuer's voice (rule title:release) from the heading to its closing matter, when
// its body says "we" or "I" outside quotation marks. Near misses: a news story under a headline
// (no heading noun), a release heading whose body never speaks in the first person, a heading
// that names its author ("Statement by …" is titleSpeaker's), and a story opening with a sentence
// before the heading. Invented documents.
func TestReleaseVoice(t *testing.T) {
	rel := "title title:release [%s]"
	cases := []struct {
		name, text string
		want       []string
	}{
		{"number, date and 'Press Release Regarding'",
			"No: 77, 9 May 2031, Press Release Regarding the Floods in Osland\n\n" +
				"We extend our condolences to the people of Osland.\n\nThe floods are a disaster.",
			[]string{"- title:release [No: 77, 9 May 2031, Press Release Regarding the Floods in Osland] *",
				fmt.Sprintf(rel, "No: 77, 9 May 2031, Press Release Regarding the Floods in Osland"),
				fmt.Sprintf(rel, "No: 77, 9 May 2031, Press Release Regarding the Floods in Osland")}},
		{"'Statement on' with a date line, up to the closing matter",
			"Statement on the Arrest of Lawyers in Veldland\n\n3 June 2031\n\nI am deeply concerned by the arrests.\n\n" +
				"For media inquiries, contact the press office.\n\nPress office: +1 555 0100",
			[]string{"- title:release [Statement on the Arrest of Lawyers in Veldland] *",
				fmt.Sprintf(rel, "Statement on the Arrest of Lawyers in Veldland"),
				fmt.Sprintf(rel, "Statement on the Arrest of Lawyers in Veldland"), "- *", "-"}},
		{"'Press Statement' alone",
			"PRESS STATEMENT\n\nWe welcome the ceasefire in the north.",
			[]string{"- title:release [PRESS STATEMENT] *", fmt.Sprintf(rel, "PRESS STATEMENT")}},
		{"near miss: a news headline",
			"Floods hit Osland\n\nThe floods killed ten people, officials said. \"We need help,\" a farmer said.",
			[]string{"-", "-"}},
		{"near miss: no first person in the body",
			"Statement on the Floods in Osland\n\nThe floods killed ten people in the north of Osland.",
			[]string{"-", "-"}},
		{"near miss: a sentence of the story before the heading",
			"The ministry released a statement on Monday after the vote in the assembly.\n\nStatement on the Vote\n\nWe welcome the vote.",
			[]string{"-", "-", "-"}},
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
