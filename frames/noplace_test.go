package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestNoPlaceJudgement: "<NP> has no place in <NP>" condemns what the subject names (CAMEO 111,
// noplace.go), in the speaker's own clause (no source) or under a verb of saying (its subject).
// Near misses: "has a place in" (no negation), "no place" with no in-phrase ("We found no place
// to stay"), and a place of the literal sense with another verb.
func TestNoPlaceJudgement(t *testing.T) {
	lx, sm := lexiconAndParser(t)
	cases := []struct {
		text, src, tgt string
		want           bool
	}{
		{"Racism has no place in our schools.", "", "Racism", true},
		{"Norway said hate speech has no place in a free society.", "Norway", "speech", true},
		{"The minister said that corruption has no place in public life.", "minister", "corruption", true},
		{"Diplomacy has a place in any settlement.", "", "Diplomacy", false},
		{"The refugees have no place to stay.", "", "refugees", false},
		{"The team took no place in the final ranking.", "", "team", false},
	}
	for _, c := range cases {
		toks := parsed(sm, c.text)
		found := false
		for _, m := range lx.Judgements(toks, func(string) int { return 0 }) {
			if m.Type == graph.Opposes && form(toks, m.Source) == c.src && form(toks, m.Target) == c.tgt && lx.KnownRule(m.Rule) {
				found = true
			}
		}
		if found != c.want {
			t.Errorf("%s: OPPOSES %q→%q = %v, want %v", c.text, c.src, c.tgt, found, c.want)
		}
	}
}

// TestPossessedSupport: "<NP> has <possessor>'s support" makes the possessor support the subject
// (Quirk et al. 1985, 17.41, the subjective genitive of a noun of action). Near misses: a negated
// "have", a determiner that is no possessor, and "support" after another verb.
func TestPossessedSupport(t *testing.T) {
	lx, sm := lexiconAndParser(t)
	cases := []struct {
		text, src, tgt string
		want           bool
	}{
		{"The striking nurses have our support.", "our", "nurses", true},
		{"Ukraine has Japan's full backing.", "Japan", "Ukraine", true},
		{"The flood victims have our solidarity.", "our", "victims", true},
		{"The plan does not have our support.", "our", "plan", false},
		{"The plan has some support in parliament.", "", "plan", false},
		{"We expressed our support for the plan.", "our", "We", false},
	}
	for _, c := range cases {
		toks := parsed(sm, c.text)
		found := false
		for _, m := range lx.Judgements(toks, func(string) int { return 0 }) {
			if m.Type == graph.Supports && form(toks, m.Source) == c.src && form(toks, m.Target) == c.tgt && lx.KnownRule(m.Rule) {
				found = true
			}
		}
		if found != c.want {
			t.Errorf("%s: SUPPORTS %q→%q = %v, want %v", c.text, c.src, c.tgt, found, c.want)
		}
	}
}
