package discourse

import (
	"fmt"
	"strings"
	"testing"
)

// TestStandfirstHeading: a published speech's summary line under the page's headline ("Statement
// by Deputy Envoy X at the Council meeting on Y.", a heading noun and its agent ending in a
// period, as gov.uk sets it) names the speaker of the paragraphs after it; the headline and the
// publisher's line above it stay the publisher's. A sentence ending in a period that does not open
// with a heading noun and its agent names no speaker.
func TestStandfirstHeading(t *testing.T) {
	doc := "Harbour access remains a lifeline for the coast – Osland statement at the Council\n\n" +
		"The press release issued by the Foreign Ministry on 3 May 2031.\n\n" +
		"Statement by Deputy Envoy Mara Lindqvist at the Council meeting on the coast.\n\n" +
		"Thank you President.\n\n" +
		"We are concerned by the closure of the harbour."
	ts := "title title:speaker [Deputy Envoy Mara Lindqvist]"
	want := []string{"-", "-", "- title:speaker [Deputy Envoy Mara Lindqvist] *", ts, ts}
	if got := describe(doc); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("\n  got %q\n want %q", got, want)
	}
	// near miss: a sentence of a story, no heading noun opening it
	doc = "Harbour closes\n\nDeputy Envoy Mara Lindqvist spoke at the Council meeting on the coast.\n\nWe are concerned by the closure."
	if got := describe(doc); fmt.Sprint(got) != fmt.Sprint([]string{"-", "-", "-"}) {
		t.Errorf("near miss\n  got %q", got)
	}
}

// TestReleaseSaidPlainParagraphs: a release's "Name, Title, said:" then plain paragraphs (block
// quotes whose marks the text lost): the name and title in apposition are the speaker, and the
// plain paragraphs in the first person after the first are his too, up to one in the third
// person. Near misses: "Last Tuesday, Minister X said:" keeps the minister alone; a release
// whose own narration says "we" gives the speaker one paragraph only.
func TestReleaseSaidPlainParagraphs(t *testing.T) {
	head := "Fisheries chief visits Osland\n\nThe Fisheries Board chief arrived in Osland on Monday.\n\n"
	body := "Osland is a valued partner and our ties continue to grow.\n\n" +
		"We will keep working with our partners on the coast.\n\n" +
		"The visit ends on Friday."
	q := "quote quote:lead-in [Ana Lund, Fisheries Secretary]"
	want := []string{"-", "-", "- *", q, q, "-"}
	if got := describe(head + "Ana Lund, Fisheries Secretary, said:\n\n" + body); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("release\n  got %q\n want %q", got, want)
	}
	// near miss: a date before the name is no appositive, with or without a comma after it
	for _, lead := range []string{"Last Tuesday, Fisheries Secretary Ana Lund said:", "Last Tuesday, Fisheries Secretary Ana Lund, said:"} {
		got := describe(head + lead + "\n\n" + body)
		if len(got) < 4 || got[3] != "quote quote:lead-in [Fisheries Secretary Ana Lund]" {
			t.Errorf("%s\n  got %q", lead, got)
		}
	}
	// near miss: the narration speaks as "we": one paragraph
	we := "Fisheries chief visits Osland\n\nWe welcomed the Fisheries Board chief to Osland on Monday.\n\n"
	want = []string{"-", "-", "- *", q, "-", "-"}
	if got := describe(we + "Ana Lund, Fisheries Secretary, said:\n\n" + body); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("narration in the first person\n  got %q\n want %q", got, want)
	}
}

// TestTitleNamedLabelTranscript: a conference of one question and one answer under a heading that
// names the answerer ("Press Conference by Press Secretary Ilse Varga") is a transcript: the
// reporter's "Outlet, Name:" label is a questioner when the turn ends in a request to tell ("Please
// tell us …."), and the answer is the label's. Near miss: the same two labelled paragraphs under a
// headline naming nobody of the labels stay the title's or nobody's as before.
func TestTitleNamedLabelTranscript(t *testing.T) {
	turns := "Harbour Daily, Moss:On Monday the Veld minister criticized the port fees. Please tell us the view of the Government.\n\n" +
		"Ms. Ilse Varga, Press Secretary:We will not comment on each remark. The fees follow the treaty."
	got := describe("Press Conference by Press Secretary Ilse Varga\n\nWednesday, March 8, 2031\n\n" + turns)
	want := []string{"- title:speaker [Press Secretary Ilse Varga] *", "title title:speaker [Press Secretary Ilse Varga]",
		"question turn:question [Harbour Daily, Moss]", "turn turn:label [Ms. Ilse Varga, Press Secretary]"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("\n  got %q\n want %q", got, want)
	}
	// near miss: a story headline naming no label's speaker keeps the two-turn rule
	got = describe("Port fees anger Veld\n\n" + turns)
	for _, g := range got {
		if strings.HasPrefix(g, "question") {
			t.Errorf("near miss: a question found\n  got %q", got)
		}
	}
}

// TestGoingAroundFurniture: passing the floor round the room ("And with that, we'll go around and
// start with Lena.", "So let's get to it.") is furniture; a sentence that starts with the same
// words and goes on about the world is not.
func TestGoingAroundFurniture(t *testing.T) {
	for s, want := range map[string]bool{
		"And with that, we'll go around and start with Lena.": true,
		"So let's get to it.":                                               true,
		"Let's go around the room.":                                         true,
		"One question, okay anyway, go ahead.":                              true,
		"We'll take it later on.":                                           true,
		"One question remains whether the port will reopen in May.":         false,
		"We'll go around the sanctions by trading through third countries.": false,
		"Start with the tariffs on steel imports from Veld.":                false,
	} {
		if got := Furniture(s); got != want {
			t.Errorf("Furniture(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestSelfIntroducedQuestioners: at a briefing where journalists introduce themselves by outlet
// ("Sir, Tomas from Harbour Daily.") and the spokesperson asks back to clarify ("This is at the
// port?"), the journalists' labels are questioners, though their turns end in a period, and the
// spokesperson's label is the answerer's, though most of its turns end in a question mark; a
// paragraph that names its labelled speaker in a self-introduction is his turn. Near miss: a
// label whose paragraph names the person without "from" + an outlet is a section about him (no
// turn), as before.
func TestSelfIntroducedQuestioners(t *testing.T) {
	doc := "Weekly Media Briefing\n\n" +
		"Ms. Lena Ruiz, Official Spokesperson: Good afternoon. I have no announcements, so I will take questions.\n\n" +
		"Tomas: Sir, Tomas from Harbour Daily. The port was closed this morning. We want clarity on that.\n\n" +
		"Ms. Lena Ruiz, Official Spokesperson: This is at the northern port?\n\n" +
		"Tomas: Yes, the northern port.\n\n" +
		"Ana Berg: Ana Berg from the Coast Times. The minister met the union yesterday. I was wondering if you could say something on that.\n\n" +
		"Ms. Lena Ruiz, Official Spokesperson: This is about the union?\n\n" +
		"Ana Berg: Yes.\n\n" +
		"Ms. Lena Ruiz, Official Spokesperson: The port will reopen on Monday. We have asked the union to return to talks."
	got := describe(doc)
	want := []string{"question", "question", "question", "question"}
	var qs []string
	for k, g := range got {
		if strings.HasPrefix(g, "question") {
			qs = append(qs, strings.Fields(g)[0])
			if k != 2 && k != 4 && k != 5 && k != 7 {
				t.Errorf("paragraph %d is a question: %q", k, g)
			}
		}
	}
	if fmt.Sprint(qs) != fmt.Sprint(want) || !strings.Contains(got[8], "turn:label [Ms. Lena Ruiz, Official Spokesperson]") ||
		!strings.Contains(got[5], "[Ana Berg]") {
		t.Errorf("\n  got %q", got)
	}
	// near miss: a name over a section about him
	got = describe("Candidates\n\nMarco Vidal: Two years ago, Senator Marco Vidal of Osland proposed a port tax.\n\nAna Berg: Ana Berg proposed none.")
	for _, g := range got {
		if strings.Contains(g, "turn:") {
			t.Errorf("near miss: a turn found\n  got %q", got)
		}
	}
}
