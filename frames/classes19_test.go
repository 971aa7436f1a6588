package frames

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestPenaltyWarning (issue 13, classes19 class 2): a verb of saying, warning or vowing whose
// that-clause says a named party will undergo a penalty (would pay a price, would regret, would
// face consequences, there would be consequences for X) threatens that party
// (warning_penalty.go). Near misses: no penalty, a payment, a pronoun (the speaker's own
// hardship), a penalty already suffered, a common-noun subject.
func TestPenaltyWarning(t *testing.T) {
	lx, sm := lexiconAndParser(t)
	for _, c := range []struct {
		text, src, tgt string
		want           bool
	}{
		{"Tehran vowed that Washington would pay a heavy price for the strike.", "Tehran", "Washington", true},
		{"Ankara warned that Athens would pay a price for its provocations.", "Ankara", "Athens", true},
		{"Moscow warned that Warsaw would regret hosting the missiles.", "Moscow", "Warsaw", true},
		{"Riyadh threatened that Doha would regret its choice.", "Riyadh", "Doha", true},
		{"Pyongyang warned that Seoul would face grave consequences.", "Pyongyang", "Seoul", true},
		{"Beijing said there would be consequences for Vilnius if it went ahead.", "Beijing", "Vilnius", true},
		{"Moscow warned there would be serious repercussions for Helsinki.", "Moscow", "Helsinki", true},
		// near misses
		{"Moscow warned that prices would rise.", "Moscow", "prices", false},
		{"Tehran said that Washington would pay compensation to the families.", "Tehran", "Washington", false},
		{"Hamas said it would pay a heavy price.", "Hamas", "it", false},
		{"Moscow said Kyiv had paid a heavy price for the offensive.", "Moscow", "Kyiv", false},
		{"The minister said exporters would pay a heavy price.", "minister", "exporters", false},
		{"The minister said there would be consequences for the economy.", "minister", "economy", false},
	} {
		toks := parsed(sm, c.text)
		got := false
		for _, m := range lx.Match(toks) {
			if m.Type == graph.Threatens && strings.Contains(m.Rule, "/penalty/") && form(toks, m.Source) == c.src && form(toks, m.Target) == c.tgt {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: THREATENS %s→%s: want %v;%s", c.text, c.src, c.tgt, c.want, describe(toks, lx.Match(toks)))
		}
	}
}

// TestLobbiedToInfinitive (issue 13, classes19 class 5): "lobbied X to V" asks X to act, CAMEO.2.0.txt
// LOBBY * (FOR) [020], a DEMANDS with the infinitive as target (cue-classes.txt verb lobby).
// Near misses: "lobbied X on N" and "lobbied X" name no act (the dictionary's base LOBBY is [---]).
func TestLobbiedToInfinitive(t *testing.T) {
	lx, sm := lexiconAndParser(t)
	for _, c := range []struct {
		text, src, tgt string
		want           bool
	}{
		{"France lobbied Germany to back the new fiscal rules.", "France", "back", true},
		{"The Baltic states lobbied Washington to send more troops.", "states", "send", true},
		{"Kenya has lobbied Ethiopia to share the dam's water.", "Kenya", "share", true},
		// near misses
		{"France lobbied Germany on the fiscal rules.", "France", "", false},
		{"Industry groups lobbied lawmakers in Brussels.", "groups", "", false},
	} {
		toks := parsed(sm, c.text)
		got := false
		for _, m := range lx.Match(toks) {
			if m.Type == graph.Demands && form(toks, m.Source) == c.src && (c.tgt == "" || form(toks, m.Target) == c.tgt || form(toks, m.Content) == c.tgt) {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: DEMANDS %s→%s: want %v;%s", c.text, c.src, c.tgt, c.want, describe(toks, lx.Match(toks)))
		}
	}
}
