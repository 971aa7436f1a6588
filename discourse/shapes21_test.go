package discourse

import (
	"fmt"
	"testing"
)

// TestBroadcastHostAndCues: "NAME, CNN ANCHOR:" and "NAME, HOST:" open the moderator's turns, and
// the host's later "SURNAME:" labels keep that role; "(BEGIN VIDEO CLIP)" and "(COMMERCIAL
// BREAK)" are furniture that end the turn, while "(LAUGHTER)" is an aside inside it; a guest's
// "NAME, DESCRIPTION:" stays a named speaker's turn. Invented wordings.
func TestBroadcastHostAndCues(t *testing.T) {
	doc := "World Report\n\n" +
		"MARIA SOTO, CNN ANCHOR: Welcome back.\n\n" +
		"OMAR HADID, FORMER TRADE MINISTER: The tariffs will hurt our farmers.\n\n" +
		"(LAUGHTER)\n\n" +
		"SOTO: Here is the minister on Monday.\n\n" +
		"(BEGIN VIDEO CLIP)\n\n" +
		"The tariffs stay.\n\n" +
		"(COMMERCIAL BREAK)\n\n" +
		"HADID: They will not stay."
	wantUnits(t, doc, []string{"-", "moderator turn:moderator [MARIA SOTO, CNN ANCHOR]", "turn turn:label [OMAR HADID, FORMER TRADE MINISTER]",
		"turn turn:label [OMAR HADID, FORMER TRADE MINISTER]", "moderator turn:moderator [SOTO]", "- *", "-", "- *", "turn turn:label [HADID]"})
	for _, c := range []struct {
		text string
		cue  bool
	}{{"(BEGIN VIDEOTAPE)", true}, {"(END AUDIO CLIP)", true}, {"(SOUNDBITE OF ARCHIVED RECORDING)", true},
		{"(LAUGHTER)", false}, {"(CROSSTALK)", false}, {"(Begin with the budget)", false}} {
		if recordingCue(c.text) != c.cue {
			t.Errorf("recordingCue(%q) = %v", c.text, !c.cue)
		}
	}
}

// TestTimestampedLabels: a recording's timestamp before the label ("[00:00:31] Ana Ruiz:",
// "(01:02:15) HOST:", "00:14:02 Ana Ruiz:") leaves the label read; a paragraph that opens with a
// clock time and no label ("10:30 The meeting began.") has none, nor has a live blog's entry
// ("10:30 GMT: …"). Invented wordings.
func TestTimestampedLabels(t *testing.T) {
	doc := "Episode 4\n\n[00:00:05] Leo Brandt: Welcome back. My guest is Ana Ruiz.\n\n" +
		"[00:00:31] Ana Ruiz: The tax is lower than the royalties in Peru.\n\n" +
		"(01:02:15) HOST: Are the miners right?\n\n" +
		"00:14:02 Ana Ruiz: They are not.\n\n" +
		"10:30 The meeting began."
	wantUnits(t, doc, []string{"-", "turn turn:label [Leo Brandt]", "turn turn:label [Ana Ruiz]", "moderator turn:moderator [HOST]", "turn turn:label [Ana Ruiz]", "turn turn:label [Ana Ruiz]"})
	// a live blog's entries open with a time of day and a zone: no label "GMT"
	wantUnits(t, "Live: talks in Geneva\n\n10:30 GMT: The minister said the talks would resume.\n\n11:05 GMT: The delegations broke for lunch.\n\n11:40 GMT: The talks resumed.", []string{"-", "-", "-", "-"})
}

// TestSeenReportsFurniture: the receipt of a question's premise ("We have seen the reports.",
// "We have noted the relevant reports in this regard.") is furniture; a report named in full
// stays a sentence. Invented wordings.
func TestSeenReportsFurniture(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"We have seen the reports.", true},
		{"We have noted the relevant reports in this regard.", true},
		{"Okay, we have seen the media reports.", true},
		{"We have seen the reports that the army shelled the border villages of Kashmir.", false},
	} {
		if Furniture(c.s) != c.want {
			t.Errorf("Furniture(%q) = %v", c.s, !c.want)
		}
	}
}

// TestMarkdownStrongLabels: Markdown's strong emphasis around a label or heading ("**Lin Yuan:**",
// "__Q:__", "**Press Briefing by …**") is typography: the label and the title's speaker are read
// as without it; a single "*" stays a word's mark. Invented wordings.
func TestMarkdownStrongLabels(t *testing.T) {
	doc := "**Press Briefing by MOFA Spokesperson Lin Yuan, 4 June 2031**\n\n" +
		"**Lin Yuan:** Good afternoon. The minister will visit Hanoi next week.\n\n" +
		"__Q:__ Will China suspend the fishing ban?\n\n" +
		"**Lin Yuan:** The ban is a routine measure.*"
	wantUnits(t, doc, []string{"- title:speaker [MOFA Spokesperson Lin Yuan] *", "turn turn:label [Lin Yuan]", "question turn:question [Q]", "turn turn:label [Lin Yuan]"})
}

// wantUnits fails t when describe(doc) is not want.
func wantUnits(t *testing.T, doc string, want []string) {
	t.Helper()
	if got := describe(doc); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("\n  got %q\n want %q", got, want)
	}
}
