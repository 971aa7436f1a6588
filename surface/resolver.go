package surface

import (
	"github.com/claimgraph/claimgraph/coref"
	"github.com/claimgraph/claimgraph/doc"
)

// Resolver answers the speakers' two questions to the floors above them (doc.Resolver;
// docs/layout/plan.md step 5): coreference's pronoun resolution and the surface subject. newDoc
// sets it as Doc.Resolve; it lives on the surface floor, which may call coreference.
type Resolver struct{ D *doc.Doc }

// ResolvePronoun is coref.ResolvePronoun.
func (r Resolver) ResolvePronoun(s, i int, w string) *doc.Entity {
	return coref.ResolvePronoun(r.D, s, i, w)
}

// SubjectOf is SubjectOf (subject.go).
func (r Resolver) SubjectOf(st *doc.Sent, i int) (*doc.Entity, int, string) {
	return SubjectOf(r.D, st, i)
}
