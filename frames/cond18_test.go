package frames

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// condCase is one expectation of the conditional-coercion tests: a match of type typ from the
// word src to the word tgt ("*": any word, "": none) in the conditional mode and asserted as its
// source's own act (Scope Own), wanted or not.
type condCase struct {
	text     string
	typ      graph.RelType
	src, tgt string
	want     bool
}

func checkCondCases(t testing.TB, cases []condCase) {
	t.Helper()
	lx, sm := lexiconAndParser(t)
	for _, c := range cases {
		toks := parsed(sm, c.text)
		ms := lx.Match(toks)
		got := false
		for _, m := range ms {
			if m.Type == c.typ && m.Scope == Own && m.Mode == Conditional && !m.Negated && (c.src == "*" || form(toks, m.Source) == c.src) && (c.tgt == "*" || form(toks, m.Target) == c.tgt) {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: %s %s→%s (conditional, own): want %v;%s", c.text, c.typ, c.src, c.tgt, c.want, describe(toks, ms))
		}
	}
}

// TestInvertedCondition (issue 13, cond18): a conditional clause with subject–operator inversion
// (should, had + participle, were + to-infinitive; Quirk et al. 1985, 15.36) is an if-clause: the
// consequent is conditional, a threat in it is aimed at the clause's agent, and the act the clause
// names is not asserted. Near misses: a question, a condition on no agent's act, a conditional
// offer.
func TestInvertedCondition(t *testing.T) {
	checkCondCases(t, []condCase{
		{"Should Ankara send troops into the region, Athens will impose sanctions.", graph.Threatens, "Athens", "Ankara", true},
		{"Were Moscow to seize the port, Kyiv would retaliate.", graph.Threatens, "Kyiv", "Moscow", true},
		{"Lima will respond firmly, should Santiago expel its diplomats.", graph.Threatens, "Lima", "Santiago", true},
		{"Should Quito close its border, Bogota will respond.", graph.Threatens, "Bogota", "Quito", true},
		// a should of obligation in its ordinary place is no condition
		{"The minister said Hanoi should retaliate.", graph.Threatens, "*", "*", false},
		// near misses
		{"Should Canberra retaliate against the tariffs?", graph.Threatens, "*", "*", false},
		{"Should inflation rise, the central bank will raise interest rates.", graph.Threatens, "*", "*", false},
		{"Should inflation rise, the central bank will raise interest rates.", graph.Sanctions, "*", "*", false},
		{"Should Hanoi agree to talks, Seoul will lift its sanctions.", graph.Threatens, "*", "*", false},
		{"Should Hanoi agree to talks, Seoul will lift its sanctions.", graph.Offers, "Seoul", "sanctions", true},
	})

	knownParserMiss(t, "should Manila insist: Manila obl of take, insist RB advmod (RB in both pairs; UD insist VB advcl, should aux, Manila nsubj)", func(tb testing.TB) {
		checkCondCases(tb, []condCase{
			{"Hanoi will take firm countermeasures should Manila insist on the drilling.", graph.Threatens, "Hanoi", "Manila", true},
		})
	})
	// the inverted clause's own act is a condition, not asserted
	lx, sm := lexiconAndParser(t)
	for _, text := range []string{
		"Had Manila seized the ship, Beijing would have retaliated.",
		"Should Santiago expel the diplomats, Lima will respond.",
	} {
		toks := parsed(sm, text)
		for _, m := range lx.Match(toks) {
			if m.Type == graph.Sanctions && m.Asserts() {
				t.Errorf("%s: the condition's act asserted:%s", text, describe(toks, []Match{m}))
			}
		}
	}
}

// TestConditionAgentTarget (issue 13, cond18): a threat announced under an if- or unless-clause
// is aimed at the party whose act the clause names (PLOVER THREATEN; Quirk et al. 1985, 15.34) —
// the clause's subject, or a passive clause's by-agent (Quirk 3.63) — also when the threat is a
// coercive measure noun ("will impose countermeasures"). An agentless passive names no party:
// its subject ("a trade war", "sanctions") is never the target, nor is the subject of an
// unaccusative or bare aspectual verb ("if tensions rise", "if the violence continues"), nor the
// agent of a concessive-conditional clause ("even if").
func TestConditionAgentTarget(t *testing.T) {
	checkCondCases(t, []condCase{
		{"If tariffs are imposed by Canberra, Jakarta will retaliate.", graph.Threatens, "Jakarta", "Canberra", true},
		{"If Canberra raises duties on wine, Beijing will impose countermeasures.", graph.Threatens, "Beijing", "Canberra", true},
		{"Vietnam will impose tariffs if Thailand blocks the shipments.", graph.Threatens, "Vietnam", "Thailand", true},
		{"If the ports are blockaded by Athens, Ankara will defend its shipping.", graph.Threatens, "Ankara", "Athens", true},
		// near misses
		{"If sanctions are imposed on us, we will defend our sovereignty.", graph.Threatens, "we", "sanctions", false},
		{"If a blockade is imposed on the island, Taipei will defend its ports.", graph.Threatens, "Taipei", "blockade", false},
		{"Chile will retaliate if tensions rise.", graph.Threatens, "Chile", "tensions", false},
		{"Kenya may impose a curfew if the violence continues.", graph.Threatens, "Kenya", "violence", false},
		{"Kenya may impose a curfew if the violence continues.", graph.Threatens, "Kenya", "curfew", true},
		{"If Hanoi agrees to talks, Seoul will lift its sanctions.", graph.Threatens, "*", "*", false},
		{"If prices rise, the central bank will raise interest rates.", graph.Threatens, "*", "*", false},
		// a concessive-conditional clause: the act holds whatever the condition
		{"Seoul will retaliate even if Tokyo lowers its tariffs.", graph.Threatens, "Seoul", "Tokyo", false},
		{"Quito will impose duties even if Lima lowers its tariffs.", graph.Threatens, "Quito", "Lima", false},
		{"Quito will impose duties if Lima raises its tariffs.", graph.Threatens, "Quito", "Lima", true},
	})
}

// TestConditionThreats (issue 13, cond18): a threat whose target is the act threatened
// ("threatened to V if/unless …", "warned it would V unless …") is also aimed at the agent of its
// condition (PLOVER THREATEN; Quirk et al. 1985, 15.34, 15.36), with the rule naming the
// condition. Near misses: no condition, a condition with no agent ("if prices rise"), a negated
// threat, a reported prediction.
func TestConditionThreats(t *testing.T) {
	lx, sm := lexiconAndParser(t)
	for _, c := range []struct {
		text, src, tgt string
		want           bool
	}{
		{"The fishermen threatened to block the port unless Lisbon lowers the fuel tax.", "fishermen", "Lisbon", true},
		{"Armenia warned it would recall its envoy if Baku detains the journalists.", "Armenia", "Baku", true},
		{"The rebels threatened to shell the capital if the army advances.", "rebels", "army", true},
		// near misses
		{"The fishermen threatened to block the port.", "fishermen", "*", false},
		{"The dockers threatened to strike if prices rise.", "dockers", "prices", false},
		{"Armenia did not threaten to recall its envoy if Baku detains the journalists.", "Armenia", "Baku", false},
	} {
		toks := parsed(sm, c.text)
		ms := lx.Match(toks)
		got := false
		for _, m := range ms {
			if m.Type == graph.Threatens && m.Scope == Own && !m.Negated && form(toks, m.Source) == c.src && (c.tgt == "*" && m.Content < 0 || form(toks, m.Target) == c.tgt) &&
				strings.HasPrefix(m.Rule, "frames:verb-condition:modality/condition/") {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: THREATENS %s→%s by its condition: want %v;%s", c.text, c.src, c.tgt, c.want, describe(toks, ms))
		}
	}
}
