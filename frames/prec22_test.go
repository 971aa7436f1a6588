package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// prec22Case expects, on one sentence of our own, the matches "TYPE source→target" in want
// and none of the type and source→target in not ("" matches any head).
type prec22Case struct {
	text      string
	want, not []prec22Rel
}

type prec22Rel struct {
	typ      graph.RelType
	src, tgt string
}

func checkPrec22(t testing.TB, cases []prec22Case) {
	t.Helper()
	lx, sm := lexiconAndParser(t)
	for _, c := range cases {
		toks := parsed(sm, c.text)
		ms := lx.Match(toks)
		has := func(r prec22Rel) bool {
			for _, m := range ms {
				if m.Type == r.typ && (r.src == "" || form(toks, m.Source) == r.src) && (r.tgt == "" || form(toks, m.Target) == r.tgt) {
					return true
				}
			}
			return false
		}
		for _, r := range c.want {
			if !has(r) {
				t.Errorf("%s: want %s %s→%s;%s", c.text, r.typ, r.src, r.tgt, describe(toks, ms))
			}
		}
		for _, r := range c.not {
			if has(r) {
				t.Errorf("%s: want no %s %s→%s;%s", c.text, r.typ, r.src, r.tgt, describe(toks, ms))
			}
		}
	}
}

// TestDeadlineNoThreat (issue 13, prec22): a span of time given to another party to act is the
// deadline of a demand (grantedTime), not a second act: the dictionary's "GIVE * HOURS" [139]
// with the span as its object gives no THREATENS of the span. A warning given is still a threat.
func TestDeadlineNoThreat(t *testing.T) {
	checkPrec22(t, []prec22Case{
		// (a diplomat given a deadline to leave is expelled, as ordered to leave: frames29a
		// grantedTime "+expulsion", cue-classes.txt order + diplomat + leave, CAMEO 166)
		{text: "The junta gave the ambassador 72 hours to leave the country.",
			want: []prec22Rel{{graph.Sanctions, "junta", "ambassador"}},
			not:  []prec22Rel{{graph.Threatens, "", ""}}},
		// the recipient misparsed ("consul" tagged ADJ): no demand is read, and the span is
		// still no threat
		{text: "The junta gave the consul 72 hours to leave the country.",
			not: []prec22Rel{{graph.Threatens, "", ""}}},
		{text: "Lisbon gave the contractor three weeks to repay the subsidy.",
			want: []prec22Rel{{graph.Demands, "Lisbon", "contractor"}},
			not:  []prec22Rel{{graph.Threatens, "", ""}}},
		// near miss: a warning given is the threat the support verb carries
		{text: "Ankara gave the ambassador a formal warning.",
			want: []prec22Rel{{graph.Threatens, "Ankara", ""}}},
	})
}

// TestOneReversal (issue 13, prec22): a reversal verb over a measure noun is one act: one
// OFFERS (the verb's, the measure its target), and no second OFFERS per conjunct of the noun's
// complement nor a second one on the measure. A party named by a proper noun keeps the noun's
// match; a measure whose verb has no reading of its own keeps the noun's frame.
func TestOneReversal(t *testing.T) {
	checkPrec22(t, []prec22Case{
		{text: "Canberra eased restrictions on travel and trade with Fiji.",
			want: []prec22Rel{{graph.Offers, "Canberra", "restrictions"}},
			not:  []prec22Rel{{graph.Offers, "", "travel"}, {graph.Offers, "", "trade"}}},
		{text: "Tokyo eased restrictions on investment and shipping with Manila.",
			want: []prec22Rel{{graph.Offers, "Tokyo", "restrictions"}},
			not:  []prec22Rel{{graph.Offers, "", "investment"}, {graph.Offers, "", "shipping"}}},
		// near misses: the party named stays; no verb reading, the noun's frame stays
		{text: "Seoul lifted sanctions on Pyongyang.",
			want: []prec22Rel{{graph.Offers, "Seoul", "Pyongyang"}, {graph.Offers, "Seoul", "sanctions"}}},
	})

	knownParserMiss(t, "on Peruvian shrimp obl of lift (UD nmod of duties, as the old pair had it)", func(tb testing.TB) {
		checkPrec22(tb, []prec22Case{
			{text: "Quito will lift the duties on Peruvian shrimp.",
				want: []prec22Rel{{graph.Offers, "Quito", "shrimp"}}},
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
	checkPrec22(t, []prec22Case{
		{text: "Ghana signed a peace agreement with Togo on Tuesday, ending a border dispute.",
			want: []prec22Rel{{graph.Supports, "Ghana", "agreement"}},
			not:  []prec22Rel{{graph.Sanctions, "Ghana", ""}, {graph.Offers, "Ghana", "dispute"}}},
		{text: "Peru and Ecuador signed a treaty in Brasilia, ending their border dispute.",
			not: []prec22Rel{{graph.Sanctions, "Peru", ""}, {graph.Sanctions, "Ecuador", ""}}},
		// near misses
		{text: "Ghana signed the agreement, pledging to withdraw its troops.",
			want: []prec22Rel{{graph.Offers, "Ghana", "troops"}}},
	})
}

// TestAsWellAsConjunct (issue 13, prec22): "as well as" is a quasi-coordinator (Quirk et al.
// 1985, 13.102-13.104): "called on A as well as B to V" addresses both, each with the act
// demanded of it, whether the parser reads "as well as" as a coordinator or as a complex
// preposition on B. Near miss: adverbial "as well" at the end of a clause joins nothing.
func TestAsWellAsConjunct(t *testing.T) {
	checkPrec22(t, []prec22Case{
		{text: "Uganda called on Burundi as well as Rwanda to agree to a truce.",
			want: []prec22Rel{{graph.Demands, "Uganda", "Burundi"}, {graph.Demands, "Uganda", "Rwanda"}}},
		{text: "Norway urged Colombia as well as the guerrillas to accept mediation.",
			want: []prec22Rel{{graph.Demands, "Norway", "Colombia"}, {graph.Demands, "Norway", "guerrillas"}}},
		// corpus27: the first nominal a titled name ("Trade Representative Tai"): the added one
		// is a conjunct of the whole first phrase, whose head the title is, not of its last word
		{text: "US Trade Representative Tai as well as the EU have urged Japan to open its market.",
			want: []prec22Rel{{graph.Demands, "", "Japan"}, {graph.Demands, "EU", "Japan"}}},
		{text: "Finance Minister Bosco as well as the IMF have urged Chile to cut its deficit.",
			want: []prec22Rel{{graph.Demands, "", "Chile"}, {graph.Demands, "IMF", "Chile"}}},
		// near miss
		{text: "Norway criticized the plan as well.",
			want: []prec22Rel{{graph.Opposes, "Norway", "plan"}}},
	})
}
