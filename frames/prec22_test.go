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

func checkPrec22(t *testing.T, cases []prec22Case) {
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
		{text: "The junta gave the ambassador 72 hours to leave the country.",
			want: []prec22Rel{{graph.Demands, "junta", "ambassador"}},
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
