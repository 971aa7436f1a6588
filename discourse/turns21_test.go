package discourse

import (
	"fmt"
	"testing"
)

// TestVideoScriptBites: the shot list of a news agency's video script ("SHOTLIST:" over numbered
// shots, "STORYLINE:" over the story text) gives each soundbite as "<n>. SOUNDBITE, <Name>,
// <role> (<language>): "<words>"": the shot number, the code and its comma, and the language tag
// are no part of the label, the role after the comma may be in lower case, the words wholly in
// quotation marks are the label's speaker's (Quoting) and end with the quotation (the narration
// of a STORYLINE resumes after them), and the next numbered shot ends the bite.
// The section labels name no speaker. Near misses: a numbered paragraph inside a named speaker's
// turn (no soundbite) goes on in the turn; a label with no code keeps its old reading ("Ruth
// Okafor, senator:" is no label: lower case without a code). Invented wordings.
func TestVideoScriptBites(t *testing.T) {
	doc := "Ministers meet on fishing quotas\n\n" +
		"SHOTLIST:\n\n" +
		"1. Exterior of the fisheries ministry in Reykjavik\n\n" +
		"2. SOUNDBITE, Sigrun Jonsdottir, Icelandic fisheries minister (Icelandic): \"Iceland will not accept a cut in its mackerel quota this year.\"\n\n" +
		"3. Trawlers in the harbour\n\n" +
		"4. UPSOUND, Fishermen (Icelandic): \"No more cuts!\"\n\n" +
		"5. SOUNDBITE (English) Per Olsen, Norwegian State Secretary: \"Oslo has been asking for a joint survey of the stocks since spring.\"\n\n" +
		"STORYLINE:\n\n" +
		"Iceland and Norway failed to agree on mackerel quotas on Tuesday."
	got := describe(doc)
	for i, u := range Analyze(paras(doc)) {
		if u.Quoting {
			got[i] += " q"
		}
	}
	if want := []string{"-", "-", "-",
		"turn turn:label [Sigrun Jonsdottir, Icelandic fisheries minister] q", "-",
		"turn turn:label [Fishermen] q",
		"turn turn:label [Per Olsen, Norwegian State Secretary] q", "-", "-"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("\n  got %q\n want %q", got, want)
	}
	// a STORYLINE that sets quoted bites between its own paragraphs: the narration after a bite
	// is the script's again, and a bite with no quotation marks still runs on
	doc = "Fishing talks fail\n\nSTORYLINE:\n\n" +
		"Iceland and Norway failed to agree on mackerel quotas on Tuesday.\n\n" +
		"SOUNDBITE, Sigrun Jonsdottir, fisheries minister (Icelandic): \"Iceland will not accept a cut.\"\n\n" +
		"The talks resume in Bergen next month.\n\n" +
		"SOT Per Olsen, Norwegian State Secretary: Oslo has been asking for a joint survey.\n\n" +
		"We will wait for the scientists."
	wantUnits(t, doc, []string{"-", "-", "-", "turn turn:label [Sigrun Jonsdottir, fisheries minister]", "-",
		"turn turn:label [Per Olsen, Norwegian State Secretary]", "turn turn:label [Per Olsen, Norwegian State Secretary]"})
	// near misses: numbered points in a named speaker's turn stay his; no code, no lower-case role
	doc = "Hearing\n\n" +
		"Ruth Okafor: The committee wants three things from the ministry.\n\n" +
		"1. The bill must be published.\n\n" +
		"James Bell: The ministry agrees to publish it.\n\n" +
		"Ruth Okafor, senator: The vote will follow in June.\n\n" +
		"Ruth Okafor: We thank the minister."
	got = describe(doc)
	if got[2] != "turn turn:label [Ruth Okafor]" || got[4] == "turn turn:label [Ruth Okafor, senator]" {
		t.Errorf("near misses: %q", got)
	}
}

// TestNumberedSpeakerLabels: "Speaker 1:", "SPEAKER 2:", the numbered labels of a transcriber who
// cannot name the voice, are questioners' turns, not the named briefer's. Near miss: "Speaker of
// the House:" is a title and keeps its named turn. Invented wordings.
func TestNumberedSpeakerLabels(t *testing.T) {
	doc := "Transcript of the briefing\n\n" +
		"Amara Diallo: Senegal has been asking for the loan since January.\n\n" +
		"Speaker 1: The opposition calls the loan a trap. Is it?\n\n" +
		"Amara Diallo: It is not a trap.\n\n" +
		"SPEAKER 2: When will the money arrive?\n\n" +
		"Speaker of the House: Order. The member for Leeds has the floor."
	wantUnits(t, doc, []string{"-", "turn turn:label [Amara Diallo]",
		"question turn:question [Speaker 1]", "turn turn:label [Amara Diallo]",
		"question turn:question [SPEAKER 2]", "turn turn:label [Speaker of the House]"})
}

// TestBareQuestions: a transcript that labels no turn, under a title naming its speaker and an
// exchange ("Press conference by …", "Interview with …"), gives the floor's questions as plain
// paragraphs: a short one ending in a question mark and answered by the next is a questioner's.
// Near misses: a rhetorical question in a titled statement (no exchange) stays the speaker's; a
// question followed by another question is not answered; an answer that quotes a question is
// long enough, or is followed by a question, and stays the speaker's. Invented wordings.
func TestBareQuestions(t *testing.T) {
	doc := "Press conference by Foreign Minister Ama Owusu\n\n" +
		"Accra, 2 May 2024\n\n" +
		"Ghana has been asking Togo to reopen the border since March.\n\n" +
		"The Togolese side calls the closure a security measure. Do you accept that?\n\n" +
		"We do not accept it.\n\n" +
		"Will you meet the Togolese minister?\n\n" +
		"I will meet him on Friday."
	wantUnits(t, doc, []string{"- title:speaker [Foreign Minister Ama Owusu] *",
		"title title:speaker [Foreign Minister Ama Owusu]", "title title:speaker [Foreign Minister Ama Owusu]",
		"question turn:bare-question", "title title:speaker [Foreign Minister Ama Owusu]",
		"question turn:bare-question", "title title:speaker [Foreign Minister Ama Owusu]"})
	// near miss: a statement's rhetorical question
	doc = "Statement by Foreign Minister Ama Owusu on the border\n\n" +
		"Ghana has been asking Togo to reopen the border since March.\n\n" +
		"Who gains from a closed border?\n\n" +
		"Nobody gains from it."
	for _, u := range describe(doc) {
		if u == "question turn:bare-question" {
			t.Errorf("a statement's rhetorical question: %q", describe(doc))
		}
	}
	// near miss: an answer that ends on a question it quotes asks none
	doc = "Press conference by Foreign Minister Ama Owusu\n\n" +
		"Ghana has been asking Togo to reopen the border since March.\n\n" +
		"Will the border open this month?\n\n" +
		"Traders ask me every day, \u201cWhen will we be paid?\u201d\n\n" +
		"We will pay them in June."
	got := describe(doc)
	if got[2] != "question turn:bare-question" || got[3] != "title title:speaker [Foreign Minister Ama Owusu]" {
		t.Errorf("quoted question: %q", got)
	}
	// near miss: two questions in a row, the first unanswered
	doc = "Interview of Prime Minister Lars Berg with NRK\n\n" +
		"Norway will sign the treaty this year.\n\n" +
		"Is the deal done?\n\n" +
		"And the fishing rights?\n\n" +
		"They are settled."
	got = describe(doc)
	if got[2] != "title title:speaker [Prime Minister Lars Berg]" || got[3] != "question turn:bare-question" {
		t.Errorf("unanswered question: %q", got)
	}
}
