package frames

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestAddresseeAdvised (issue 13, args26): a warning by a verb of advising (VerbNet 3
// advise-37.9, "NP V NP.recipient that S") whose that-clause is an agentless passive is aimed at
// its named addressee alone: no content clause, the rule "+addressee" (known to KnownRule). An
// active clause, a passive with its by-agent, and an addressee that is no name keep the clause as
// content (the repository's convention: the act with its own subject).
func TestAddresseeAdvised(t *testing.T) {
	lx, sm := lexiconAndParser(t)
	for _, c := range []struct {
		text, src, tgt string
		want           bool
	}{
		{"Azerbaijan cautioned Armenia that new positions near the border would be treated as a provocation.", "Azerbaijan", "Armenia", true},
		{"Kenya warned Somalia that the convoys would be stopped at the border.", "Kenya", "Somalia", true},
		{"Norway warned Sweden that further tests would end the talks.", "Norway", "Sweden", false},
		{"Kenya warned Somalia that the convoys would be stopped by the army.", "Kenya", "Somalia", false},
		{"Kenya warned the traders that the convoys would be stopped at the border.", "Kenya", "traders", false},
	} {
		toks := parsed(sm, c.text)
		got := false
		for _, m := range lx.Match(toks) {
			if m.Type == graph.Threatens && form(toks, m.Source) == c.src && form(toks, m.Target) == c.tgt && m.Content < 0 && strings.HasSuffix(m.Rule, "+addressee") {
				got = true
				if !lx.KnownRule(m.Rule) {
					t.Errorf("%s: rule %q unknown to KnownRule", c.text, m.Rule)
				}
			}
		}
		if got != c.want {
			t.Errorf("%s: THREATENS %s→%s alone (+addressee): want %v;%s", c.text, c.src, c.tgt, c.want, describe(toks, lx.Match(toks)))
		}
	}
}
