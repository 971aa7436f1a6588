// Helpers of the entity type that read or extend only the entity itself: its final merge
// target, aliases and roles, and whether it is a live actor (actorKind).

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
