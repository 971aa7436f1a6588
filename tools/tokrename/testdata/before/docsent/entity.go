package docsent

import docpkg "github.com/claimgraph/claimgraph/doc"

// The entity and mention types moved to the package doc with their methods (restruct10); the
// stage methods of entity became the functions below (main's, brought in by a merge).
type (
	entity  = docpkg.Entity
	mention = docpkg.Mention
)

func nodeID(e *entity) string { return e.Name }

func absorbInto(e, o *entity) { e.MergeInto(o) }

func emit(e *entity) bool { return !e.Dropped }

// branch is a branch's code: fields, moved methods, stage methods on a chain and on a value.
func branch(m *mention, o *entity, v entity) (string, bool) {
	e := m.ent.final()
	e.addAlias(o.name)
	m.ent.speaker.final().absorbInto(o)
	return e.speaker.final().nodeID(), v.emit() && m.ts < m.te
}
