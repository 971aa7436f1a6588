package docsent

import (
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// The quotation and the candidates moved to the package doc (restruct10).
type (
	quote     = docpkg.Quote
	claimCand = docpkg.ClaimCand
	relCand   = docpkg.RelCand
)

// cite is a branch's code: a literal with the old keys, fields of the three types.
func cite(q *quote, c *claimCand) *relCand {
	r := &relCand{typ: graph.RelType("CITES"), src: q.speaker, sent: q.s0, rule: c.rule}
	if q.next != nil && !q.covered {
		r.cueStart, r.cueEnd = q.t0, q.t1
	}
	return r
}
