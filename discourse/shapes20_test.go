package discourse

import (
	"fmt"
	"strings"
	"testing"
)

// TestIntroSpeaker (round 20 of issue 12): a transcript's opening line that names who gives the
// briefing after "by" ("… noon briefing by X, Spokesman for …", "The briefing was conducted by
// the Spokesperson of …, Ambassador X.") names the answerer, over a title that names only the
// publishing office; its paragraph is furniture and the paragraphs before the first label are
// the speaker's. Near misses: a story (no turns), an agent that does not end the line ("The
// briefing by X was cut short …"), and a line with a second sentence after the agent name no speaker. Invented wording.
func TestIntroSpeaker(t *testing.T) {
	qa := "\n\nQuestion: Will the talks resume?\n\nAnswer: We expect them to resume in May."
	cases := []struct{ doc, want string }{
		{"Weekly Press Briefing of the Foreign Office\n\nThe briefing was given by the Spokesperson of the Foreign Office, Ambassador Ilse Varga.\n\nWe welcome the truce." + qa,
			"Ilse Varga"},
		{"Daily Press Briefing by the Office of the Spokesperson\n\nThe following is a near-verbatim transcript of today's noon briefing by Tariq Halvorsen, Deputy Spokesman for the Secretary-General.\n\nThe Secretary-General welcomes the truce." + qa,
			"Tariq Halvorsen"},
		{"Regular press conference, 4 May\n\nToday's press conference was held by Deputy Spokeswoman Noor Baig." + qa,
			"Noor Baig"},
	}
	// the agent ends at a place: "… by X at the ministry." names X
	cases = append(cases, struct{ doc, want string }{"Press Briefing\n\nThe briefing was given by Ilse Varga at the ministry in Pest." + qa, "[Ilse Varga]"})
	for _, c := range cases {
		got := describe(c.doc)
		if got[1] != "- title:speaker ["+speakerIn(got[1])+"] *" || !strings.Contains(got[1], c.want) || !strings.Contains(got[len(got)-1], "answer turn:answer") || !strings.Contains(got[len(got)-1], c.want) {
			t.Errorf("%q:\n  got %q", c.doc[:40], got)
		}
	}
	for _, doc := range []string{
		// a story: no labelled turns
		"Talks resume\n\nThe briefing was given by the Spokesperson of the Foreign Office, Ambassador Ilse Varga.\n\nShe said the truce held.",
		// the agent does not end the line
		"Press Briefing\n\nThe briefing by Ilse Varga was cut short after the power failed." + qa,
		// a second sentence after the agent
		"Press Briefing\n\nThe briefing was given by Ilse Varga. She spoke for an hour." + qa,
	} {
		if got := describe(doc); strings.Contains(fmt.Sprint(got), "Varga") && strings.Contains(fmt.Sprint(got), "title:speaker") {
			t.Errorf("near miss %q:\n  got %q", doc[:40], got)
		}
	}
}

func speakerIn(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '[' {
			for j := i; j < len(s); j++ {
				if s[j] == ']' {
					return s[i+1 : j]
				}
			}
		}
	}
	return ""
}

// TestGPOLabels (round 20 of issue 12): the printed record's labels, a title or "The" and the
// surname or office in capitals closed by a period ("The CHAIRWOMAN.", "Mrs. KOWALCZYK.", "Senator
// DE LA CRUZ.", "Mr. SMITH of Ohio."), are turns of those speakers, the speech run in after the
// period. Near misses: a name in ordinary case ("Mr. Smith. He …"), a story's fragment in capitals
// ("The UN. It …") in a document with no other turns. Invented wording.
func TestGPOLabels(t *testing.T) {
	doc := "HEARING BEFORE THE COMMITTEE ON ENERGY\n\n" +
		"The CHAIRWOMAN. The committee will come to order. Grid outages doubled last winter.\n\n" +
		"Mrs. KOWALCZYK. Thank you, Madam Chairwoman. The utilities ignored the warnings.\n\n" +
		"Senator DE LA CRUZ. Will the agency fine them?\n\n" +
		"Mr. SMITH of Ohio. The fines are too small to matter.\n\n" +
		"The CHAIRWOMAN. The hearing is adjourned."
	want := []string{"-", "turn turn:label [The CHAIRWOMAN]", "turn turn:label [Mrs. KOWALCZYK]", "question turn:question [Senator DE LA CRUZ]",
		"turn turn:label [Mr. SMITH of Ohio]", "turn turn:label [The CHAIRWOMAN]"}
	if got := describe(doc); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("\n  got %q\n want %q", got, want)
	}
	for _, doc := range []string{
		"Talks fail\n\nMr. Smith. He said the talks failed.\n\nThe ministry declined to comment.",
		"Talks fail\n\nThe UN. It has failed again, critics say.\n\nThe ministry declined to comment.",
	} {
		if got := describe(doc); strings.Contains(fmt.Sprint(got), "turn") {
			t.Errorf("near miss %q:\n  got %q", doc, got)
		}
	}
}

// TestGaggleTitleAndSpacedQ (round 20 of issue 12): a White House travel heading names its speaker
// up to "Aboard"/"En Route" ("Press Gaggle by Deputy Press Secretary X En Route Austin, TX"), and
// its questions are "Q" set off by spaces, no colon. Near misses: "Q Street" opening a story's
// paragraph with no other labelled turn; "en" of a name is no cut. Invented wording.
func TestGaggleTitleAndSpacedQ(t *testing.T) {
	for _, title := range []string{"Press Gaggle by Deputy Press Secretary Lena Ortiz En Route Austin, TX",
		"Press Gaggle by Deputy Press Secretary Lena Ortiz Aboard Air Force One En Route Austin, TX"} {
		doc := title + "\n\nMS. ORTIZ: The President will sign the water bill today.\n\nQ    Lena, will he veto the farm bill?\n\nMS. ORTIZ: He has not decided."
		want := []string{"- title:speaker [Deputy Press Secretary Lena Ortiz] *", "turn turn:label [MS. ORTIZ]", "question turn:question [Q]", "turn turn:label [MS. ORTIZ]"}
		if got := describe(doc); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s\n  got %q\n want %q", title, got, want)
		}
	}
	doc := "Embassy moves\n\nQ Street will close for the embassy's move on Monday.\n\nThe embassy said the move would take a week."
	if got := describe(doc); strings.Contains(fmt.Sprint(got), "question") {
		t.Errorf("Q Street: got %q", got)
	}
}

// TestRefusalAndFarewellFurniture (round 20 of issue 12): a spokesperson's refusal to answer and
// the farewells of a closing are furniture; a statement that opens with the same verbs is not.
// Invented wording.
func TestRefusalAndFarewellFurniture(t *testing.T) {
	for s, want := range map[string]bool{
		"I have no information to offer on the minister's travel at this stage.": true,
		"We don't have anything to announce on the trip today.":                  true,
		"I'm not going to get ahead of the Secretary on the sanctions.":          true,
		"Have a good weekend, everyone.":                                         true,
		"Have a safe trip home.":                                                 true,
		"This hearing of the Armed Services Committee will come to order.":       true,
		"We have information that the convoy was attacked near the border.":      false,
		"Have a good look at the new border map the ministry published today.":   false,
		"This hearing will decide whether the tariffs stay in force next year.":  false,
	} {
		if got := Furniture(s); got != want {
			t.Errorf("Furniture(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestTurnOpeningNote (round 20 of issue 12): a transcriber's note opening a turn ("(Interpreted
// from Spanish)", "[In English]", "(Laughter)") is no part of the speaker's words: the unit's Body
// starts after it. Near misses: a numbered point "(1)" and a parenthesis of the speaker's own that
// runs on ("(and I say this as a friend) the deal is dead") stay in the body. Invented wording.
func TestTurnOpeningNote(t *testing.T) {
	for _, c := range []struct {
		turn string
		skip bool
	}{
		{"PRESIDENT ROSALES: (Interpreted from Spanish) Chile rejects the new quota.", true},
		{"MINISTER OKADA: [In English] Japan supports the free trade zone.", true},
		{"MR. BELL: (Laughter) The tariffs will stay in place.", true},
		{"MR. BELL: (1) The tariffs will stay in place.", false},
		{"MR. BELL: (and I say this as a friend) the deal is dead.", false},
	} {
		doc := "Joint Press Conference\n\nQ: What about the quota?\n\n" + c.turn
		ps := paras(doc)
		u := Analyze(ps)[2]
		body := string([]rune(doc)[u.Body:ps[2].End])
		if got := !strings.HasPrefix(body, "(") && !strings.HasPrefix(body, "["); got != c.skip {
			t.Errorf("%q: body %q", c.turn, body)
		}
	}
}

// TestQuestionNumberLabels (round 20 of issue 12): a select committee's "Q12 Chair:" and "Q13 Dr
// Brandt:" label the member after the question number. Near miss: "Q3 results:" heads no turn of a speaker. Invented wording.
func TestQuestionNumberLabels(t *testing.T) {
	doc := "Transport Committee\n\nOral evidence: Rail fares, HC 77\n\n" +
		"Q12 Chair: Welcome. Fares rose by a tenth this year, while punctuality fell on every line of the network.\n\n" +
		"Dame Ruth Okoro: Fares rose less than inflation. The board has also frozen the price of season tickets for commuters.\n\n" +
		"Q13 Dr Brandt: Will fares rise again in March, and will the board consult the passenger groups first?\n\n" +
		"Dame Ruth Okoro: The board has not decided. It will publish its proposal for the March fares in January."
	want := []string{"-", "-", "turn turn:label [Chair]", "turn turn:label [Dame Ruth Okoro]", "question turn:question [Dr Brandt]", "turn turn:label [Dame Ruth Okoro]"}
	if got := describe(doc); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("\n  got %q\n want %q", got, want)
	}
	if got := describe("Quarterly figures\n\nQ3 results: sales rose by a tenth.\n\nThe board was pleased."); strings.Contains(fmt.Sprint(got), "turn") {
		t.Errorf("Q3 results: got %q", got)
	}
}

// TestAttributableLeadIn (round 20 of issue 12): "The following is attributable to Spokesperson X:"
// and "The below is attributable to …:" (the State Department's readouts, the UN's statements)
// give the text after them to that spokesperson. Near miss: "The delay is attributable to the
// storm:" names no text. Invented wording.
func TestAttributableLeadIn(t *testing.T) {
	for _, c := range []struct{ lead, who string }{
		{"The following is attributable to Spokesperson Ana Ruiz:", "Spokesperson Ana Ruiz"},
		{"The below is attributable to Deputy Spokesperson Lars Holm:", "Deputy Spokesperson Lars Holm"},
	} {
		got := describe("Readout\n\n" + c.lead + "\n\nThe Secretary spoke with the Foreign Minister of Chile about the fisheries dispute.")
		if !strings.Contains(got[2], "["+c.who+"]") {
			t.Errorf("%s: got %q", c.lead, got)
		}
	}
	if got := describe("Flights resume\n\nThe delay is attributable to the storm:\n\nThe airport reopened at noon."); strings.Contains(got[2], "[") {
		t.Errorf("near miss: got %q", got)
	}
}

// TestOccasionColonTitle (round 20 of issue 12): a heading "Occasion: Press remarks by X after …"
// is the title naming X, not a turn labelled with the occasion; a turn whose words after the
// colon are speech stays a turn. Invented wording.
func TestOccasionColonTitle(t *testing.T) {
	for _, c := range []struct{ head, who string }{
		{"Trade Council: Press remarks by Commissioner Ilse Varga after the meeting", "Commissioner Ilse Varga"},
		{"Senate Banking Hearing: Testimony of Under Secretary Omar Quist", "Under Secretary Omar Quist"},
	} {
		got := describe(c.head + "\n\nGood afternoon. We agreed on new tariffs on steel.\n\nQ. Will they start in May?\n\nThey will start in June.")
		if got[0] != "- title:speaker ["+c.who+"] *" || !strings.Contains(got[len(got)-1], "answer turn:answer ["+c.who+"]") {
			t.Errorf("%s: got %q", c.head, got)
		}
	}
	got := describe("Budget talks\n\nMinister Ana Ruiz: We will present the budget in May, and the deficit will fall.\n\nQ: Will taxes rise?\n\nMinister Ana Ruiz: No, they will not rise this year.")
	if !strings.HasPrefix(got[1], "turn turn:label [Minister Ana Ruiz]") {
		t.Errorf("a turn: got %q", got)
	}
}

// TestPressStatementAndResponseTitles (round 20 of issue 12): "The following Security Council press
// statement was issued today by Council President X (Country):" opens X's statement (three
// modifiers before the noun); "Spokesperson X's Response to a Media Question on …" and "X's Answer
// to a Journalist's Question" title a question-and-answer page X answers. Near misses: a story
// headlined "Minister's Response to Floods Draws Criticism" with no turns names no speaker.
// Invented wording.
func TestPressStatementAndResponseTitles(t *testing.T) {
	got := describe("Press statement\n\nThe following Security Council press statement was issued today by Council President Lena Voss (Austria):\n\nThe members of the Security Council condemned the attack.")
	if got[2] != "statement block:statement [Council President Lena Voss]" {
		t.Errorf("press statement: got %q", got)
	}
	for _, title := range []string{"Foreign Ministry Spokesperson Mei Lan's Response to a Media Question on the Export Controls",
		"Spokeswoman Irina Volk's Answer to a Journalist's Question on the Grain Deal"} {
		got := describe(title + "\n\nQuestion: What is your comment on the new controls?\n\nAnswer: We firmly oppose the new controls.")
		if !strings.HasPrefix(got[0], "- title:speaker [") || !strings.Contains(got[2], "answer turn:answer [") {
			t.Errorf("%s: got %q", title, got)
		}
	}
	if got := describe("Minister's Response to Floods Draws Criticism\n\nThe minister visited the flooded towns on Monday.\n\nResidents said help came too late."); strings.Contains(fmt.Sprint(got), "title:speaker") {
		t.Errorf("news headline: got %q", got)
	}
}

// TestTranscriptOfInterviewTitle (round 20 of issue 12): "Transcript of the Interview of External
// Affairs Minister X with …" titles an interview X gives; a story headed "Interview season opens
// for graduates" with no turns names no speaker. Invented wording.
func TestTranscriptOfInterviewTitle(t *testing.T) {
	got := describe("Transcript of the Interview of External Affairs Minister Kavita Menon with Gulf Radio\n\n" +
		"Anchor: Minister, India has refused to join the sanctions. Why?\n\nEAM: India does not join unilateral sanctions. Our trade is a sovereign decision.\n\n" +
		"Anchor: How do you see the war?\n\nEAM: We want an immediate ceasefire and the release of all hostages.")
	if got[0] != "- title:speaker [External Affairs Minister Kavita Menon] *" {
		t.Errorf("got %q", got)
	}
	if got := describe("Interview season opens for graduates\n\nThousands of graduates met employers in Pune.\n\nThe fair runs until Friday."); strings.Contains(fmt.Sprint(got), "title:speaker") {
		t.Errorf("news headline: got %q", got)
	}
}
