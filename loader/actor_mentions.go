package loader

// Queries over the mentions the actors stage makes, for the actors stage itself and the stages
// above it (step 5 of docs/layout/plan.md: hasMention moved here unchanged from coref.go, so that
// partyQualifier, an actors rule, no longer calls up into coreference).

// hasMention reports a mention of e itself (not of an entity merged into it).
func (d *doc) hasMention(e *entity) bool {
	for _, m := range d.Mentions {
		if m.Ent == e {
			return true
		}
	}
	return false
}
