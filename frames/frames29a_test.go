package frames

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// frames29aCase is a sentence and a relation that must (want) or must not hold: a match of typ
// whose source and target forms are src and tgt, and whose rule contains rule when given.
type frames29aCase struct {
	text     string
	typ      graph.RelType
	src, tgt string
	rule     string
	want     bool
}

func checkFrames29a(t *testing.T, cases []frames29aCase) {
	t.Helper()
	lx, sm := lexiconAndParser(t)
	for _, c := range cases {
		toks := parsed(sm, c.text)
		got := false
		for _, m := range lx.Match(toks) {
			if m.Type == c.typ && form(toks, m.Source) == c.src && form(toks, m.Target) == c.tgt && strings.Contains(m.Rule, c.rule) {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: %s %s→%s (%s): want %v;%s", c.text, c.typ, c.src, c.tgt, c.rule, c.want, describe(toks, lx.Match(toks)))
		}
	}
}

// TestExclusionAgent (issue 13, frames29a): an agentless passive of exclusion takes the party its
// from- or out-of-phrase names as its agent (exclusion.go). Near misses: a from-phrase with no
// name, a verb of withdrawal, troops ordered out, a by-phrase naming the agent.
func TestExclusionAgent(t *testing.T) {
	checkFrames29a(t, []frames29aCase{
		{"Zimbabwe has been suspended from the Commonwealth over the disputed election.", graph.Sanctions, "Commonwealth", "Zimbabwe", "+exclusion-from", true},
		{"Two Iranian diplomats were expelled from Germany last week.", graph.Sanctions, "Germany", "diplomats", "+exclusion-from", true},
		{"A Russian diplomat was ordered out of Estonia on Monday.", graph.Sanctions, "Estonia", "diplomat", "+exclusion-from", true},
		{"Honduras will be barred from the Organization of American States unless Zelaya is restored.", graph.Threatens, "Organization", "Honduras", "+exclusion-from", true},
		// near misses
		{"The athlete was banned from the stadium for life.", graph.Sanctions, "stadium", "athlete", "", false},
		{"Belgian troops were withdrawn from Rwanda.", graph.Offers, "Rwanda", "troops", "", false},
		{"Russian troops were ordered out of Chechnya.", graph.Sanctions, "Chechnya", "troops", "", false},
		{"Russian troops were ordered out of Chechnya.", graph.Demands, "Chechnya", "troops", "", false},
		{"Fiji was expelled from the Commonwealth by its members.", graph.Sanctions, "Commonwealth", "Fiji", "", false},
	})
}
