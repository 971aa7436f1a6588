// Helpers of the entity type that read or extend only the entities they are given: the final
// merge target and merging, aliases and roles, and whether it is a live actor (actorKind).

package loader

import "strings"

func (e *entity) final() *entity {
	for e.merged != nil {
		e = e.merged
	}
	return e
}

func (e *entity) addAlias(s string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	for _, a := range e.aliases {
		if strings.EqualFold(a, s) {
			return
		}
	}
	e.aliases = append(e.aliases, s)
}

func (e *entity) addRole(t string, org *entity) {
	for i, r := range e.roles {
		if strings.EqualFold(r.title, t) {
			if r.org == nil {
				e.roles[i].org = org
			}
			return
		}
	}
	e.roles = append(e.roles, roleRec{title: t, org: org})
}

func actorKind(e *entity) bool {
	e = e.final()
	return e.kind.IsActor() && !e.dropped
}

// mergeInto makes e's final entity an alias of o's. Merging through the final entities, and
// never an entity into itself, keeps the merge chains acyclic: final() must terminate whatever
// order the coreference rules fire in (an appositive and an acronym rule once closed a loop on
// "the UN/ECE [ECE] secretariat … UN/ECE [ECE] bodies").
func (e *entity) mergeInto(o *entity) {
	a, b := e.final(), o.final()
	if a != b {
		a.merged = b
	}
}
