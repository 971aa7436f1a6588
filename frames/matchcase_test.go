package frames

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/syntax"
)

// matchCase is a sentence of our own and a relation that must (want) or must not (want false)
// hold on it: a match of type typ whose source and target forms are src and tgt ("*" = any head;
// "" = no head), whose rule contains rule ("" = any rule), and which passes the only filter.
type matchCase struct {
	text     string
	typ      graph.RelType
	src, tgt string
	rule     string
	want     bool
	only     matchOnly
}

// matchOnly narrows the matches a matchCase counts (ruleKnown adds a check instead); its
// flags combine.
type matchOnly uint8

const (
	anyMatch        matchOnly = 0
	onlyAsserted    matchOnly = 1 << (iota - 1) // m.Asserts()
	onlyOwn                                     // m.Scope == Own
	onlyNegated                                 // m.Negated
	onlyUnnegated                               // !m.Negated
	onlyConditional                             // m.Mode == Conditional
	ruleKnown                                   // filters nothing: a counted match's rule must be known (KnownRule)
)

func (o matchOnly) String() string {
	var fs []string
	for _, f := range []struct {
		bit  matchOnly
		name string
	}{{onlyAsserted, "asserted"}, {onlyOwn, "own"}, {onlyNegated, "negated"}, {onlyUnnegated, "unnegated"}, {onlyConditional, "conditional"}, {ruleKnown, "rule known"}} {
		if o&f.bit != 0 {
			fs = append(fs, f.name)
		}
	}
	if len(fs) == 0 {
		return "any"
	}
	return strings.Join(fs, ",")
}

// holds reports whether m is a match of c's relation.
func (c matchCase) holds(toks []Token, m Match) bool {
	return m.Type == c.typ &&
		(c.src == "*" || form(toks, m.Source) == c.src) &&
		(c.tgt == "*" || form(toks, m.Target) == c.tgt) &&
		strings.Contains(m.Rule, c.rule) &&
		(c.only&onlyAsserted == 0 || m.Asserts()) &&
		(c.only&onlyOwn == 0 || m.Scope == Own) &&
		(c.only&onlyNegated == 0 || m.Negated) &&
		(c.only&onlyUnnegated == 0 || !m.Negated) &&
		(c.only&onlyConditional == 0 || m.Mode == Conditional)
}

// checkMatches parses each case's sentence, runs Match, and reports each case whose relation
// is found when it must not be or missing when it must.
func checkMatches(t testing.TB, cases []matchCase) {
	t.Helper()
	checkMatchesParsed(t, parsed, cases)
}

// checkMatchesParsed is checkMatches with the sentences tokenized, tagged and parsed by parse.
func checkMatchesParsed(t testing.TB, parse func(*syntax.Model, string) []Token, cases []matchCase) {
	t.Helper()
	lx, sm := lexiconAndParser(t)
	for _, c := range cases {
		toks := parse(sm, c.text)
		ms := lx.Match(toks)
		got := false
		for _, m := range ms {
			if c.holds(toks, m) {
				got = true
				if c.only&ruleKnown != 0 && !lx.KnownRule(m.Rule) {
					t.Errorf("%s: rule %q names no entry", c.text, m.Rule)
				}
			}
		}
		if got != c.want {
			t.Errorf("%s: %s %s→%s (rule %q, %s): want %v;%s", c.text, c.typ, c.src, c.tgt, c.rule, c.only, c.want, describe(toks, ms))
		}
	}
}
