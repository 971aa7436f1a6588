package loader

import "testing"

// TestPurposeSpeechActLoaded (issue 13): a protest or demand named as the purpose of another act
// is the source's (frames verbalAct); under a future governor it is only announced, and a
// purpose infinitive gives no relation then (purpose, relation_frames.go).
func TestPurposeSpeechActLoaded(t *testing.T) {
	frames10Expect(t, []struct{ text, want string }{
		{"Ghana summoned the Togolese envoy to denounce the attack on its border post.", "OPPOSES Ghana -> attack"},
		{"Ghana will summon the Togolese envoy to denounce the attack on its border post.", "!OPPOSES Ghana"},
	})
}

// TestCallConvene (issue 13): "call" with an indefinite object alone is the convene/announce
// sense ("called a snap election", "called an emergency session"), which reports no speech;
// object + complement is speech ("called the verdict a travesty").
func TestCallConvene(t *testing.T) {
	for _, c := range []struct {
		text  string
		claim bool
	}{
		{"The Danish prime minister called a snap election for June.", false},
		{"The parliament's speaker called an emergency session on the budget.", false},
		{"Bolivia called the verdict a travesty of justice.", true},
	} {
		g := extractText(t, c.text)
		got := false
		for _, r := range g.Relations {
			got = got || r.Type == "CLAIMS"
		}
		if got != c.claim {
			t.Errorf("%s: CLAIMS %v, want %v; %v", c.text, got, c.claim, foundRelations(g, view(g)))
		}
	}
}

// TestNounComplementTarget (issue 13): a cue noun's own prepositional complement, which the
// parser hung on the verb, stays in the target phrase ("rejected appeals for a recount").
func TestNounComplementTarget(t *testing.T) {
	frames10Expect(t, []struct{ text, want string }{
		{"Georgia rejected appeals for a recount.", "OPPOSES Georgia -> appeals for a recount"},
		{"Chile rejected the demand for an apology.", "OPPOSES Chile -> demand for an apology"},
	})
}
