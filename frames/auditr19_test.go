package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestSubjectByAgent (issue 13, auditR19): a noun cue heading a clause's subject takes for source
// the name in the by-phrase the parser hung on the active verb, when the phrase stands between
// the subject and the verb (subjectByAgent; Quirk et al. 1985, 17.51–17.54 and 8.16–8.21). Near
// misses: a by-phrase after the verb (the verb's adjunct), one set off by commas, a by-phrase of
// time, and a passive verb, whose by-phrase is its own agent.
func TestSubjectByAgent(t *testing.T) {
	lx, sm := lexiconAndParser(t)
	for _, c := range []struct {
		text string
		typ  graph.RelType
		src  string
		want bool
	}{
		{"The criticism of Israel by Canada surprised diplomats.", graph.Opposes, "Canada", true},
		{"The denunciation of the mass arrests by Canada surprised diplomats.", graph.Opposes, "Canada", true},
		{"The rebuke of Pakistan by Canada surprised diplomats.", graph.Opposes, "Canada", true},
		{"The complaint about the border closures by Canada surprised diplomats.", graph.Opposes, "Canada", true},
		{"The defiance of the United Nations sanctions by Canada surprised diplomats.", graph.Opposes, "Canada", true},
		// near misses
		{"The criticism of Israel surprised diplomats by Friday.", graph.Opposes, "Friday", false},
		{"The criticism of Israel, by Canada's own account, surprised diplomats.", graph.Opposes, "Canada", false},
		{"The criticism of Israel was published by Reuters.", graph.Opposes, "Reuters", false},
		{"The criticism of Israel spread quickly through Europe.", graph.Opposes, "Europe", false},
	} {
		toks := parsed(sm, c.text)
		got := false
		for _, m := range lx.Match(toks) {
			if m.Type == c.typ && !m.Negated && form(toks, m.Source) == c.src {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: %s from %s: want %v;%s", c.text, c.typ, c.src, c.want, describe(toks, lx.Match(toks)))
		}
	}
}

