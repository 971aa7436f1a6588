package loader

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// speakers20Floor is the number of gold lines of testdata/speakers20 TestSpeakers20Gold must get
// right: the figure branch speakers18 reached (round 20). It may only rise.
const speakers20Floor = 355

// TestSpeakers20Gold scores the invented development documents of testdata/speakers20 (press
// conferences, a UN noon briefing, a committee hearing, a joint press conference, a ministry release,
// a gaggle and a State Department briefing, in the layouts those offices publish) against gold.tsv.
// A line "file<TAB>speaker<TAB>words" is right when a CLAIMS relation whose claim contains the words
// has the speaker as its source; speaker "-" (furniture, a question) is right when no claim contains
// the words; "!node" when no node is named the words, "!person" when no PERSON node is. The test
// fails when fewer lines are right than speakers20Floor; -v prints the tally by file and every line
// that is not right.
func TestSpeakers20Gold(t *testing.T) {
	scoreSpeakerGold(t, filepath.Join("testdata", "speakers20"), speakers20Floor)
}

// speakers20Line judges one gold line against a document's graph and says why it is not right.
func speakers20Line(v *graphView, speaker, words string) (bool, string) {
	switch speaker {
	case "!node", "!person":
		want := graph.NormalizeName(words)
		for _, nd := range v.g.Nodes {
			if graph.NormalizeName(nd.Name) == want && (speaker == "!node" || nd.Kind == graph.Person) {
				return false, "node " + string(nd.Kind) + " " + nd.Name
			}
		}
		return true, ""
	}
	found := claimsWith(v, "", words)
	switch {
	case speaker == "-" && len(found) > 0:
		return false, "furniture claimed by " + v.label(found[0].Source)
	case speaker == "-":
		return true, ""
	case len(found) == 0:
		return false, "missing"
	case len(claimsWith(v, speaker, words)) > 0:
		return true, ""
	}
	return false, "credited to " + v.label(found[0].Source)
}

// claimsWith returns the CLAIMS relations from the node named src ("" for any) whose claim's full
// text contains words (case and apostrophes folded): the whole text, not the label, which
// Node.Label cuts at 120 characters.
func claimsWith(v *graphView, src, words string) []graph.Relation {
	var out []graph.Relation
	for _, r := range v.rels(graph.Claims, src) {
		if n := v.byID[r.Target]; n != nil && strings.Contains(foldText(n.Text+" "+n.Name), foldText(words)) {
			out = append(out, r)
		}
	}
	return out
}

// TestBylineNameLine: the line under a briefing's heading that gives the spokesperson's bare name
// and office ("X, Deputy Government Spokesperson", the State Department's layout) names a person,
// so a "MR X:"/"MS X:" label is that person, not a new person of the surname alone. Invented
// wordings, two labels and offices.
func TestBylineNameLine(t *testing.T) {
	for _, c := range []struct{ doc, name, claim string }{
		{"Department Press Briefing - March 3, 2031\n\nOskar Lindgren, Department Spokesperson\n\nMR LINDGREN: Good afternoon. The ministry rejects the new fishing quota set by Norway.\n\nQUESTION: Why?\n\nMR LINDGREN: The quota ignores the scientific advice.",
			"Oskar Lindgren", "ignores the scientific advice"},
		{"Government Press Conference – 9 May 2031\n\nAmira Haddad, Spokesperson of the Government\n\nMS HADDAD: The cabinet approved the new water law this morning.\n\nQ: Will it pass parliament?\n\nMS HADDAD: The coalition has a clear majority for the law.",
			"Amira Haddad", "clear majority"},
	} {
		v := view(extractText(t, c.doc))
		if len(v.rels(graph.Claims, c.name, c.claim)) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%s: no claim %q", c.name, c.claim)
		}
	}
}

// TestPresidingChair: "The CHAIR." of a printed hearing is the person the record's opening names
// as presiding ("…, Hon. X (chair of the subcommittee) presiding."); with no presiding line the
// label is credited to no other person of the text. Invented wording.
func TestPresidingChair(t *testing.T) {
	head := "HEARING BEFORE THE SUBCOMMITTEE ON WATER RESOURCES\n\n"
	turns := "The CHAIR. The subcommittee will come to order. The drought has emptied the reservoirs of the valley.\n\n" +
		"Mr. OKONJO. Farmers in my district have lost half their harvest.\n\n" +
		"The CHAIR. The gentleman's time has expired."
	v := view(extractText(t, head+"The subcommittee met at 10 a.m., Hon. Rosa Villanueva (chair of the subcommittee) presiding.\n\n"+turns))
	if len(v.rels(graph.Claims, "Rosa Villanueva", "emptied the reservoirs")) == 0 {
		v.dump(os.Stderr)
		t.Errorf("presiding chair: no claim of Rosa Villanueva")
	}
	v = view(extractText(t, head+"The subcommittee met at 10 a.m. to hear Hon. Rosa Villanueva of the Water Board.\n\n"+turns))
	if len(v.rels(graph.Claims, "Rosa Villanueva", "emptied the reservoirs")) > 0 {
		t.Errorf("no presiding line: the chair's claim went to the witness")
	}
}

// TestTravelHeadingName: in a White House travel heading the traveller's name ends before "Aboard"
// and "En Route" ("Press Gaggle by Press Secretary X Aboard Air Force One En Route Y"), so no
// person "X Aboard Air Force One …" is made; "En" before another word is left alone. Invented.
func TestTravelHeadingName(t *testing.T) {
	doc := "Press Gaggle by Press Secretary Lena Ortiz Aboard Air Force One En Route Austin, TX\n\n" +
		"MS. ORTIZ: The President will sign the water bill in Austin today.\n\nQ    Lena, will he veto the farm bill?\n\nMS. ORTIZ: He has not decided on the farm bill."
	v := view(extractText(t, doc))
	if len(v.rels(graph.Claims, "Lena Ortiz", "sign the water bill")) == 0 {
		v.dump(os.Stderr)
		t.Errorf("no claim of Lena Ortiz")
	}
	for _, n := range v.g.Nodes {
		if strings.Contains(n.Name, "Aboard") || strings.Contains(n.Name, "En Route") {
			t.Errorf("junk node %q", n.Name)
		}
	}
}

// TestTurnPronounShapes: in a spokesperson's turn, "US" in capitals that names the country is no
// pronoun "us", and a fronted adjunct of time ("Last year our inspectors …", "This week we …")
// or a fronted adjunct closed by a comma ("In the coming weeks, we will …") leaves the pronoun
// after it the subject, and a possessive in the main clause's object ("… hurt our farmers") is a
// determiner: such sentences are the speaker's claims. Near misses: "Let us come back to
// that.", "What we are doing is normal.", "As I said, …" and "As my colleague said, …" stay talk
// about the talk.
// Invented wording.
func TestTurnPronounShapes(t *testing.T) {
	doc := "Foreign Ministry Spokesperson Mei Lan's Regular Press Conference on March 3, 2031\n\n" +
		"Q: What is your comment on the embargo?\n\n" +
		"Mei Lan: The US embargo on fertilizer violates the rules of the World Trade Organization. " +
		"Last year our inspectors visited forty fertilizer plants. This week we designated three ports for grain imports. " +
		"In the coming weeks, we will open two consulates in Kenya. " +
		"The new fertilizer duties hurt our farmers in the north. " +
		"Let us come back to that. What we are doing is normal. As I said, the position on Kenya is unchanged. " +
		"As my colleague said, that is a question for the ministry."
	v := view(extractText(t, doc))
	for _, w := range []string{"US embargo on fertilizer", "forty fertilizer plants", "three ports for grain", "two consulates in Kenya", "hurt our farmers"} {
		if len(claimsWith(v, "Mei Lan", w)) == 0 {
			t.Errorf("no claim of Mei Lan %q", w)
		}
	}
	for _, w := range []string{"come back to that", "What we are doing", "As I said", "As my colleague said"} {
		if len(claimsWith(v, "", w)) > 0 {
			t.Errorf("talk about the talk %q claimed", w)
		}
	}
}

// TestListedChair: "Chair:" of a select committee's evidence is the member the list of members
// present marks "(Chair)", whose name the list line gives (no headline); a list with no "(Chair)"
// gives the label nobody. Invented wording.
func TestListedChair(t *testing.T) {
	body := "\n\nQ4 Chair: The rail subsidy has fallen by a third since 2024. Rural lines have lost a quarter of their trains.\n\n" +
		"Dame Ruth Okoro: The Board has protected every rural line. No station will close this year.\n\n" +
		"Q5 Mr Tate: Will the Board publish its timetable for the new trains before the summer?\n\n" +
		"Dame Ruth Okoro: The timetable will be published in May. The new trains enter service in September."
	v := view(extractText(t, "Transport Committee\n\nOral evidence: Rail fares, HC 77\n\nMembers present: Nadia Perrin (Chair); Mr Oliver Tate."+body))
	if len(claimsWith(v, "Nadia Perrin", "fallen by a third")) == 0 {
		v.dump(os.Stderr)
		t.Errorf("no claim of the listed chair")
	}
	v = view(extractText(t, "Transport Committee\n\nOral evidence: Rail fares, HC 77\n\nMembers present: Nadia Perrin; Mr Oliver Tate."+body))
	if len(claimsWith(v, "Nadia Perrin", "fallen by a third")) > 0 || len(claimsWith(v, "Oliver Tate", "fallen by a third")) > 0 {
		t.Errorf("no (Chair) in the list: the chair's claim went to a member")
	}
}

// TestOfficeComplementLeadIn: a lead-in whose title has a one-word "for"/"of" complement before
// the name ("Minister for Africa Tom Reid said:", "Secretary of State Ana Ruiz said:") names the
// person of the last two words. Near miss: a body with no title ("The Council for Africa Trade
// said:") makes no person. Invented wording.
func TestOfficeComplementLeadIn(t *testing.T) {
	for _, c := range []struct{ lead, name string }{
		{"Minister for Africa Tom Reid said:", "Tom Reid"},
		{"Secretary of State Ana Ruiz said:", "Ana Ruiz"},
	} {
		doc := "Press release\n\nSanctions on mining officials\n\nThe government has today sanctioned four officials.\n\n" + c.lead +
			"\n\n\u201cWe are working with our partners to protect workers in the mining sector.\u201d"
		v := view(extractText(t, doc))
		if len(claimsWith(v, c.name, "protect workers in the mining sector")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%s: no claim of %s", c.lead, c.name)
		}
	}
	v := view(extractText(t, "Press release\n\nMining reform\n\nThe Council for Africa Trade said:\n\n\u201cWe are working with our partners to protect workers in the mining sector.\u201d"))
	if v.node("Africa Trade") != nil && v.node("Africa Trade").Kind == graph.Person {
		t.Errorf("a body's name made a person")
	}
}

// TestHeaderOfficeHolder: an office-only label ("PRIME MINISTER:", "MINISTER FOR HEALTH:") is the
// person the header names beside that office with "The Hon" ("THE HON X MP" / "PRIME MINISTER",
// the office above or below); with no such name line the label gives no person. Invented wording.
func TestHeaderOfficeHolder(t *testing.T) {
	turns := "\n\nTRANSCRIPT\nPRESS CONFERENCE\nHOBART\n\n%s: Today we are opening a new hospital wing in Hobart. It will treat 9,000 patients a year.\n\n" +
		"JOURNALIST: Will the wing have enough nurses?\n\n%s: The state has hired 300 nurses for the new wing."
	for _, c := range []struct{ header, label, name string }{
		{"PRIME MINISTER\nTHE HON ALANA BRIGGS MP", "PRIME MINISTER", "Alana Briggs"},
		{"The Hon Peter Quayle MP\nMinister for Health", "MINISTER FOR HEALTH", "Peter Quayle"},
	} {
		v := view(extractText(t, c.header+fmt.Sprintf(turns, c.label, c.label)))
		if len(claimsWith(v, c.name, "300 nurses")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%s: no claim of %s", c.label, c.name)
		}
	}
	v := view(extractText(t, "PRIME MINISTER\nMEDIA CENTRE"+fmt.Sprintf(turns, "PRIME MINISTER", "PRIME MINISTER")))
	for _, n := range v.g.Nodes {
		if n.Kind == graph.Person && len(claimsWith(v, n.Name, "300 nurses")) > 0 {
			t.Errorf("no name line: the claim went to %s", n.Name)
		}
	}
}

// TestSpeechNounHeadingName: in a heading "Secretary X Remarks to the Press" or "Under Secretary X
// Testimony Before …" the name ends before the text's noun, so no person "X Remarks" is made and
// the "SECRETARY X:" label is X. Invented wording.
func TestSpeechNounHeadingName(t *testing.T) {
	for _, c := range []struct{ heading, label, name string }{
		{"Secretary Lena Dahl Remarks to the Press", "SECRETARY DAHL", "Lena Dahl"},
		{"Under Secretary Omar Quist Testimony Before the Senate Banking Committee", "UNDER SECRETARY QUIST", "Omar Quist"},
	} {
		doc := c.heading + "\n\n" + c.label + ": Good afternoon. The sanctions on the shipping company will stay in force until it pays the fines.\n\n" +
			"QUESTION: Will the sanctions be lifted in the spring?\n\n" + c.label + ": The sanctions will stay until the company pays every fine."
		v := view(extractText(t, doc))
		if len(claimsWith(v, c.name, "pays every fine")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%s: no claim of %s", c.heading, c.name)
		}
		for _, n := range v.g.Nodes {
			if strings.Contains(n.Name, "Remarks") || strings.Contains(n.Name, "Testimony") {
				t.Errorf("junk node %q", n.Name)
			}
		}
	}
}

// TestTitleInitialsLabel: a label that is the initials of the title speaker's office ("EAM:" under
// "Transcript of the Interview of External Affairs Minister X with …", "PM:" under "Remarks by
// Prime Minister Y") is that speaker, and no person "Eam" is made; initials of words with no title
// among them ("SN:" for "Sky News") name nobody of the title. Invented wording.
func TestTitleInitialsLabel(t *testing.T) {
	for _, c := range []struct{ title, label, name string }{
		{"Transcript of the Interview of External Affairs Minister Dr. Kavita Menon with Gulf Radio", "EAM", "Kavita Menon"},
		{"Remarks by Prime Minister Lars Ekberg at the Harbour Forum", "PM", "Lars Ekberg"},
	} {
		doc := c.title + "\n\nAnchor: Minister, will your government join the new sanctions against the shipping companies?\n\n" +
			c.label + ": Our government does not join unilateral sanctions. We buy energy where the price is best for our people.\n\n" +
			"Anchor: And the talks on the border?\n\n" + c.label + ": The border talks will resume in March in Geneva."
		v := view(extractText(t, doc))
		if len(claimsWith(v, c.name, "resume in March")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%s: no claim of %s", c.label, c.name)
		}
		if n := v.node(c.label); n != nil && n.Kind == graph.Person && n.Name != c.name {
			t.Errorf("%s: person %q", c.label, n.Name)
		}
	}
	doc := "Transcript of the Interview of External Affairs Minister Dr. Kavita Menon with Sky News\n\nSN: Minister, will you join the sanctions?\n\nEAM: The border talks will resume in March in Geneva."
	v := view(extractText(t, doc))
	if len(claimsWith(v, "Kavita Menon", "Minister, will you")) > 0 {
		t.Errorf("SN: a label of no office's initials went to the minister")
	}
}

// TestUnnamedSpokespersonTitle: "Statement by a <body> spokesperson on …" speaks for the body: its
// first-person sentences are the body's claims. Near miss: "Statement by a spokesperson on …"
// names no body, and its sentences are nobody's. Invented wording.
func TestUnnamedSpokespersonTitle(t *testing.T) {
	body := "\n\n5 March 2031\n\nWe condemn the sentencing of three journalists in Valdoria to ten years in prison. " +
		"We call on the authorities of Valdoria to release them at once."
	for _, c := range []struct{ title, org string }{
		{"Statement by a Ministry of Foreign Affairs spokesperson on the sentencing of journalists in Valdoria", "Ministry of Foreign Affairs"},
		{"Statement by a Federal Foreign Office spokesman on the sentencing of journalists in Valdoria", "Federal Foreign Office"},
	} {
		v := view(extractText(t, c.title+body))
		if len(claimsWith(v, c.org, "release them at once")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%s: no claim of %s", c.title, c.org)
		}
	}
	v := view(extractText(t, "Statement by a spokesperson on the sentencing of journalists in Valdoria"+body))
	if len(claimsWith(v, "", "release them at once")) > 0 {
		t.Errorf("no body named: the claim went to %s", v.label(claimsWith(v, "", "release them at once")[0].Source))
	}
}
