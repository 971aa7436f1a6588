package discourse

import (
	"fmt"
	"strings"
	"testing"
)

// TestFromLineShapes9: "From X:" lines whose speaker phrase has a title before a name after a
// comma, a parenthesis of party or affiliation, a plural possessive, capitals, or only a
// description; each starts a block of its own, so that the next block never continues the last
// one's speaker. Near misses: a lower-case appositive after the name ends the speaker, and a
// line that goes on past a name in lower case is no lead-in. Invented texts.
func TestFromLineShapes9(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"title, comma, name",
			"Statements\n\nFrom the Minister of Foreign Affairs of Veldland, Dr. Ana Reyes:\n\n\u201cThe closure is unlawful.\u201d\n\n" +
				"From the Ostmark Interior Minister, Jonas Berg:\n\n\u201cThe crossings will reopen.\u201d",
			[]string{"-", "- *", "quote quote:lead-in [the Minister of Foreign Affairs of Veldland, Dr. Ana Reyes]", "- *",
				"quote quote:lead-in [the Ostmark Interior Minister, Jonas Berg]"}},
		{"party in parentheses, capitals, plural possessive",
			"Reactions\n\nFROM SENATOR MARIA LOPEZ (D-VELD):\n\n\"The tariff is a tax.\"\n\n" +
				"From Transport Minister Ilona Farkas (Green Party):\n\nRail freight will carry the steel.\n\n" +
				"From the Harbour Workers' Union:\n\nEvery job is safe.",
			[]string{"-", "- *", "quote quote:lead-in [SENATOR MARIA LOPEZ]", "- *", "quote quote:lead-in [Transport Minister Ilona Farkas]",
				"- *", "quote quote:lead-in [the Harbour Workers' Union]"}},
		{"a description in lower case ends the block before it",
			"Reactions\n\nFrom the trade minister, Peter Mwangi:\n\n\"Exporters will lose markets.\"\n\n" +
				"From the central bank governor:\n\n\"The currency is stable.\"",
			[]string{"-", "- *", "quote quote:lead-in [the trade minister, Peter Mwangi]", "- *", "quote quote:lead-in [the central bank governor]"}},
		{"near misses: a lower-case appositive, a clause",
			"Reactions\n\nFrom Petra Lund, the finance minister:\n\n\"Costs will rise.\"\n\nFrom Monday on, prices rise sharply:\n\nBread costs more.",
			[]string{"-", "- *", "quote quote:lead-in [Petra Lund]", "-", "-"}},
	}
	for _, c := range cases {
		got := describe(c.text)
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s:\n  got  %s\n  want %s", c.name, strings.Join(got, " | "), strings.Join(c.want, " | "))
		}
	}
}

// TestLabelShapes9: turn labels as HTML transcripts leave them in the text: a full-width colon,
// an outlet or title after a comma, a label word alone on its line with no colon. Near misses: an
// answer word alone with no question before it, a one-word paragraph that is no label word.
func TestLabelShapes9(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"full-width colon",
			"Briefing\n\nQ\uff1aWill the talks resume?\n\nA\uff1aThey will resume on Monday.",
			[]string{"-", "question turn:question [Q]", "answer turn:answer"}},
		{"outlet and title after a comma",
			"Briefing\n\nReporter, Harbor Times: Will the talks resume?\n\nLin Hao, Spokesperson: They will resume on Monday.",
			[]string{"-", "question turn:question [Reporter, Harbor Times]", "turn turn:label [Lin Hao, Spokesperson]"}},
		{"label words alone on their lines",
			"Briefing\n\nQuestion\n\nWill the talks resume?\n\nAnswer\n\nThey will resume on Monday.",
			[]string{"-", "question turn:question [Question] *", "question turn:question [Question]", "answer turn:answer *", "answer turn:answer"}},
		{"an office's holder in parentheses, a questioner's outlet in parentheses",
			"Evidence session\n\nChair (Alicia Kearns MP): Order, order.\n\nQ (Harbor Times): Will the talks resume?\n\nSarah Champion MP: They must resume.",
			[]string{"-", "turn turn:label [Alicia Kearns MP]", "question turn:question [Q]", "turn turn:label [Sarah Champion MP]"}},
		{"a party affiliation in parentheses, a ranking member",
			"Hearing\n\nSen. Mercer (R-Ohio): We must close the loopholes this year.\n\nRanking Member Solis: We support new penalties on the shell companies.\n\nSen. Mercer (R-Ohio): The Treasury has moved far too slowly.",
			[]string{"-", "turn turn:label [Sen. Mercer]", "turn turn:label [Ranking Member Solis]", "turn turn:label [Sen. Mercer]"}},
		{"near misses: an answer with no question, another word",
			"Quiz night\n\nAnswer\n\nThe capital of Veldland is Port Serra.\n\nRecap\n\nThe team won.",
			[]string{"-", "-", "-", "-", "-"}},
	}
	for _, c := range cases {
		got := describe(c.text)
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s:\n  got  %s\n  want %s", c.name, strings.Join(got, " | "), strings.Join(c.want, " | "))
		}
	}
}

// TestProcedureFurniture: the chair's and members' procedural formulas of a hearing or sitting
// (furniture.txt, parliamentary procedure) are furniture, "…" standing for a few words; near
// misses that use the same words to say something about the world are not.
func TestProcedureFurniture(t *testing.T) {
	for s, want := range map[string]bool{
		"The committee will come to order.":                              true,
		"Without objection, so ordered.":                                 true,
		"The gentleman's time has expired.":                              true,
		"The chair recognizes the Senator from Ohio.":                    true,
		"The gentlewoman from Michigan is recognized for five minutes.":  true,
		"I yield back the balance of my time.":                           true,
		"I ask unanimous consent to enter this letter into the record.":  true,
		"Members will have five legislative days to submit statements.":  true,
		"The hearing is adjourned.":                                      true,
		"The meeting is adjourned.":                                      true,
		"The meeting stands adjourned.":                                  true,
		"The meeting adjourned the vote on the tariff bill until March.": false,
		"Order, order.": true,
		"Without objection, the Senate passed the sanctions bill on Tuesday.":           false,
		"The chair recognizes the importance of the long-standing treaty with Ostmark.": false,
		"I call on Ostmark to release our citizens.":                                    false,
		"The gentleman from Ohio is wrong about the tariffs on steel.":                  false,
	} {
		if got := Furniture(s); got != want {
			t.Errorf("Furniture(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestQuestionLabelShapes9: "Reuters reporter:" (the outlet before a questioner's word in lower
// case) is a question; in a transcript that labels only its questions, the unlabelled paragraph
// after a question ending with a question mark is the named answerer's answer. Near misses: no
// answerer named; a question paragraph that does not end with a question mark goes on.
func TestQuestionLabelShapes9(t *testing.T) {
	title := "Foreign Ministry Spokesperson Lin Hao's Regular Press Conference on May 5, 2027\n\n"
	cases := []struct {
		name, text string
		want       []string
	}{
		{"outlet before the questioner's word",
			title + "Harbor Times reporter: Will the talks resume?\n\nLin Hao: They will resume on Monday.",
			[]string{"- title:speaker [Foreign Ministry Spokesperson Lin Hao] *", "question turn:question [Harbor Times reporter]", "turn turn:label [Lin Hao]"}},
		{"questions only labelled",
			title + "Q: Will the talks resume?\n\nThey will resume on Monday.\n\nQ: Where?\n\nIn Veld.",
			[]string{"- title:speaker [Foreign Ministry Spokesperson Lin Hao] *", "question turn:question [Q]", "answer turn:answer [Foreign Ministry Spokesperson Lin Hao]",
				"question turn:question [Q]", "answer turn:answer [Foreign Ministry Spokesperson Lin Hao]"}},
		{"near misses: no answerer, a question paragraph without a question mark",
			"Talks in Veld\n\nQ: Will the talks resume?\n\nThey will resume on Monday.\n\nQ: The talks stalled in May.\n\nThey will resume on Monday?",
			[]string{"-", "question turn:question [Q]", "question turn:question [Q]", "question turn:question [Q]", "question turn:question [Q]"}},
	}
	for _, c := range cases {
		got := describe(c.text)
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s:\n  got  %s\n  want %s", c.name, strings.Join(got, " | "), strings.Join(c.want, " | "))
		}
	}
}
