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
