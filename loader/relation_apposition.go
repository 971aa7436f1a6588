package loader

import (
	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// The appositive a clause's description stands in (coref15, issue 14; moved from
// coref_apposition.go by restruct12: only the relations stage's frames call it, over their parse).

// appositionAnchor returns the named actor a description headed by syntax token h stands in
// apposition to: "The Kenyan Bar Association, the country's main lawyers' body, rejected the
// measure", where the parser took the description for the subject and hung the name elsewhere.
// The description lies between two commas right after a name (Quirk et al. 1985, 17.65:
// non-restrictive apposition, name and description corefer), so the clause's actor is the
// name's: an organization, body or person of the article, never a country or place (a country's
// appositive is a description of its own: "Indonesia, the region's largest economy"). nil when
// the shape is not there.
func (d *doc) appositionAnchor(st *sent, fs *frameSentence, h int) *entity {
	lo, hi := fs.span(h)
	if lo >= hi || hi > len(fs.at) {
		return nil
	}
	s, e := fs.at[lo], fs.at[hi-1]+1
	toks := st.Toks
	for e > s && toks[e-1].Text == "," {
		e-- // the closing comma the parser hangs on the phrase
	}
	if s < 2 || e >= len(toks) || toks[s-1].Text != "," || toks[e].Text != "," {
		return nil
	}
	if t := toks[s].Lower; t != "the" && t != "a" && t != "an" {
		return nil // an appositive noun phrase opens with its determiner here
	}
	for k := s; k < e; k++ {
		if toks[k].Text == "," {
			return nil
		}
		if m := actors.MentionAt(d.Doc, st, k); m != nil && m.Ent.Final().Kind != graph.Country && !(m.Ent.Final().Weak && m.Ts >= s && m.Te <= e) {
			// one phrase, naming no other actor than a country ("the country's", "Kenya's") or
			// a descriptive actor made of its own words ("main lawyers"), which it is
			return nil
		}
	}
	m := actors.MentionAt(d.Doc, st, s-2)
	if m == nil || m.Te != s-1 || !docpkg.ActorKind(m.Ent) {
		return nil
	}
	switch m.Ent.Final().Kind {
	case graph.Organization, graph.Government, graph.Person, graph.Group:
		return m.Ent.Final()
	}
	return nil
}
