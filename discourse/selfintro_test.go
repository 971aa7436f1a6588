package discourse

import (
	"fmt"
	"strings"
	"testing"
)

// TestSelfIntroBriefer: a briefer introduced in the opening paragraph only ("I am X, <office>.",
// "My name is X.", "X briefed reporters …") answers the "Q:" questions in the unlabelled
// paragraphs after them; the words after the self-introduction are his. Near misses: "I am"
// with no name, a name followed by more than an office, and a self-introduction in a story
// with no labelled turns. Invented wordings.
func TestSelfIntroBriefer(t *testing.T) {
	doc := "Briefing on the harvest\n\n" +
		"Good morning. I am Tomasz Wrona, spokesman of the Ministry of Agriculture of Poland. Poland will buy the surplus grain.\n\n" +
		"Q: Will farmers be paid this month?\n\n" +
		"Farmers will be paid before Friday."
	want := []string{"-", "title title:speaker [Tomasz Wrona, spokesman of the Ministry of Agriculture of Poland]",
		"question turn:question [Q]", "answer turn:answer [Tomasz Wrona, spokesman of the Ministry of Agriculture of Poland]"}
	wantUnits(t, doc, want)
	doc = "Press briefing\n\n" +
		"My name is Aiko Tanaka. Japan sends its condolences.\n\n" +
		"Q: Will Japan send rescuers?\n\n" +
		"Japan will send forty rescuers."
	wantUnits(t, doc, []string{"-", "title title:speaker [Aiko Tanaka]", "question turn:question [Q]", "answer turn:answer [Aiko Tanaka]"})
	doc = "Weekly briefing\n\n" +
		"Spokesperson Nadia Karim briefed reporters in Amman on Monday.\n\n" +
		"Q: Will Jordan reopen the crossing?\n\n" +
		"Jordan will reopen the crossing on Sunday."
	wantUnits(t, doc, []string{"-", "- title:speaker [Spokesperson Nadia Karim] *", "question turn:question [Q]", "answer turn:answer [Spokesperson Nadia Karim]"})
	// near misses
	for _, doc := range []string{
		"Press briefing\n\nI am grateful to the Red Cross.\n\nQ: Will you send aid?\n\nWe will send aid.",
		"Press briefing\n\nI am Prime Minister Ortega's guest today.\n\nQ: Will you send aid?\n\nWe will send aid.",
		"Press briefing\n\nI'm Leo Brandt, and my guest today is the minister.\n\nQ: Will you send aid?\n\nWe will send aid.",
		"Storm hits coast\n\nI am Tomasz Wrona, a farmer. The storm took my barn.\n\nThe ministry will pay farmers.",
	} {
		got := fmt.Sprint(describe(doc))
		if strings.Contains(got, "answer") || strings.Contains(got, "title:speaker") {
			t.Errorf("near miss %q: %s", doc[:30], got)
		}
	}
}
