package discourse

import (
	"strings"
	"testing"
)

// TestRefusalShapes: the overt refusal to answer in shapes furniture.txt does not list, after a
// fronted adjunct of respect or not (new-user trial of session 14, finding 2: "As for the specific
// arrangements, I have no information to release at the moment." was a claim). Invented wordings;
// near misses that state a position or give information must stay sentences of the speaker.
func TestRefusalShapes(t *testing.T) {
	for _, s := range []string{
		"As for the specific arrangements, I have no information to release at the moment.",
		"Regarding the date of the visit, we have nothing to announce today.",
		"With regard to your second question, I don't have any further details.",
		"On the trade talks, we don't have anything more to share at this point.",
		"I have no further details on the schedule.",
		"We do not have any specific information about the vessel.",
		"I have nothing to offer on that.",
		"We've no new information.",
		"I'm not in a position to comment on the negotiations.",
		"We are not in a position to confirm those reports.",
		"As to the minister's travel, I don't have anything for you.",
		"Well, I have nothing more.",
	} {
		if !Furniture(s) {
			t.Errorf("%q: a refusal to answer, not furniture", s)
		}
	}
	for _, s := range []string{
		"As for the tariffs, we firmly oppose them.",
		"I have further details on the aid package: it doubles next year.",
		"I have no doubt that the talks will succeed.",
		"We have nothing against the new rules.",
		"We don't have the resources to police the border.",
		"On trade, welcome steps were taken by both sides last week.",
		"Regarding the sanctions, the government has no plans to lift them.",
		"I am not convinced by the evidence.",
		"We have no intention of leaving the alliance.",
		"I have no further details, but we firmly oppose the new duties.",
		"As for the talks, I have no information to release, but China firmly opposes the duties.",
	} {
		if Furniture(s) {
			t.Errorf("%q: a statement of the speaker read as furniture", s)
		}
	}
}

// TestSeparatorParagraph: a paragraph that holds only a separator line ("___", the AP's rule
// between a story and its notes, left by scrapers) is no turn and does not stop the analysis
// (dev14 D08 panicked in timestampEnd on its empty token list).
func TestSeparatorParagraph(t *testing.T) {
	text := "Talks stall in Bonn\n\nBONN (AP) — Delegates argued on Monday.\n\n___\n\nThe talks resume on Tuesday."
	var paras []Para
	start := 0
	for _, p := range strings.Split(text, "\n\n") {
		n := len([]rune(p))
		paras = append(paras, Para{Start: start, End: start + n, Text: p})
		start += n + 2
	}
	us := Analyze(paras)
	if len(us) != len(paras) || us[2].Role != Narrative {
		t.Errorf("units %+v", us)
	}
}
