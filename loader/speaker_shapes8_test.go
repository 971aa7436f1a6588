package loader

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestTurnClaimsHaveNoCue: a claim a turn or statement block gives its speaker has no cue word
// (the unit says who speaks), so its evidence carries no cue and no cue offsets, while a
// reported claim keeps its speech verb.
func TestTurnClaimsHaveNoCue(t *testing.T) {
	g := extractText(t, "Regular Press Conference of Foreign Ministry Spokesperson Ana Ruiz on May 3, 2024\n\n"+
		"Q: Will the fishing dispute be settled soon?\n\n"+
		"A: Such accusations about our fleet are groundless. Our fishermen have complied with every quota.\n\n"+
		"Q: Has Peru responded?\n\n"+
		"A: Peru's Trade Minister Tomas Quiroga said that the quota system would stay in force until next year.")
	turn, reported := 0, 0
	for _, r := range g.Relations {
		if r.Type != graph.Claims {
			continue
		}
		for _, ev := range r.Evidence {
			switch {
			case strings.HasPrefix(ev.Rule, "turn:"):
				turn++
				if ev.Cue != "" || ev.CueEnd != 0 {
					t.Errorf("turn claim %q has cue %q (%d..%d)", ev.Text, ev.Cue, ev.CueStart, ev.CueEnd)
				}
			case ev.Rule == "speech:reported":
				reported++
				if ev.Cue == "" {
					t.Errorf("reported claim %q lost its cue", ev.Text)
				}
			}
		}
	}
	if turn == 0 || reported == 0 {
		t.Fatalf("want turn and reported claims, have %d and %d", turn, reported)
	}
}

// TestSurnameLabels: a one-word turn label in capitals is a surname in a transcript (near
// misses: a common word naming a part in the talk, a body a dictionary knows, a label outside a
// transcript).
func TestSurnameLabels(t *testing.T) {
	runCases(t, []exCase{
		{"surname", "Briefing on Regional Security\n\nMODERATOR: Good morning.\n\nSADOWSKA: We oppose the new tariffs on Polish steel.\n\nQUESTION: Will you retaliate?\n\nSADOWSKA: We reject any retaliation talk.",
			[]string{"PERSON Sadowska", "OPPOSES Sadowska -> new tariffs", "!ORGANIZATION SADOWSKA"}},
		{"full name in the text", "Briefing with Deputy Minister Ewa Sadowska\n\nMODERATOR: Good morning.\n\nSADOWSKA: We oppose the new tariffs on Polish steel.\n\nQUESTION: Will you retaliate?",
			[]string{"OPPOSES Ewa Sadowska -> new tariffs", "!PERSON Sadowska"}},
		{"common word", "Briefing on Regional Security\n\nMODERATOR: Good morning.\n\nINTERPRETER: We oppose the new tariffs on Polish steel.\n\nQUESTION: Will you retaliate?",
			[]string{"!PERSON Interpreter"}},
		{"known body", "Briefing on Trade\n\nMODERATOR: Good morning.\n\nNATO: We support the new defense budget.\n\nQUESTION: Will you retaliate?",
			[]string{"!PERSON Nato"}},
	})
}

// TestBlockQuoteClaimsHaveNoCue: a statement given in quotation marks, marked only at its two
// ends across three paragraphs, is its author's in every paragraph, and those claims carry no cue
// word (the block says who speaks), as turn claims do.
func TestBlockQuoteClaimsHaveNoCue(t *testing.T) {
	g := extractText(t, "Fisheries Statement\n\n"+
		"Trade Minister Lena Varga released the following statement:\n\n"+
		"\"We reject the new catch limits. They would close half of our harbours.\n\n"+
		"The limits ignore the scientists' own survey.\n\n"+
		"Our fleet has met every quota since 2019.\"\n\n"+
		"The commission did not comment.")
	block := 0
	for _, r := range g.Relations {
		if r.Type != graph.Claims {
			continue
		}
		for _, ev := range r.Evidence {
			if ev.Rule != "block:statement" {
				continue
			}
			block++
			if ev.Cue != "" || ev.CueEnd != 0 {
				t.Errorf("block claim %q has cue %q", ev.Text, ev.Cue)
			}
			if strings.Contains(ev.Text, "commission") {
				t.Errorf("narration after the closing mark is in the block: %q", ev.Text)
			}
		}
	}
	if block < 3 {
		t.Errorf("want the claims of all three paragraphs, have %d", block)
	}
}
