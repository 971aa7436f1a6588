package loader

import (
	"testing"
)

// Issue 13, frames18 (blind round 8 error classes; sentences written for these tests).

// TestFrames18AttitudeHolder (class 1): a verb of believing, expecting, predicting, hoping or
// fearing over a that-clause or an actor object + to-infinitive gives its subject CLAIMS of the
// content (speech.txt kind attitude); a bare-plural common-noun subject is an unnamed GROUP
// (actor_structure.go attitudeHolder, actor_unnamed.go). A subject-controlled infinitive ("hopes
// to meet") states an intent and no claim.
func TestFrames18AttitudeHolder(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Egyptian farmers fear that Sudan will impose tariffs on barley.", "CLAIMS farmers -> Sudan will impose"},
		{"Shopkeepers reckon the city council will raise the harbour fees.", "CLAIMS shopkeepers -> raise the harbour fees"},
		{"Kenya fears that Uganda will expel its diplomats.", "CLAIMS Kenya -> Uganda will expel"},
		{"Brazil expects Argentina to lift the import quotas.", "CLAIMS Brazil -> Argentina to lift"},
		{"Analysts predict that Chile will sanction the copper mines.", "CLAIMS analysts -> Chile will sanction"},
		{"Many economists believe Canada will retaliate against the duties.", "CLAIMS economists -> Canada will retaliate"},
		{"The Peruvian ministry hopes that Bolivia will withdraw its troops.", "CLAIMS Peru -> Bolivia will withdraw"},
	} {
		g := extractText(t, c.text)
		if _, full := goldLineHit(g, view(g), c.want); !full {
			t.Errorf("%s: want %s; found %v", c.text, c.want, foundRelations(g, view(g)))
		}
	}
	for _, text := range []string{
		"Norway hopes to meet the Danish delegation in May.",
		"Chile expects to sign the fisheries accord next week.",
		"Chile expects copper sales to grow next year.",
	} {
		g := extractText(t, text)
		for _, r := range g.Relations {
			if r.Type == "CLAIMS" {
				t.Errorf("%s: want no CLAIMS, found %v", text, foundRelations(g, view(g)))
			}
		}
	}
}
