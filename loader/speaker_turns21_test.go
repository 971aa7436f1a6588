package loader

import (
	"os"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestQuestionPronounOwnTurn: a pronoun in a journalist's question or a host's turn takes its
// antecedent from that turn only, so "They imposed tariffs on …" after an answer naming the
// answerer's country makes no act of that country (new-user finding, session 12). Near misses:
// an antecedent inside the question ("The Americans imposed … They also banned …") still gives
// the act; a "they" in the answerer's own turn still reads back. Invented wordings, two layouts,
// three countries.
func TestQuestionPronounOwnTurn(t *testing.T) {
	for _, c := range []struct{ head, ask, ans, country string }{
		{"Foreign Ministry Spokesperson Li Wen's Regular Press Conference on May 3, 2031", "Q", "Li Wen", "China"},
		{"Transcript: Interview with Trade Minister Viktor Lang", "HOST", "VIKTOR LANG", "Austria"},
		{"Press Conference by Foreign Minister Rosa Ibarra", "MODERATOR", "Rosa Ibarra", "Chile"},
	} {
		doc := c.head + "\n\n" + c.ask + ": What about the talks?\n\n" +
			c.ans + ": " + c.country + " wants a deal. " + c.country + " is ready to resume the talks in Geneva.\n\n" +
			c.ask + ": They imposed tariffs on our machine tools last year. Will " + c.country + " retaliate?\n\n" +
			c.ans + ": " + c.country + " does not want a trade war."
		v := view(extractText(t, doc))
		if len(v.rels(graph.Sanctions, c.country, "machine tools")) > 0 {
			v.dump(os.Stderr)
			t.Errorf("%s: the question's act went to the answerer's country", c.ask)
		}
		// session 13 (new-user trial 13, finding 1): the preface's material act is asserted by no
		// one (relation_question.go), so the near miss is a speech act the preface reports of
		// the Americans, its pronoun read inside the question
		doc = c.head + "\n\n" + c.ask + ": What about the talks?\n\n" +
			c.ans + ": " + c.country + " wants a deal.\n\n" +
			c.ask + ": The Americans imposed tariffs on our machine tools last year. They have also threatened to ban our beef. Will " + c.country + " retaliate?\n\n" +
			c.ans + ": " + c.country + " does not want a trade war."
		v = view(extractText(t, doc))
		if len(v.rels(graph.Threatens, "Americans", "beef")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%s: an antecedent inside the question was not read", c.ask)
		}
	}
}

// TestJointPartySubject: in a joint statement, a sentence whose subject is one of the parties, or
// the state the heading names beside a party, is that party's claim alone (new-user finding b,
// session 12: "The United States will consider removing …" was the other government's too).
// Near misses: a sentence about both ("The two sides …") or whose subject is a third state stays
// every party's. Invented wordings: a heading of two states, a heading of two leaders.
func TestJointPartySubject(t *testing.T) {
	for _, c := range []struct{ head, a, b, pa, pb string }{
		{"Joint Statement of the United States and Japan on Economic Security", "The United States", "Japan", "United States", "Japan"},
		{"Joint Declaration by President Ines Moreau of Chile and Prime Minister Lars Holm of Norway", "Chile", "Norway", "Ines Moreau", "Lars Holm"},
	} {
		doc := c.head + "\n\nWashington, 4 March 2031\n\n" +
			c.a + " will consider removing the duties on imported salmon once the trade dialogue concludes.\n\n" +
			c.b + " will open three new consulates for exporters by 2032.\n\n" +
			"The two sides reaffirmed their commitment to free and fair trade.\n\n" +
			"Russia must withdraw its forces from the occupied territories."
		v := view(extractText(t, doc))
		own := func(subject, w string) {
			t.Helper()
			cs := claimsWith(v, "", w)
			if len(cs) == 0 {
				v.dump(os.Stderr)
				t.Errorf("%s: no claim %q", c.head, w)
			}
			for _, r := range cs {
				if src := v.label(r.Source); !strings.Contains(strings.ToLower(subject), strings.ToLower(src)) {
					t.Errorf("%s: %q credited to %s", c.head, w, src)
				}
			}
		}
		own(c.a, "removing the duties on imported salmon")
		own(c.b, "three new consulates")
		for _, w := range []string{"reaffirmed their commitment", "Russia must withdraw"} {
			if len(claimsWith(v, c.pa, w)) == 0 || len(claimsWith(v, c.pb, w)) == 0 {
				v.dump(os.Stderr)
				t.Errorf("%s: %q is not both parties'", c.head, w)
			}
		}
	}
}

// TestMastheadIssuer: a release whose letterhead names the issuing body on the line above a heading
// noun alone ("KENYA DEFENCE FORCES" / "PRESS STATEMENT") speaks in that body's voice, over the
// officer who signs it; near misses: a release line ("FOR IMMEDIATE RELEASE") and a headline in
// capitals under the heading noun name no issuer (the claim is the signer's or nobody's).
// Invented wordings, three bodies.
func TestMastheadIssuer(t *testing.T) {
	body := "\n\nNairobi, 4 August 2031\n\nThe soldiers rescued forty villagers from the flooded district on Sunday night. " +
		"The rescue teams will remain in the district until the water recedes.\n\n" +
		"Military Spokesperson Amos Kiprono said the teams had worked for two days without rest.\n\nSIGNED\nAMOS KIPRONO\nMILITARY SPOKESPERSON"
	for _, c := range []struct{ head, issuer string }{
		{"KENYA DEFENCE FORCES\nPRESS STATEMENT\n\nFLOOD RESCUE IN TANA RIVER", "Kenya Defence Forces"},
		{"Ministry of Health\n\nMedia Statement", "Ministry of Health"},
		{"ASEAN SECRETARIAT\nPRESS RELEASE", "ASEAN Secretariat"},
	} {
		v := view(extractText(t, c.head+body))
		cs := claimsWith(v, "", "forty villagers")
		if len(cs) == 0 || !strings.EqualFold(strings.Fields(v.label(cs[0].Source))[0], strings.Fields(c.issuer)[0]) {
			v.dump(os.Stderr)
			t.Errorf("%q: the release is not the issuer's", c.head)
		}
	}
	for _, head := range []string{"FOR IMMEDIATE RELEASE\nPRESS STATEMENT\n\nFLOOD RESCUE IN TANA RIVER", "PRESS STATEMENT\nFLOOD RESCUE IN TANA RIVER"} {
		v := view(extractText(t, head+body))
		for _, r := range claimsWith(v, "", "forty villagers") {
			if src := v.label(r.Source); src != "Amos Kiprono" {
				t.Errorf("%q: a release line or a headline read as the issuer %q", head, src)
			}
		}
	}
}

// TestMemberQuestionPreface: in a hearing, the assertion that prefaces a legislator's question is
// the legislator's claim (rule hearing:member-preface), the question itself no one's; near miss:
// a journalist's preface at a press briefing stays no one's. Invented wordings, two chambers.
func TestMemberQuestionPreface(t *testing.T) {
	for _, c := range []struct{ head, label, name string }{
		{"Hearing of the Senate Committee on Foreign Relations", "SENATOR MERCER", "Mercer"},
		{"HOUSE COMMITTEE ON WAYS AND MEANS\n\nHearing on Trade Enforcement", "Rep. Kowalski", "Kowalski"},
	} {
		doc := c.head + "\n\nCHAIRMAN ORTIZ: The committee will come to order.\n\n" +
			c.label + ": Madam Secretary, the port authority has lost two million tonnes of grain exports this year. Why has the department not acted?\n\n" +
			"SECRETARY LINDQVIST: The department has opened talks with the port authority."
		v := view(extractText(t, doc))
		if len(claimsWith(v, c.name, "two million tonnes")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%s: no claim of the member's preface", c.label)
		}
		if len(claimsWith(v, "", "not acted")) > 0 {
			t.Errorf("%s: the question itself claimed", c.label)
		}
	}
	v := view(extractText(t, "Foreign Ministry Spokesperson Li Wen's Regular Press Conference on May 3, 2031\n\n"+
		"Q: The port authority has lost two million tonnes of grain exports this year. Will the ministry act?\n\n"+
		"Li Wen: The ministry has opened talks with the port authority."))
	if len(claimsWith(v, "", "two million tonnes")) > 0 {
		t.Errorf("a journalist's preface claimed")
	}
}

// TestVerblessFragment: a fragment that announces the talk ("A quick readout before we land.",
// "Two announcements at the top.") is no claim of the turn's speaker; near misses with a verb,
// a clause after a colon, or an opening that is no indefinite stay claims. Invented wordings.
func TestVerblessFragment(t *testing.T) {
	doc := "Press Briefing by Press Secretary Omar Vance\n\n" +
		"MR. VANCE: A quick readout before we land. Two announcements at the top. Just one more thing on the budget. " +
		"A new law bans the export of raw timber. Two tankers entered the strait on Monday. " +
		"A quick readout: the President spoke with Chancellor Weber about graphite. " +
		"More than four million people currently benefit from the program.\n\n" +
		"Q: Will the President veto the farm bill?\n\nMR. VANCE: The President has not decided on the farm bill."
	v := view(extractText(t, doc))
	for _, w := range []string{"before we land", "announcements at the top", "one more thing on the budget"} {
		if len(claimsWith(v, "", w)) > 0 {
			t.Errorf("fragment %q claimed", w)
		}
	}
	for _, w := range []string{"export of raw timber", "entered the strait", "spoke with Chancellor Weber", "currently benefit"} {
		if len(claimsWith(v, "Omar Vance", w)) == 0 {
			v.dump(os.Stderr)
			t.Errorf("clause %q not claimed", w)
		}
	}
}

// TestJointCoordinatedSubject: a subject that coordinates the parties ("Osland and Serrania held
// …") stays every party's, and a title whose portfolio holds an "and" ("Cabinet Secretary for
// Foreign and Diaspora Affairs, X") names no two states, so "Kenya condemns …" in her statement
// stays hers. Invented wordings.
func TestJointCoordinatedSubject(t *testing.T) {
	v := view(extractText(t, "Joint Statement of Osland and Serrania on Fisheries\n\nVeld, 14 May 2031\n\n"+
		"Osland and Serrania held the fourth round of fisheries talks in Veld.\n\nSerrania will close the northern bank to trawlers in June."))
	for _, p := range []string{"Osland", "Serrania"} {
		if len(claimsWith(v, p, "fourth round of fisheries talks")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("the coordinated subject's sentence is not %s's", p)
		}
	}
	if len(claimsWith(v, "Osland", "northern bank")) > 0 || len(claimsWith(v, "Serrania", "northern bank")) == 0 {
		t.Errorf("Serrania's undertaking is not Serrania's alone")
	}
	v = view(extractText(t, "Press release\n\nKenya's Cabinet Secretary for Foreign and Diaspora Affairs, Amina Odhiambo, said in a statement:\n\n"+
		"\u201cKenya condemns the blockade of the port of Assab. We call on both sides to reopen it.\u201d"))
	if len(claimsWith(v, "Amina Odhiambo", "blockade of the port")) == 0 {
		v.dump(os.Stderr)
		t.Errorf("the minister's sentence about her state is not hers")
	}
}

// TestBroadcastLabels: a broadcast transcript names a speaker in full with a description at his
// first turn ("ROSA IBARRA, CHILEAN FOREIGN MINISTER:") and by surname after it ("IBARRA:"): both
// are that person; the host's ("ANDERSON COLE, CNN ANCHOR:", then "COLE:") turns are the
// moderator's, no claims; a recording cue ("(BEGIN VIDEO CLIP)") ends the host's turn, and
// "UNIDENTIFIED MALE:" is no one (no actor "Male"). Invented wordings in the CNN and NPR layouts.
func TestBroadcastLabels(t *testing.T) {
	cnn := "World Report — Transcript\n\nAired May 4, 2031\n\n" +
		"ANDERSON COLE, CNN ANCHOR: Welcome back. Argentina closed the border crossing at Los Libertadores last week.\n\n" +
		"ROSA IBARRA, CHILEAN FOREIGN MINISTER: Chile will not retaliate against Argentina. The closure violates the treaty of 1984.\n\n" +
		"COLE: Here is what the Argentine minister said on Monday.\n\n(BEGIN VIDEO CLIP)\n\n" +
		"UNIDENTIFIED MALE: The border will stay closed until Chile pays for the spill.\n\n(END VIDEO CLIP)\n\n" +
		"COLE: Your response, Minister?\n\nIBARRA: Chile owes nothing to Argentina. The spill came from an Argentine tanker."
	npr := "Kenya's central bank raises rates\n\nHeard on Morning Edition\n\n" +
		"STEVE MARLOW, HOST: The Central Bank of Kenya raised its main lending rate again yesterday.\n\n" +
		"DAVID KARIUKI, ECONOMIST: The increase will slow lending to small farmers for a year.\n\n" +
		"MARLOW: Will it bring inflation down?\n\nKARIUKI: Inflation will fall below seven percent by December."
	for _, c := range []struct {
		doc, name, host string
		claims          []string
		none            []string
	}{
		{cnn, "Rosa Ibarra", "Cole", []string{"will not retaliate", "violates the treaty", "Argentine tanker"}, []string{"closed the border crossing", "stay closed until Chile pays"}},
		{npr, "David Kariuki", "Marlow", []string{"slow lending to small farmers", "below seven percent"}, []string{"raised its main lending rate"}},
	} {
		v := view(extractText(t, c.doc))
		for _, w := range c.claims {
			if len(claimsWith(v, c.name, w)) == 0 {
				v.dump(os.Stderr)
				t.Errorf("%s: no claim %q", c.name, w)
			}
		}
		for _, w := range c.none {
			if cs := claimsWith(v, "", w); len(cs) > 0 {
				t.Errorf("%q claimed by %s", w, v.label(cs[0].Source))
			}
		}
		for _, n := range v.g.Nodes {
			if n.Kind == graph.Country && n.Name == "Maldives" || strings.EqualFold(n.Name, "Male") || strings.Contains(n.Name, "ANCHOR") || strings.EqualFold(n.Name, "Host") {
				t.Errorf("junk node %q", n.Name)
			}
		}
	}
}

// TestSurnameAffiliationLabels: a one-word label in title case in a transcript is a surname
// ("Becker:"), and a body in parentheses after a surname ("Wagner (Federal Foreign Office):") is
// his affiliation, not the speaker (the office-then-holder form, "Chair (Alicia Kearns MP):",
// is TestLabelShapes9's); near miss: a common word ("Background:") names no one. Invented
// wordings in the German government press conference layout.
func TestSurnameAffiliationLabels(t *testing.T) {
	doc := "Government Press Conference of 12 May 2031\n\n" +
		"Deputy Spokesperson Hoffmann: Good afternoon. The Chancellor will travel to Warsaw on Thursday for talks on the pipelines.\n\n" +
		"Question (dpa): Has Germany summoned the Russian ambassador?\n\n" +
		"Wagner (Federal Foreign Office): The Foreign Office summoned the Russian ambassador this morning. We protested against the detention of the journalist.\n\n" +
		"Question (Reuters): And the sanctions?\n\n" +
		"Becker: The finance ministry will freeze the assets of four Russian banks next week.\n\n" +
		"Background: The talks on the pipelines began in 2029."
	v := view(extractText(t, doc))
	for _, c := range []struct{ name, words string }{{"Wagner", "summoned the Russian ambassador"}, {"Becker", "freeze the assets"}} {
		if len(claimsWith(v, c.name, c.words)) == 0 {
			v.dump(os.Stderr)
			t.Errorf("no claim of %s %q", c.name, c.words)
		}
	}
	for _, n := range v.g.Nodes {
		if n.Kind == graph.Person && (n.Name == "Background" || n.Name == "Federal Foreign Office") {
			t.Errorf("person %q", n.Name)
		}
	}
}

// TestInterviewerOutletLabel: a printed interview labels its interviewer's turns with the
// publication's name ("DER SPIEGEL:", "Reuters:"): those turns are no one's claims and make no
// person, while the interviewee's are his; near miss: a label naming a party to the story (an
// NGO, "Greenpeace:") keeps its claims. Invented wordings.
func TestInterviewerOutletLabel(t *testing.T) {
	for _, outlet := range []string{"DER SPIEGEL", "Reuters"} {
		doc := "Interview with Finance Minister Tomasz Wrona\n\n" + outlet + ": Minister, Berlin rejects the demand. Why raise it again?\n\n" +
			"Wrona: Because the debt is real. The German government has never paid for the destruction of Warsaw.\n\n" +
			outlet + ": But the treaty of 1953 settled the question.\n\nWrona: That treaty was signed under Soviet pressure."
		v := view(extractText(t, doc))
		if len(claimsWith(v, "Tomasz Wrona", "never paid")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%s: no claim of the minister", outlet)
		}
		if cs := claimsWith(v, "", "treaty of 1953 settled"); len(cs) > 0 {
			t.Errorf("%s: the interviewer's turn claimed by %s", outlet, v.label(cs[0].Source))
		}
	}
	doc := "Interview on the Arctic drilling licences\n\nGreenpeace: The new licences will destroy the feeding grounds of the walrus.\n\n" +
		"Minister Lund: The licences protect every feeding ground.\n\nGreenpeace: The ministry ignored its own scientists in the review."
	v := view(extractText(t, doc))
	if len(claimsWith(v, "", "ignored its own scientists")) == 0 {
		v.dump(os.Stderr)
		t.Errorf("a party's label lost its claim")
	}
}

// TestOfficeLabelAfterNamedTurn: a label of the office alone ("Spokesperson:", "Official
// Spokesperson:") after a turn that named its holder with it ("Spokesperson Tomas Weller:",
// "Shri Randhir Jaiswal, Official Spokesperson:") is that holder, not the body the title names;
// "All right, good afternoon." and "That's it from me." are furniture. Near miss: with no earlier
// holder, the office label is left to the other rules (no person of another turn). Invented.
func TestOfficeLabelAfterNamedTurn(t *testing.T) {
	for _, c := range []struct{ head, first, later, name string }{
		{"Daily Press Briefing by the Office of the Spokesperson for the Secretary-General", "Spokesperson Tomas Weller", "Spokesperson", "Tomas Weller"},
		{"Transcript of Weekly Media Briefing by the Official Spokesperson (May 16, 2031)", "Shri Randhir Jaiswal, Official Spokesperson", "Official Spokesperson", "Randhir Jaiswal"},
	} {
		doc := c.head + "\n\n" + c.first + ": All right, good afternoon. The convoys have not reached the city for three weeks.\n\n" +
			"Question: Has the envoy met the army chief?\n\n" + c.later + ": The envoy remains in contact with both sides. That's it from me."
		v := view(extractText(t, doc))
		if len(claimsWith(v, c.name, "remains in contact")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%s: the office label is not %s", c.later, c.name)
		}
		for _, w := range []string{"good afternoon", "it from me"} {
			if len(claimsWith(v, "", w)) > 0 {
				t.Errorf("furniture %q claimed", w)
			}
		}
	}
	v := view(extractText(t, "Daily Press Briefing by the Office of the Spokesperson\n\nQuestion: Has the envoy met the army chief? Ana Ruiz of Reuters reported it.\n\n"+
		"Spokesperson: The envoy remains in contact with both sides."))
	if len(claimsWith(v, "Ana Ruiz", "remains in contact")) > 0 {
		t.Errorf("the office label went to a person named in a question")
	}
}

// TestReleaseDatelineClaim: the city and date that open a release's lead ("Addis Ababa, 22 June
// 2031: …", "Jakarta, 3 March 2031 – …") are no part of the issuer's claim; near miss: a place
// and a colon with no date ("Turkana: 400 families …") stays in the sentence. Invented wordings.
func TestReleaseDatelineClaim(t *testing.T) {
	for _, lead := range []string{"Addis Ababa, 22 June 2031: ", "Jakarta, 3 March 2031 \u2013 "} {
		doc := "AFRICAN UNION\nPRESS STATEMENT\n\nFlood relief\n\n" + lead + "The African Union welcomes the relief pledged for the flooded provinces.\n\n" +
			"Turkana: 400 families have lost their homes to the floods."
		v := view(extractText(t, doc))
		cs := claimsWith(v, "", "relief pledged")
		if len(cs) == 0 {
			v.dump(os.Stderr)
			t.Fatalf("%q: no claim", lead)
		}
		if n := v.byID[cs[0].Target]; strings.Contains(n.Text+n.Name, "2031") {
			t.Errorf("%q: the dateline stayed in the claim %q", lead, n.Text)
		}
		if len(claimsWith(v, "", "Turkana: 400 families")) == 0 {
			t.Errorf("a place with no date was cut from its sentence")
		}
	}
}

// TestPresidentLabelNotHolder: in a UN meeting record "The President:" is the presiding officer,
// not a head of state who spoke as "President Lindqvist:" before. Invented wording.
func TestPresidentLabelNotHolder(t *testing.T) {
	doc := "Security Council, 9912th meeting\n\nThe President: I welcome the President of Veldland. I give her the floor.\n\n" +
		"President Lindqvist: Veldland will send 2,000 peacekeepers to the border mission next year.\n\n" +
		"The President: I thank President Lindqvist for her statement. The floods in the north have displaced a million people."
	v := view(extractText(t, doc))
	if len(claimsWith(v, "", "2,000 peacekeepers")) == 0 {
		v.dump(os.Stderr)
		t.Errorf("no claim of the head of state")
	}
	if len(claimsWith(v, "Lindqvist", "displaced a million")) > 0 {
		t.Errorf("the presiding officer's words went to the head of state")
	}
}

// TestHeadingCaseIssuer: a release's issuer read from a letterhead in capitals is named in
// ordinary case, an acronym the text writes in capitals kept ("ASEAN Secretariat", "Kenya
// Defence Forces"), the capitals an alias. Invented wordings.
func TestHeadingCaseIssuer(t *testing.T) {
	for _, c := range []struct{ head, body, name string }{
		{"ASEAN SECRETARIAT\nPRESS RELEASE", "ASEAN and Japan agreed today to expand their cooperation on disaster relief.", "ASEAN Secretariat"},
		{"KENYA DEFENCE FORCES\nPRESS STATEMENT", "The soldiers rescued forty villagers from the flooded district on Sunday night.", "Kenya Defence Forces"},
	} {
		v := view(extractText(t, c.head+"\n\nNairobi, 4 August 2031\n\n"+c.body+" We will remain in the region until the water recedes."))
		if len(claimsWith(v, c.name, "until the water recedes")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("no claim of %q", c.name)
		}
		if n := v.node(c.name); n == nil || n.Name != c.name {
			t.Errorf("issuer not named %q", c.name)
		}
	}
}
