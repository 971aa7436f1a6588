package loader

import (
	"strings"
	"testing"
)

// TestPronounParagraphRecency: a "she" after a quotation takes the person named in the sentence
// before it in the same paragraph, not a person of equal salience named a paragraph back. Near
// misses: the same pronoun with nobody new named in its paragraph still takes the person of the
// paragraph before; and a "she" never takes a person the text marks male ("Mr."), however recent.
func TestPronounParagraphRecency(t *testing.T) {
	runCases(t, []exCase{
		{"recent in paragraph", "Dairy Pact\n\nThe head of the dairy federation, Tomas Berger, called the pact \"a disaster for farmers.\"\n\n" +
			"In Vienna, Austria's trade minister, Helga Brandt, took the other side. \"We back the pact because exporters need new buyers,\" she said on Monday.",
			[]string{"CLAIMS Helga Brandt -> exporters need new buyers", "!CLAIMS Tomas Berger -> exporters need new buyers"}},
		{"only antecedent a paragraph back", "Dairy Pact\n\nThe trade minister, Helga Brandt, spoke in Vienna on Monday.\n\n" +
			"\"We back the pact because exporters need new buyers,\" she said.",
			[]string{"CLAIMS Helga Brandt -> exporters need new buyers"}},
		{"recent but male", "Dairy Pact\n\nThe trade minister, Helga Brandt, spoke in Vienna on Monday.\n\n" +
			"Mr. Tomas Berger, the head of the dairy federation, disagreed. \"We back the pact because exporters need new buyers,\" she said.",
			[]string{"!CLAIMS Tomas Berger -> exporters need new buyers"}},
	})
}

// TestPresidingOfficerLabel: in a UN meeting record, "The President:" opens the presiding
// officer's turn even when the officer names the office in it, so the record's closing line is
// not the previous delegate's; the presidency's formulas and the record's closing line are
// furniture. Near miss: the delegate's own sentences stay his claims.
func TestPresidingOfficerLabel(t *testing.T) {
	text := "Security Council\n\n4410th meeting\n\nThe question of the northern lakes\n\n" +
		"The President: I now give the floor to the representative of Osland.\n\n" +
		"Mr. Halvorsen (Norway): Norway condemns the seizure of the ferry port by the militia. We call for the release of the crews.\n\n" +
		"The President: I now resume my functions as President of the Council. The meeting rose at 6.15 p.m."
	runCases(t, []exCase{
		{"president's closing", text, []string{"CLAIMS Halvorsen -> condemns the seizure",
			"!CLAIMS Halvorsen -> meeting rose", "!CLAIMS -> meeting rose", "!CLAIMS -> resume my functions"}},
	})
}

// TestHearingChairFurniture: a hearing chair's recognition of a member, introduction of a
// witness, thanks to the witness and rulings "without objection" are procedure, neither claims
// nor stances (House Practice; Robert's Rules §4). Near miss: the chair's own stance in the same
// turn stays a claim of his.
func TestHearingChairFurniture(t *testing.T) {
	text := "Hearing of the Senate Committee on Energy\n\n" +
		"CHAIRWOMAN OKAFOR: The committee will come to order. Without objection, the statements of all members will be entered into the record of this hearing. The pipeline has flooded three villages. I now recognize the ranking member, Senator Dunmore, for her opening statement of five minutes.\n\n" +
		"SENATOR DUNMORE: Thank you, Madam Chair. The permit process has failed the villages.\n\n" +
		"CHAIRWOMAN OKAFOR: I now welcome our witness, Dr. Pia Lund, Director of the Pipeline Safety Office. I thank the witness."
	runCases(t, []exCase{
		{"chair's procedure", text, []string{"CLAIMS Okafor -> pipeline has flooded",
			"!CLAIMS Okafor -> statements of all members", "!SUPPORTS Okafor", "!CLAIMS Okafor -> welcome our witness"}},
	})
}

// TestHearingCapitalsHeading: a hearing headed in capitals "HEARING OF THE HOUSE COMMITTEE ON X"
// makes its chair a member of that committee (in ordinary case), which takes the country of the
// House its "REP." labels imply and the legislature's sector; a member's "I urge …" turn after a
// question of his is his stance; a witness introduced as "Deputy Assistant Secretary of State for
// …" holds an office of the State Department. Near miss: a heading naming no chamber's committee
// ("HEARING ON RIVER SAFETY") makes the chair a member of nothing.
func TestHearingCapitalsHeading(t *testing.T) {
	body := "\n\nCHAIRMAN ORTEGA: The subcommittee will come to order. I now welcome our witness, Dr. Nora Falk, Deputy Assistant Secretary of State for Andean Affairs.\n\n" +
		"DR. FALK: The United States is offering Peru new flood monitoring equipment for the Rimac valley.\n\n" +
		"REP. TOLLAND: Dr. Falk, will the equipment arrive before the rains?\n\n" +
		"DR. FALK: It will arrive in March.\n\n" +
		"REP. TOLLAND: I urge the department to deliver the equipment before the rains begin. I yield back."
	runCases(t, []exCase{
		{"committee heading", "HEARING OF THE HOUSE COMMITTEE ON NATURAL RESOURCES, SUBCOMMITTEE ON WATER" + body,
			[]string{"MEMBER_OF Ortega -> House Committee on Natural Resources", "MEMBER_OF Nora Falk -> State Department",
				"DEMANDS Tolland -> deliver"}},
		{"no committee", "HEARING ON RIVER SAFETY IN THE ANDES" + body,
			[]string{"!MEMBER_OF Ortega"}},
	})
	g := view(extractText(t, "HEARING OF THE HOUSE COMMITTEE ON NATURAL RESOURCES, SUBCOMMITTEE ON WATER"+body))
	if n := g.node("House Committee on Natural Resources"); n == nil || n.Country != "USA" || n.Code != "USALEG" {
		t.Errorf("committee node = %+v, want country USA, code USALEG", n)
	}
	if n := g.node("Tolland"); n == nil || n.Name != "Tolland" {
		t.Errorf("member node = %+v, want the name in ordinary case", n)
	}
	// a member whose turns are all questions is named in ordinary case too
	asks := "HEARING OF THE HOUSE COMMITTEE ON NATURAL RESOURCES\n\nCHAIRMAN ORTEGA: The committee will come to order.\n\n" +
		"DR. FALK: The equipment will arrive in March.\n\nREP. MARSDEN: Will it arrive before the rains?\n\nDR. FALK: It will."
	if n := view(extractText(t, asks)).node("Marsden"); n == nil || n.Name != "Marsden" {
		t.Errorf("questioning member node = %+v, want the name in ordinary case", n)
	}
}

// TestReleaseHeaderAuthor: a press release whose header gives "PRESS RELEASE" over the issuing
// body's name with its acronym speaks in that body's voice: its "we" and its unattributed
// sentences are the body's, and "the Union" (a definite short form of the author's own name) is
// the author, no separate body. Near miss: with no issuer line under the heading, "we" is
// nobody's.
func TestReleaseHeaderAuthor(t *testing.T) {
	body := "Dockers Reject Port Fee Rise\n\nPRESS RELEASE\n\n%sLisbon, 4 May 2031\n\n" +
		"The new port fees will cost each docker two days of pay every month.\n\n" +
		"We demand that the Port Authority withdraw the new fees before June. The Union also condemns the dismissal of our delegates at the southern terminal.\n\n" +
		"Solidarity!"
	runCases(t, []exCase{
		{"header names the issuer", strings.Replace(body, "%s", "Osland Dockers Union (ODU)\n\n", 1),
			[]string{"DEMANDS Osland Dockers Union -> withdraw", "CLAIMS Osland Dockers Union -> port fees will cost",
				"OPPOSES Osland Dockers Union -> dismissal", "!OPPOSES Union -> dismissal"}},
		{"no issuer line", strings.Replace(body, "%s", "", 1),
			[]string{"!DEMANDS Osland Dockers Union", "!CLAIMS Osland Dockers Union"}},
	})
}

// TestQuestionGivesNoTitleCountry: at a ministry's briefing, a questioner's "Peru's foreign
// minister said …" gives no country to the bare "Foreign Minister X" of the spokesperson's
// announcements; the briefing's own ministry, named with its state in the title, does. Near
// miss: in a news story the same description outside any question still gives the title its
// country.
func TestQuestionGivesNoTitleCountry(t *testing.T) {
	briefing := "Press Briefing by the Spokesperson of the Ministry of Foreign Affairs of Chile Rosa Vidal, 3 March 2031\n\n" +
		"ROSA VIDAL: Good morning. Foreign Minister Tomas Aravena will visit Montevideo next week for the river commission.\n\n" +
		"Q: Radio Sur: Peru's foreign minister said yesterday that the commission should be suspended. Does Chile agree?\n\n" +
		"A: We do not agree. The commission remains the right forum for the border rivers."
	story := "Andean ministers meet\n\nPeru's foreign minister said yesterday that the commission should be suspended. " +
		"Foreign Minister Tomas Aravena will visit Montevideo next week for the river commission, officials said."
	runCases(t, []exCase{
		{"briefing", briefing, []string{"MEMBER_OF Tomas Aravena -> Ministry of Foreign Affairs of Chile", "!MEMBER_OF Tomas Aravena -> Peru"}},
		{"news story", story, []string{"MEMBER_OF Tomas Aravena -> Peru"}},
	})
}

// TestUnnamedSpokesperson: "“…,” a spokesperson said." right after a sentence whose subject is a
// body is a claim of that body. Near misses: after a sentence about a person, and in a new
// paragraph, no body is named for the spokesperson, so there is no claim.
func TestUnnamedSpokesperson(t *testing.T) {
	quote := "\"We expect the first grain ships to sail in May,\" a spokesperson said."
	runCases(t, []exCase{
		{"body before", "Grain corridor\n\nChile's foreign ministry welcomed the grain corridor on Monday. " + quote,
			[]string{"CLAIMS Foreign Ministry (Chile) -> first grain ships"}},
		{"person before", "Grain corridor\n\nThe farmer Tomas Berger welcomed the grain corridor on Monday. " + quote,
			[]string{"!CLAIMS -> first grain ships"}},
		{"new paragraph", "Grain corridor\n\nChile's foreign ministry welcomed the grain corridor on Monday.\n\n" + quote,
			[]string{"!CLAIMS -> first grain ships"}},
	})
}

// TestSittingCommittee: in a hearing, "this committee" in a member's turn is the committee the
// heading names, so its stance verb is the committee's. Near miss: a committee named by its
// own name in the turn ("the Committee on Ports") is not the sitting one.
func TestSittingCommittee(t *testing.T) {
	head := "HEARING OF THE HOUSE COMMITTEE ON NATURAL RESOURCES\n\nREP. TOLLAND: Thank you. We begin.\n\nCHAIRMAN ORTEGA: "
	runCases(t, []exCase{
		{"this committee", head + "This committee condemns the dumping of mine waste into the Rimac river.",
			[]string{"OPPOSES House Committee on Natural Resources -> dumping"}},
		{"named committee", head + "The Committee on Ports condemns the dumping of mine waste into the Rimac river.",
			[]string{"!OPPOSES House Committee on Natural Resources -> dumping"}},
	})
}
