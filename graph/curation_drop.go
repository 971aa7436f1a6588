package graph

// dropCurated applies the drop rules of c to an incoming article: it returns a copy of in without
// the actors a drop rule names (by canonical name or alias, compared with NormalizeName), the
// mentions of those actors, the relations that have one at an end, and the CLAIM and POLICY nodes
// that no kept relation reaches any more (a claim only the dropped actor made is no one's claim);
// an evidence's Speaker or Addressee that was dropped is cleared, and a role held in a dropped
// body loses its body (the title stays). in itself is not changed (a retried transaction
// resolves the same input again); with no drop rule, or none that names an incoming actor, in is
// returned as it is.
//
// Why a user drops rather than renames: the extractor took a word for an actor ("Official
// Development Assistance" read as a person, a page heading read as an organization); the name
// stays wrong whatever it is called, and the user's correction must hold on every later load.
func dropCurated(c *Curation, in *ArticleGraph) *ArticleGraph {
	if c == nil {
		return in
	}
	var drop []string
	for _, r := range c.Rules {
		if r.Op == CurateDrop {
			drop = append(drop, NormalizeName(r.A))
		}
	}
	if len(drop) == 0 {
		return in
	}
	gone := map[string]bool{}
	for i := range in.Nodes {
		n := &in.Nodes[i]
		if !n.Kind.IsActor() {
			continue
		}
		for _, d := range drop {
			if names(n, d) {
				gone[n.ID] = true
				break
			}
		}
	}
	if len(gone) == 0 {
		return in
	}
	out := &ArticleGraph{Article: in.Article}
	reached := map[string]bool{}
	for _, r := range in.Relations {
		if gone[r.Source] || gone[r.Target] {
			continue
		}
		ev := make([]Evidence, len(r.Evidence))
		copy(ev, r.Evidence)
		for i := range ev {
			if gone[ev[i].Speaker] {
				ev[i].Speaker = ""
			}
			if gone[ev[i].Addressee] {
				ev[i].Addressee = ""
			}
		}
		r.Evidence = ev
		reached[r.Source], reached[r.Target] = true, true
		out.Relations = append(out.Relations, r)
	}
	// A claim or policy that only a dropped actor's relations reached goes with them.
	orphan := map[string]bool{}
	for _, r := range in.Relations {
		if gone[r.Source] || gone[r.Target] {
			for _, end := range []string{r.Source, r.Target} {
				if !gone[end] && !reached[end] {
					orphan[end] = true
				}
			}
		}
	}
	for _, n := range in.Nodes {
		if gone[n.ID] || orphan[n.ID] && (n.Kind == ClaimKind || n.Kind == Policy) {
			continue
		}
		roles := make([]Role, len(n.Roles))
		copy(roles, n.Roles)
		for i := range roles {
			if gone[roles[i].OrgID] {
				roles[i].OrgID = ""
			}
		}
		n.Roles = roles
		out.Nodes = append(out.Nodes, n)
	}
	kept := map[string]bool{}
	for _, n := range out.Nodes {
		kept[n.ID] = true
	}
	for _, m := range in.Mentions {
		if gone[m.NodeID] || !kept[m.NodeID] && orphan[m.NodeID] {
			continue
		}
		out.Mentions = append(out.Mentions, m)
	}
	return out
}
