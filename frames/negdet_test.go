package frames

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestNegativeDeterminerOnInfinitiveNoun checks, on sentences written for the rule and parsed by
// the embedded models, that a negative determiner on the noun an infinitival cue completes
// negates the cue ("has no plans to impose tariffs" asserts no threat), and that the same noun
// without it still asserts the stance.
func TestNegativeDeterminerOnInfinitiveNoun(t *testing.T) {
	lx, sm := lexiconAndParser(t)
	for _, c := range []struct {
		text     string
		typ      graph.RelType
		asserted bool
	}{
		{"Norway has no plans to impose tariffs on Chinese solar panels.", graph.Threatens, false},
		{"Norway has plans to impose tariffs on Chinese solar panels.", graph.Threatens, true},
		{"Brazil has no intention of lifting its sanctions on Venezuela.", graph.Offers, false},
		{"The Kenyan government has no intention to lift the ban on Ugandan sugar.", graph.Offers, false},
	} {
		toks := parsed(sm, c.text)
		ms := lx.Match(toks)
		asserted := false
		for _, m := range ms {
			if m.Type == c.typ && m.Asserts() {
				asserted = true
			}
		}
		if asserted != c.asserted {
			t.Errorf("%s: %s asserted %v, want %v;%s", c.text, c.typ, asserted, c.asserted, describe(toks, ms))
		}
	}
}

// TestDeclinedCommentIsNoRefusal: "will not" before a verb of saying or of thinking aloud declines
// comment (CAMEO 011), while before an act it is a refusal (OPPOSES).
func TestDeclinedCommentIsNoRefusal(t *testing.T) {
	lx, sm := lexiconAndParser(t)
	for _, c := range []struct {
		text    string
		refusal bool
	}{
		{"The minister said she will not speculate about countermeasures.", false},
		{"Chile will not comment on the talks with Peru.", false},
		{"Chile will not sign the fisheries agreement with Peru.", true},
	} {
		toks := parsed(sm, c.text)
		ms := lx.Match(toks)
		got := false
		for _, m := range ms {
			if m.Type == graph.Opposes && m.Asserts() && strings.Contains(m.Rule, "-refusal") {
				got = true
			}
		}
		if got != c.refusal {
			t.Errorf("%s: refusal %v, want %v;%s", c.text, got, c.refusal, describe(toks, ms))
		}
	}
}
