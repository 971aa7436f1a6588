package frames

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestInvertedCondition (issue 13, cond18): a conditional clause with subject–operator inversion
// (should, had + participle, were + to-infinitive; Quirk et al. 1985, 15.36) is an if-clause: the
// consequent is conditional, a threat in it is aimed at the clause's agent, and the act the clause
// names is not asserted. Near misses: a question, a condition on no agent's act, a conditional
// offer.
func TestInvertedCondition(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Should Ankara send troops into the region, Athens will impose sanctions.", graph.Threatens, "Athens", "Ankara", "", true, onlyOwn | onlyConditional | onlyUnnegated},
		{"Were Moscow to seize the port, Kyiv would retaliate.", graph.Threatens, "Kyiv", "Moscow", "", true, onlyOwn | onlyConditional | onlyUnnegated},
		{"Lima will respond firmly, should Santiago expel its diplomats.", graph.Threatens, "Lima", "Santiago", "", true, onlyOwn | onlyConditional | onlyUnnegated},
		{"Should Quito close its border, Bogota will respond.", graph.Threatens, "Bogota", "Quito", "", true, onlyOwn | onlyConditional | onlyUnnegated},
		// a should of obligation in its ordinary place is no condition
		{"The minister said Hanoi should retaliate.", graph.Threatens, "*", "*", "", false, onlyOwn | onlyConditional | onlyUnnegated},
		// near misses
		{"Should Canberra retaliate against the tariffs?", graph.Threatens, "*", "*", "", false, onlyOwn | onlyConditional | onlyUnnegated},
		{"Should inflation rise, the central bank will raise interest rates.", graph.Threatens, "*", "*", "", false, onlyOwn | onlyConditional | onlyUnnegated},
		{"Should inflation rise, the central bank will raise interest rates.", graph.Sanctions, "*", "*", "", false, onlyOwn | onlyConditional | onlyUnnegated},
		{"Should Hanoi agree to talks, Seoul will lift its sanctions.", graph.Threatens, "*", "*", "", false, onlyOwn | onlyConditional | onlyUnnegated},
		{"Should Hanoi agree to talks, Seoul will lift its sanctions.", graph.Offers, "Seoul", "sanctions", "", true, onlyOwn | onlyConditional | onlyUnnegated},
	})

	knownParserMiss(t, "should Manila insist: Manila obl of take, insist RB advmod (RB in both pairs; UD insist VB advcl, should aux, Manila nsubj)", func(tb testing.TB) {
		checkMatches(tb, []matchCase{
			{"Hanoi will take firm countermeasures should Manila insist on the drilling.", graph.Threatens, "Hanoi", "Manila", "", true, onlyOwn | onlyConditional | onlyUnnegated},
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
	checkMatches(t, []matchCase{
		{"If tariffs are imposed by Canberra, Jakarta will retaliate.", graph.Threatens, "Jakarta", "Canberra", "", true, onlyOwn | onlyConditional | onlyUnnegated},
		{"If Canberra raises duties on wine, Beijing will impose countermeasures.", graph.Threatens, "Beijing", "Canberra", "", true, onlyOwn | onlyConditional | onlyUnnegated},
		{"Vietnam will impose tariffs if Thailand blocks the shipments.", graph.Threatens, "Vietnam", "Thailand", "", true, onlyOwn | onlyConditional | onlyUnnegated},
		{"If the ports are blockaded by Athens, Ankara will defend its shipping.", graph.Threatens, "Ankara", "Athens", "", true, onlyOwn | onlyConditional | onlyUnnegated},
		// near misses
		{"If sanctions are imposed on us, we will defend our sovereignty.", graph.Threatens, "we", "sanctions", "", false, onlyOwn | onlyConditional | onlyUnnegated},
		{"If a blockade is imposed on the island, Taipei will defend its ports.", graph.Threatens, "Taipei", "blockade", "", false, onlyOwn | onlyConditional | onlyUnnegated},
		{"Chile will retaliate if tensions rise.", graph.Threatens, "Chile", "tensions", "", false, onlyOwn | onlyConditional | onlyUnnegated},
		{"Kenya may impose a curfew if the violence continues.", graph.Threatens, "Kenya", "violence", "", false, onlyOwn | onlyConditional | onlyUnnegated},
		{"Kenya may impose a curfew if the violence continues.", graph.Threatens, "Kenya", "curfew", "", true, onlyOwn | onlyConditional | onlyUnnegated},
		{"If Hanoi agrees to talks, Seoul will lift its sanctions.", graph.Threatens, "*", "*", "", false, onlyOwn | onlyConditional | onlyUnnegated},
		{"If prices rise, the central bank will raise interest rates.", graph.Threatens, "*", "*", "", false, onlyOwn | onlyConditional | onlyUnnegated},
		// a concessive-conditional clause: the act holds whatever the condition
		{"Seoul will retaliate even if Tokyo lowers its tariffs.", graph.Threatens, "Seoul", "Tokyo", "", false, onlyOwn | onlyConditional | onlyUnnegated},
		{"Quito will impose duties even if Lima lowers its tariffs.", graph.Threatens, "Quito", "Lima", "", false, onlyOwn | onlyConditional | onlyUnnegated},
		{"Quito will impose duties if Lima raises its tariffs.", graph.Threatens, "Quito", "Lima", "", true, onlyOwn | onlyConditional | onlyUnnegated},
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
