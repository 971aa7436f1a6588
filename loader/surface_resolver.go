package loader

import "github.com/claimgraph/claimgraph/coref"

// surfaceResolver answers the speakers' two questions to the floors above them (doc.Resolver;
// docs/layout/plan.md step 5): coreference's pronoun resolution and the surface subject. newDoc
// sets it as Doc.Resolve; it lives on the surface floor, which may call coreference.
type surfaceResolver struct{ d *doc }

// ResolvePronoun is resolvePronoun (coref.go).
func (r surfaceResolver) ResolvePronoun(s, i int, w string) *entity {
	return coref.ResolvePronoun(r.d.Doc, s, i, w)
}

// SubjectOf is subjectOf (surface_subject.go).
func (r surfaceResolver) SubjectOf(st *sent, i int) (*entity, int, string) {
	return r.d.subjectOf(st, i)
}
