package discourse

import "testing"

// Session 30's layouts of real transcripts (bench/dev30tx's survey). Invented wordings.

// TestClockAfterColon: Rev's current layout sets the clock after the label's colon and the words on
// the next line ("Dana Ruiz: (00:12)"): the label covers the paragraphs after it. Must-not: a
// label before a count stays no turn ("Ana Ruiz: 1,769.").
func TestClockAfterColon(t *testing.T) {
	wantUnits(t, "Mayor Dana Ruiz News Conference Transcript\n\nDana Ruiz: (00:12)\n\nWe will close the bridge tonight.\n\n"+
		"Speaker 2: (01:40)\n\nFor how long?\n\nDana Ruiz: (01:44)\n\nFor a week at least.",
		[]string{"-", "turn turn:label [Dana Ruiz] *", "turn turn:label [Dana Ruiz]", "question turn:question [Speaker 2] *",
			"question turn:question [Speaker 2]", "turn turn:label [Dana Ruiz] *", "turn turn:label [Dana Ruiz]"})
	wantUnits(t, "Results by candidate\n\nAna Ruiz: 1,769.\n\nTom Berg: 1,204.",
		[]string{"-", "-", "-"})
}

// TestIntroLineSubject: the opening line that names a transcript's speaker speaks of the transcript
// ("The briefing was given by …"); a line whose subject is a name is the briefing's content, and
// its "remarks made by X" names no briefer. Must-not keeps the UN's opening line.
func TestIntroLineSubject(t *testing.T) {
	qa := "\n\nQuestion: Will the border open?\n\nAnswer: We hope so."
	got := describe("Transcript of the Weekly Media Briefing by the Spokesperson\n\nVeldland rejects the remarks made by the Osland Defence Minister." + qa)
	if got[1] != "title title:speaker [the Spokesperson]" || got[3] != "answer turn:answer [the Spokesperson]" {
		t.Errorf("remarks made by: %q", got)
	}
	got = describe("Daily Press Briefing\n\nThe following is a near-verbatim transcript of today's noon briefing by Tariq Halvorsen, Deputy Spokesman for the Secretary-General." + qa)
	if got[3] != "answer turn:answer [Tariq Halvorsen, Deputy Spokesman for the Secretary-General]" {
		t.Errorf("near-verbatim: %q", got)
	}
}

// TestOfficeByline: under a title that names the spokesperson's office alone, the header line that
// opens with that office and ends with the holder's name names the answerer. Must-not: a header
// line of another office ("Deputy Minister for Trade Kim Ho") is no byline of the spokesperson.
func TestOfficeByline(t *testing.T) {
	body := "\n\nGood afternoon. The minister will visit Lima.\n\nQ: Will the ministry protest?\n\nA: We have protested already."
	got := describe("Spokesperson's Press Briefing (May 8, 2031)\n\nSpokesperson and Deputy Minister for Public Relations Lee Ha-eun" + body)
	if got[4] != "answer turn:answer [Spokesperson and Deputy Minister for Public Relations Lee Ha-eun]" || got[1] != "- title:speaker [Spokesperson and Deputy Minister for Public Relations Lee Ha-eun] *" {
		t.Errorf("byline: %q", got)
	}
	got = describe("Spokesperson's Press Briefing (May 8, 2031)\n\nDeputy Minister for Trade Kim Ho" + body)
	if got[4] != "answer turn:answer [Spokesperson]" {
		t.Errorf("other office: %q", got)
	}
}

// TestCommaParenLabel: CNN's "SEN. NAME (R), STATE:" and "GEN. NAME (RET.), OFFICE:" are labels.
// Must-not: "Q (Reuters):" stays a question.
func TestCommaParenLabel(t *testing.T) {
	wantUnits(t, "ANNA COLE, CNN ANCHOR: Welcome back.\n\nSEN. RITA VOSS (D), OREGON: Thanks, Anna.\n\n(BEGIN VIDEO CLIP)\n\n"+
		"GEN. OWEN PIKE (RET.), SECRETARY OF DEFENSE: Our ships will stay.\n\n(END VIDEO CLIP)\n\nQ (Reuters): Will they?",
		[]string{"moderator turn:moderator [ANNA COLE, CNN ANCHOR]", "turn turn:label [SEN. RITA VOSS (D), OREGON]", "- *",
			"turn turn:label [GEN. OWEN PIKE (RET.), SECRETARY OF DEFENSE]", "- *", "question turn:question [Q]"})
}

// TestInterpreterTurn: "Voice of Interpreter:" after a turn given in French renders that speaker's
// words. Must-not: an interpreter's label with no turn before it is a turn of its own.
func TestInterpreterTurn(t *testing.T) {
	wantUnits(t, "Media availability\n\nPrime Minister Anne Roy: We will answer the tariffs.\n\n[speaking French]\n\n"+
		"Voice of Interpreter: We will protect our workers.\n\nReporter: When?",
		[]string{"-", "turn turn:label [Prime Minister Anne Roy]", "turn turn:label [Prime Minister Anne Roy]",
			"turn turn:label [Prime Minister Anne Roy]", "question turn:question [Reporter]"})
	got := describe("Interpreter: Good morning, everyone.\n\nReporter: When?\n\nJan Olsen: Now.")
	if got[0] != "turn turn:label [Interpreter]" {
		t.Errorf("first label: %q", got)
	}
}

// TestLeadInParenthesis: a parenthesis with commas between the lead-in's subject and its verb
// ("this morning (Sunday, 6 April 2031),") is one adverbial; the subject is the name before it.
// Must-not: the same lead-in without the parenthesis gives the same speaker.
func TestLeadInParenthesis(t *testing.T) {
	for _, lead := range []string{
		"Prime Minister Dan Avidor, this morning (Sunday, 6 April 2031), at the start of the weekly Cabinet meeting, made the following remarks:",
		"Prime Minister Dan Avidor, at the start of the weekly Cabinet meeting, made the following remarks:",
	} {
		got := describe("PM Avidor's remarks\n\n" + lead + "\n\n\"We will rebuild the north.\"")
		if got[2] != "statement block:statement [Prime Minister Dan Avidor]" {
			t.Errorf("%s: %q", lead, got)
		}
	}
}

// TestCapsPeriodLabels: the Federal Reserve's "CHAIR NAME." labels, in a document of several.
// Must-not: one dateline-like line in capitals ("NEW YORK. Stocks fell …") is no label.
func TestCapsPeriodLabels(t *testing.T) {
	wantUnits(t, "September 17, 2031\n\nCHAIR ORTIZ. Good afternoon. We held rates steady.\n\n"+
		"MICHELLE PARK. Steve.\n\nSTEVE LUND. Thank you. Will rates fall this year?\n\nCHAIR ORTIZ. We are not on a preset course.",
		[]string{"-", "turn turn:label [CHAIR ORTIZ]", "turn turn:label [MICHELLE PARK]", "question turn:question [STEVE LUND]", "turn turn:label [CHAIR ORTIZ]"})
	wantUnits(t, "Markets\n\nNEW YORK. Stocks fell on Monday.\n\nBonds rose.",
		[]string{"-", "-", "-"})
}

// TestHansardLabels: Hansard's name lines without colons, under a member's first line with
// constituency and party; later lines by surname or office. Must-not: names alone on their lines
// in a document with no party designation (captions, bylines) are no labels.
func TestHansardLabels(t *testing.T) {
	wantUnits(t, "Engagements\n\nQ1. Ms Ada Byrne (Leeds North) (Lab)\n\nIf she will list her engagements.\n\n"+
		"The Prime Minister (Owen Tate)\n\nI had meetings this morning.\n\nMs Byrne\n\nThe waiting lists are too long.\n\n"+
		"Hon. Members: Hear, hear!\n\nThe Prime Minister\n\nWe have cut them.",
		[]string{"-", "turn turn:label [Ms Ada Byrne] *", "turn turn:label [Ms Ada Byrne]", "turn turn:label [Owen Tate] *",
			"turn turn:label [Owen Tate]", "turn turn:label [Ms Ada Byrne] *", "turn turn:label [Ms Ada Byrne]",
			"turn turn:label [Hon. Members]", "turn turn:label [Owen Tate] *", "turn turn:label [Owen Tate]"})
	wantUnits(t, "Storm hits coast\n\nMr Owen Tate (Reuters)\n\nThe storm hit the coast.\n\nMr Tate\n\nPower was cut.",
		[]string{"-", "-", "-", "-", "-"})
}

// TestWeAppositive: "We, the undersigned organizations, A, B and C, are …" under a heading that
// names no speaker names who speaks. Must-not: a story without a heading line quoting such a
// sentence.
func TestWeAppositive(t *testing.T) {
	wantUnits(t, "Joint statement on the crisis in Veldland\n\nWe, the undersigned organizations, Aid Now, Harbor Relief and the Lund Foundation, are alarmed by the fighting.\n\nWe call for a truce.",
		[]string{"-", "title title:speaker [the undersigned organizations, Aid Now, Harbor Relief and the Lund Foundation]",
			"title title:speaker [the undersigned organizations, Aid Now, Harbor Relief and the Lund Foundation]"})
	wantUnits(t, "Fighting spreads\n\nWe, the people of the valley, are tired, said a farmer.",
		[]string{"-", "-"})
}
