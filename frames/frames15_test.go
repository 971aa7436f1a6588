package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestHopedAct (issue 13, frames15): a hope that another will act is an appeal to it (CAMEO
// HOPE [020]); a hope with no clause, a negated act or an act not yet to come is none.
func TestHopedAct(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Norway hopes Sudan will reopen the border crossing.", graph.Demands, "Norway", "Sudan", "", true, onlyAsserted | ruleKnown},
		{"The envoy hoped that both rebel groups would sign the accord.", graph.Demands, "envoy", "groups", "", true, onlyAsserted | ruleKnown},
		{"Chile hopes Bolivia can return to the table soon.", graph.Demands, "Chile", "Bolivia", "", true, onlyAsserted | ruleKnown},
		// controls: no clause, a negated act, no modal, a passive clause
		{"Norway hopes to reopen the border crossing.", graph.Demands, "Norway", "*", "", false, onlyAsserted | ruleKnown},
		{"Norway hopes Sudan will not close the border crossing.", graph.Demands, "Norway", "*", "", false, onlyAsserted | ruleKnown},
		{"Norway hopes Sudan reopened the border crossing.", graph.Demands, "Norway", "*", "", false, onlyAsserted | ruleKnown},
		{"Norway hopes the border crossing will be reopened.", graph.Demands, "Norway", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestMandativeClause (issue 13, frames15): "it is ADJ that X (should) do" with a mandative
// adjective (Quirk 16.32) is a demand on X of whoever says it; an indicative or future clause,
// or an adjective of likelihood, is none.
func TestMandativeClause(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Kenya says it is vital that Uganda withdraw its troops.", graph.Demands, "Kenya", "Uganda", "", true, onlyAsserted | ruleKnown},
		{"The minister said it was crucial that the bank should lower its rates.", graph.Demands, "minister", "bank", "", true, onlyAsserted | ruleKnown},
		// controls
		{"Kenya says it is vital that Uganda withdrew its troops.", graph.Demands, "Kenya", "*", "", false, onlyAsserted | ruleKnown},
		{"Kenya says it is likely that Uganda will withdraw its troops.", graph.Demands, "Kenya", "*", "", false, onlyAsserted | ruleKnown},
		{"Kenya says it is important that Uganda will withdraw its troops.", graph.Demands, "Kenya", "*", "", false, onlyAsserted | ruleKnown},
	})

	knownParserMiss(t, "for Ghana obl of essential and to repay advcl (UD for-to clause: for mark, Ghana nsubj, repay csubj)", func(tb testing.TB) {
		checkMatches(tb, []matchCase{
			{"It is essential for Ghana to repay the loan, the minister said.", graph.Demands, "minister", "Ghana", "", true, onlyAsserted | ruleKnown},
		})
	})
	// with no verb of saying the speaker is not in the clause: Source -1, Target the subject
	lx, sm := lexiconAndParser(t)
	toks := parsed(sm, "It is imperative that the council approve the budget.")
	found := false
	for _, m := range lx.Match(toks) {
		if m.Type == graph.Demands && m.Source < 0 && form(toks, m.Target) == "council" && m.Scope == Own && lx.KnownRule(m.Rule) {
			found = true
		}
	}
	if !found {
		t.Errorf("It is imperative that the council approve the budget.: no mandative DEMANDS of council;%s", describe(toks, lx.Match(toks)))
	}
}

// TestSponsoredText (issue 13, frames15): the by-agent of a verb of drafting or sponsoring a text
// supports the text (CAMEO 051); another verb with a by-agent, or the active verb, is no
// sponsorship.
func TestSponsoredText(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The bill, sponsored by Senator Ruiz, passed on Monday.", graph.Supports, "Ruiz", "bill", "", true, onlyAsserted | ruleKnown},
		{"The motion was tabled by the Greens.", graph.Supports, "Greens", "motion", "", true, onlyAsserted | ruleKnown},
		{"The text, drafted by Chile and Peru, was adopted unanimously.", graph.Supports, "Peru", "text", "", true, onlyAsserted | ruleKnown},
		// controls
		{"The bill was rejected by Senator Ruiz.", graph.Supports, "Ruiz", "*", "", false, onlyAsserted | ruleKnown},
		{"Senator Ruiz drafted the bill.", graph.Supports, "Ruiz", "*", "", false, onlyAsserted | ruleKnown},
	})
}

// TestJudgements (issue 13, frames15): an evaluative word as a copula's predicate, a verb of
// naming's object complement or a verb of describing's as-complement judges the subject or
// object; the parser's attachment of the complement to the object noun is read as the
// complement (hungComplement); a negated negative word judges nothing, a negated positive one
// disapproves.
func TestJudgements(t *testing.T) {
	pol := map[string]int{"reckless": -1, "unfair": -1, "unjustified": -1, "sensible": 1, "fair": 1, "overdue": 1}
	lx, sm := lexiconAndParser(t)
	for _, c := range []struct {
		text     string
		typ      graph.RelType
		src, tgt string // src "" : no source in the clause (Source -1)
		want     bool
	}{
		{"Peru said the new quota was unfair.", graph.Opposes, "Peru", "quota", true},
		{"Chile called the quota plan unfair.", graph.Opposes, "Chile", "plan", true},
		{"Chile called the tariff plan “reckless”.", graph.Opposes, "Chile", "plan", true},
		{"Ghana called the threat of fishing sanctions “unfair” and said it would appeal.", graph.Opposes, "Ghana", "threat", true},
		{"Chile described the tariff plan as sensible.", graph.Supports, "Chile", "plan", true},
		{"The new quota is unfair.", graph.Opposes, "", "quota", true},
		{"Peru said the new quota was not fair.", graph.Opposes, "Peru", "quota", true},
		// controls: a negated negative word, a judgement inside a condition, no judging verb
		{"Peru said the new quota was not unfair.", graph.Opposes, "Peru", "", false},
		{"Peru will protest if the new quota is unfair.", graph.Opposes, "", "", false},
		{"Chile approved the tariff plan.", graph.Supports, "Chile", "plan", false},
	} {
		toks := parsed(sm, c.text)
		found := false
		for _, m := range lx.Judgements(toks, func(w string) int { return pol[w] }) {
			if m.Type == c.typ && form(toks, m.Source) == c.src && (c.tgt == "" || form(toks, m.Target) == c.tgt) && lx.KnownRule(m.Rule) {
				found = true
			}
		}
		if found != c.want {
			t.Errorf("%s: %s %s→%s = %v, want %v", c.text, c.typ, c.src, c.tgt, found, c.want)
		}
	}
}
