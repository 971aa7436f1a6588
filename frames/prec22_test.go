package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestDeadlineNoThreat (issue 13, prec22): a span of time given to another party to act is the
// deadline of a demand (grantedTime), not a second act: the dictionary's "GIVE * HOURS" [139]
// with the span as its object gives no THREATENS of the span. A warning given is still a threat.
func TestDeadlineNoThreat(t *testing.T) {
	checkMatches(t, []matchCase{
		// (a diplomat given a deadline to leave is expelled, as ordered to leave: frames29a
		// grantedTime "+expulsion", cue-classes.txt order + diplomat + leave, CAMEO 166)
		{"The junta gave the ambassador 72 hours to leave the country.", graph.Sanctions, "junta", "ambassador", "", true, anyMatch},
		{"The junta gave the ambassador 72 hours to leave the country.", graph.Threatens, "*", "*", "", false, anyMatch},
		// the recipient misparsed ("consul" tagged ADJ): no demand is read, and the span is
		// still no threat
		{"The junta gave the consul 72 hours to leave the country.", graph.Threatens, "*", "*", "", false, anyMatch},
		{"Lisbon gave the contractor three weeks to repay the subsidy.", graph.Demands, "Lisbon", "contractor", "", true, anyMatch},
		{"Lisbon gave the contractor three weeks to repay the subsidy.", graph.Threatens, "*", "*", "", false, anyMatch},
		// near miss: a warning given is the threat the support verb carries
		{"Ankara gave the ambassador a formal warning.", graph.Threatens, "Ankara", "*", "", true, anyMatch},
	})
}

// TestOneReversal (issue 13, prec22): a reversal verb over a measure noun is one act: one
// OFFERS (the verb's, the measure its target), and no second OFFERS per conjunct of the noun's
// complement nor a second one on the measure. A party named by a proper noun keeps the noun's
// match; a measure whose verb has no reading of its own keeps the noun's frame.
func TestOneReversal(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Canberra eased restrictions on travel and trade with Fiji.", graph.Offers, "Canberra", "restrictions", "", true, anyMatch},
		{"Canberra eased restrictions on travel and trade with Fiji.", graph.Offers, "*", "travel", "", false, anyMatch},
		{"Canberra eased restrictions on travel and trade with Fiji.", graph.Offers, "*", "trade", "", false, anyMatch},
		{"Tokyo eased restrictions on investment and shipping with Manila.", graph.Offers, "Tokyo", "restrictions", "", true, anyMatch},
		{"Tokyo eased restrictions on investment and shipping with Manila.", graph.Offers, "*", "investment", "", false, anyMatch},
		{"Tokyo eased restrictions on investment and shipping with Manila.", graph.Offers, "*", "shipping", "", false, anyMatch},
		// near misses: the party named stays; no verb reading, the noun's frame stays
		{"Seoul lifted sanctions on Pyongyang.", graph.Offers, "Seoul", "Pyongyang", "", true, anyMatch},
		{"Seoul lifted sanctions on Pyongyang.", graph.Offers, "Seoul", "sanctions", "", true, anyMatch},
	})

	knownParserMiss(t, "on Peruvian shrimp obl of lift (UD nmod of duties, as the old pair had it)", func(tb testing.TB) {
		checkMatches(tb, []matchCase{
			{"Quito will lift the duties on Peruvian shrimp.", graph.Offers, "Quito", "shrimp", "", true, anyMatch},
		})
	})
}

// TestOneReversalOneEvidence (prec22): "lifted the curfew" read by the verb and by the noun
// under it was two evidences of one edge; one match is left.
func TestOneReversalOneEvidence(t *testing.T) {
	lx, sm := lexiconAndParser(t)
	for _, s := range []string{"Bogota lifted the curfew in Cali.", "The governor suspended the ban on rallies."} {
		toks := parsed(sm, s)
		n := 0
		for _, m := range lx.Match(toks) {
			if m.Type == graph.Offers {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s: %d OFFERS, want 1;%s", s, n, describe(toks, lx.Match(toks)))
		}
	}
}

// TestPactResult (issue 13, prec22): a supplementive -ing clause of ending after an agreement
// signed or concluded has the agreement as its understood subject (Quirk et al. 1985, 15.60):
// the signers sign, and end nothing by a second act. Near misses: a participle of pledging after
// the agreement, and one of ending after an object that is no agreement, stay the subject's.
func TestPactResult(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Ghana signed a peace agreement with Togo on Tuesday, ending a border dispute.", graph.Supports, "Ghana", "agreement", "", true, anyMatch},
		{"Ghana signed a peace agreement with Togo on Tuesday, ending a border dispute.", graph.Sanctions, "Ghana", "*", "", false, anyMatch},
		{"Ghana signed a peace agreement with Togo on Tuesday, ending a border dispute.", graph.Offers, "Ghana", "dispute", "", false, anyMatch},
		{"Peru and Ecuador signed a treaty in Brasilia, ending their border dispute.", graph.Sanctions, "Peru", "*", "", false, anyMatch},
		{"Peru and Ecuador signed a treaty in Brasilia, ending their border dispute.", graph.Sanctions, "Ecuador", "*", "", false, anyMatch},
		// near misses
		{"Ghana signed the agreement, pledging to withdraw its troops.", graph.Offers, "Ghana", "troops", "", true, anyMatch},
	})
}

// TestAsWellAsConjunct (issue 13, prec22): "as well as" is a quasi-coordinator (Quirk et al.
// 1985, 13.102-13.104): "called on A as well as B to V" addresses both, each with the act
// demanded of it, whether the parser reads "as well as" as a coordinator or as a complex
// preposition on B. Near miss: adverbial "as well" at the end of a clause joins nothing.
func TestAsWellAsConjunct(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Uganda called on Burundi as well as Rwanda to agree to a truce.", graph.Demands, "Uganda", "Burundi", "", true, anyMatch},
		{"Uganda called on Burundi as well as Rwanda to agree to a truce.", graph.Demands, "Uganda", "Rwanda", "", true, anyMatch},
		{"Norway urged Colombia as well as the guerrillas to accept mediation.", graph.Demands, "Norway", "Colombia", "", true, anyMatch},
		{"Norway urged Colombia as well as the guerrillas to accept mediation.", graph.Demands, "Norway", "guerrillas", "", true, anyMatch},
		// corpus27: the first nominal a titled name ("Trade Representative Tai"): the added one
		// is a conjunct of the whole first phrase, whose head the title is, not of its last word
		{"US Trade Representative Tai as well as the EU have urged Japan to open its market.", graph.Demands, "*", "Japan", "", true, anyMatch},
		{"US Trade Representative Tai as well as the EU have urged Japan to open its market.", graph.Demands, "EU", "Japan", "", true, anyMatch},
		{"Finance Minister Bosco as well as the IMF have urged Chile to cut its deficit.", graph.Demands, "*", "Chile", "", true, anyMatch},
		{"Finance Minister Bosco as well as the IMF have urged Chile to cut its deficit.", graph.Demands, "IMF", "Chile", "", true, anyMatch},
		// near miss
		{"Norway criticized the plan as well.", graph.Opposes, "Norway", "plan", "", true, anyMatch},
	})
}
