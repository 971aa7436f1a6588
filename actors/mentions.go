package actors

import "github.com/claimgraph/claimgraph/doc"

// HasMention reports a mention of e itself (not of an entity merged into it).
func HasMention(d *doc.Doc, e *doc.Entity) bool {
	for _, m := range d.Mentions {
		if m.Ent == e {
			return true
		}
	}
	return false
}
