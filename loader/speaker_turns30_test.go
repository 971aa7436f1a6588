package loader

import (
	"fmt"
	"slices"
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// Session 30: speakers of real transcript layouts (bench/dev30tx). Invented wordings.

// claimedBy fails t unless a CLAIMS relation on the sentence opening with opening has want among
// its sources (want "": any or none), and none has notWant.
func claimedBy(t *testing.T, name string, d input.Document, opening, want, notWant string) {
	t.Helper()
	got := claimSourcesOf(extractDoc(t, d), opening)
	if want != "" && !slices.Contains(got, want) || notWant != "" && slices.Contains(got, notWant) {
		t.Errorf("%s: %q claimed by %q, want %q, not %q", name, opening, got, want, notWant)
	}
}

// TestTitlePhraseLabel: "NATO Secretary General:" under "Press conference by NATO Secretary
// General Lars Vik …" is Lars Vik, not NATO (speakers/titlephrase.go). Must-not: a label naming
// the body alone ("NATO:") is the body's turn still, not the Secretary General's.
func TestTitlePhraseLabel(t *testing.T) {
	head := "Press conference by NATO Secretary General Lars Vik following the meeting of Defence Ministers\n\n(As delivered)\n\n" +
		"Good afternoon. Ministers agreed to boost air defences.\n\nQuestion [Reuters]: Will NATO send troops to Veldland?\n\n"
	claimedBy(t, "office label", input.Document{Source: "nato1.txt", Text: head + "NATO Secretary General: Supporting Veldland is in our own security interest."},
		"Supporting Veldland is in our own security interest", "Lars Vik", "NATO")
	claimedBy(t, "body label", input.Document{Source: "nato2.txt", Text: head + "NATO: Supporting Veldland is in our own security interest."},
		"Supporting Veldland is in our own security interest", "", "Lars Vik")
}

// TestMultiwordOfficeLabel: "FOREIGN MINISTER:" after "ANA LUND, FOREIGN MINISTER:" is Ana Lund: an
// office of several words (titles.txt's "foreign minister") is an office only (OfficeOnly).
// Must-not: "FOREIGN POLICY:" names no office, and its words are nobody's.
func TestMultiwordOfficeLabel(t *testing.T) {
	doc := "Doorstop interview\n\nTranscript, E&OE\n\nANA LUND, FOREIGN MINISTER: Veldland condemns the detention of the journalist.\n\n" +
		"JOURNALIST: Will you impose sanctions?\n\n%s: We are considering further targeted sanctions against the regime."
	claimedBy(t, "office", input.Document{Source: "door1.txt", Text: fmt.Sprintf(doc, "FOREIGN MINISTER")}, "We are considering further targeted sanctions", "Ana Lund", "")
	claimedBy(t, "no office", input.Document{Source: "door2.txt", Text: fmt.Sprintf(doc, "FOREIGN POLICY")}, "We are considering further targeted sanctions", "", "Ana Lund")
}

// TestOfficeBylineHolder: the Korean ministry's header line "Spokesperson and Deputy Minister for
// Public Relations Lee Ha-eun" names Lee Ha-eun: the capitalized portfolio after "for" is the
// office's (officeComplement). Must-not: a one-word portfolio ("Minister for Africa Tom Reid")
// still leaves a two-word name.
func TestOfficeBylineHolder(t *testing.T) {
	body := "\n\nMay 8, 2031  14:30  KST\n\nGood afternoon.\n\n[Q&A]\n\nQ: What is the ministry's position on the launch?\n\nA: The government strongly condemns the missile launch by the North."
	claimedBy(t, "korea", input.Document{Source: "kr.txt", Title: "Spokesperson's Press Briefing (May 8, 2031)", Text: "Spokesperson's Press Briefing (May 8, 2031)\n\nPress Briefing\n\nSpokesperson and Deputy Minister for Public Relations Lee Ha-eun" + body},
		"The government strongly condemns the missile launch", "Lee Ha-eun", "Relations Lee Ha-eun")
	claimedBy(t, "africa", input.Document{Source: "uk.txt", Text: "Statement by Minister for Africa Tom Reid on the Sudan talks\n\nThe United Kingdom welcomes the truce in Sudan and urges both parties to keep it."},
		"The United Kingdom welcomes the truce", "Tom Reid", "")
}

// TestUnnamedSpokespersonOffice: under "… Briefing by the Spokesperson …" that never names him, the
// opening statement and the answers are the office's, the publisher's state, not a body the
// opening statement mentions last (spokesTitleOffice, briefingOffice's header lines ending at the
// first sentence). Must-not: a title naming the spokesperson ("… by Spokesperson Ana Lund") keeps
// her as the speaker.
func TestUnnamedSpokespersonOffice(t *testing.T) {
	body := "\n\n[This is a rush transcript.]\n\nLet me begin with the visit of the Foreign Minister to the meeting of the Council of Ministers of the Harbor Cooperation Organization.\n\n" +
		"Ghana rejects the remarks made by the Osland Defence Minister about the border.\n\nQuestion: Is the crossing open?\n\nAnswer: We want the crossing to reopen for trade as early as possible."
	d := input.Document{Source: "vl.txt", Outlet: "Ministry of Foreign Affairs, Government of Ghana", URL: "https://mofa.gov.gh/transcript-weekly-briefing",
		Text: "Transcript of the Weekly Media Briefing by the Spokesperson on Friday, 21 March 2031" + body}
	claimedBy(t, "unnamed", d, "We want the crossing to reopen", "Ghana", "Council of Ministers of the Harbor Cooperation Organization")
	d.Text = "Transcript of the Weekly Media Briefing by Spokesperson Ana Lund on Friday, 21 March 2031" + body
	claimedBy(t, "named", d, "We want the crossing to reopen", "Ana Lund", "")
}

// TestHansardMembers: a Hansard debate's members claim their own words, questions' preambles
// included (discourse hansard.go). Must-not: "Hon. Members: Hear, hear!" is nobody's claim, not
// the Prime Minister's whose turn it follows.
func TestHansardMembers(t *testing.T) {
	doc := "Engagements\n\nQ1. Mr Alan Moss (Leeds North) (Lab)\n\nIf he will list his official engagements.\n\nThe Prime Minister (Rachel Hale)\n\nThis morning I had meetings with colleagues.\n\n" +
		"Mr Moss\n\nThe last Government left the hospitals of Leeds in ruins. Will the Prime Minister fund the new clinic?\n\n" +
		"The Prime Minister\n\nWe have cut waiting lists for six months in a row.\n\nHon. Members: Hear, hear!"
	d := input.Document{Source: "hansard.txt", Text: doc}
	claimedBy(t, "member", d, "The last Government left the hospitals of Leeds in ruins", "Alan Moss", "")
	claimedBy(t, "minister", d, "We have cut waiting lists", "Rachel Hale", "")
	claimedBy(t, "cheer", d, "Hear, hear", "", "Rachel Hale")
}

// TestCNNGuestLabel: CNN's first label of a guest or of a clip's speaker, "GEN. OWEN PIKE (RET.),
// SECRETARY OF DEFENSE:", names Owen Pike: the abbreviated title before the name and the
// parenthesis after it are no words of the name (speakers/broadcast.go namedBeforeComma).
// Must-not: no person is named with the parenthesis ("Rita Voss (D)").
func TestCNNGuestLabel(t *testing.T) {
	doc := "CNN NEWSROOM\n\nTHIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.\n\n" +
		"ANNA COLE, CNN ANCHOR: Welcome back. Senator Rita Voss of Oregon joins us.\n\nSEN. RITA VOSS (D), OREGON: Thanks, Anna.\n\n" +
		"COLE: Here is the Secretary of Defense this morning.\n\n(BEGIN VIDEO CLIP)\n\n" +
		"GEN. OWEN PIKE (RET.), SECRETARY OF DEFENSE: We will not withdraw our ships from the strait while our sailors are under threat.\n\n" +
		"(END VIDEO CLIP)\n\nCOLE: Senator?\n\nVOSS: Cutting the patrols now would reward the attackers."
	d := input.Document{Source: "cnn.txt", Text: doc}
	claimedBy(t, "clip", d, "We will not withdraw our ships", "Owen Pike", "CNN")
	claimedBy(t, "guest", d, "Cutting the patrols now would reward", "Rita Voss", "Rita Voss (D)")
}
