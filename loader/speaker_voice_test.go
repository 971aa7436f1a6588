package loader

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/claims"
	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/speakers"
)

// TestSentenceVoice: every sentence of an invented briefing, statement and joint statement knows
// who speaks it (sentenceVoice), so that a later stage can credit its stance cues to the speaker;
// questions and the story's own voice have none.
func TestSentenceVoice(t *testing.T) {
	cases := []struct {
		text string
		want map[string]string // opening words of a sentence → "speaker|rule", "" for none
	}{
		{"Foreign Ministry Spokesperson Mira Talven's Regular Press Conference on May 6, 2031\n\n" +
			"Q: Lusitania raised tariffs on Serran cars yesterday. What is your response?\n\n" +
			"A: We firmly oppose the unilateral tariffs imposed by Lusitania. Our position is clear.",
			map[string]string{"Lusitania raised": "", "What is your": "", "We firmly oppose": "Mira Talven|turn:answer",
				"Our position": "Mira Talven|turn:answer"}},
		{"Senator rejects budget deal\n\n" +
			"Senator Ruth Calder voted against the budget deal on Thursday night. Afterwards she issued the following statement:\n\n" +
			"\"This budget cuts funding for rural hospitals by a quarter. We will fight it in the next session.\"\n\n" +
			"The budget passed by 54 votes to 46.",
			map[string]string{"Senator Ruth Calder voted": "", "\"This budget": "Ruth Calder|block:statement",
				"We will fight": "Ruth Calder|block:statement", "The budget passed": ""}},
		{"Joint Statement of Norway and Iceland on Fisheries Cooperation\n\n" +
			"The Parties agreed to extend the joint fishing zone in the Kessa Sea for a further five years.",
			map[string]string{"The Parties agreed": "Norway+Iceland|title:speaker"}},
	}
	for _, c := range cases {
		d := resolvedDoc(t, input.Document{Source: "test", Text: c.text})
		claims.Find(d.Doc)
		seen := map[string]bool{}
		for i, st := range d.Sents {
			for open, want := range c.want {
				if !strings.Contains(st.S.Text, open) {
					continue
				}
				seen[open] = true
				es, rule := speakers.SentenceVoice(d.Doc, i)
				var names []string
				for _, e := range es {
					names = append(names, e.Name)
				}
				have := ""
				if len(es) > 0 {
					have = strings.Join(names, "+") + "|" + rule
				}
				if have != want {
					t.Errorf("%q: voice %q, want %q", st.S.Text, have, want)
				}
			}
		}
		for open := range c.want {
			if !seen[open] {
				t.Errorf("no sentence opens with %q", open)
			}
		}
	}
}
