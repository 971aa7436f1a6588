package export

import (
	"cmp"
	"slices"

	"github.com/claimgraph/claimgraph/graph"
)

// maxFoldRelations bounds how many relations to one policy or claim are paired by Fold: the
// folded edges of a node grow with the square of its relations, and a hub policy ("tariffs") can
// have thousands. The relations with the most evidence are kept. It is a bound on output size,
// not a measured quantity.
const maxFoldRelations = 50

// Fold turns edges into an actors-only graph, the projection of the actor–policy and actor–claim
// bipartite graph onto actors that keeps what connects them:
//   - a relation between two actors stays as it is;
//   - for two relations of different actors A and B with the same policy or claim X (A -t1-> X,
//     B -t2-> X, or X at either end), A gets an edge to B of type t1 with Via = X and ViaType =
//     t2, carrying A's evidence (so "A OPPOSES, via X, B who DEMANDS X"), and B one to A likewise;
//   - relations with an article or with a policy or claim no other actor relates to are dropped.
//
// Each folded edge carries Alignment(a, b, X): whether A and B are on the same side of X.
//
// nodes must hold both ends of every edge. The result is not sorted.
func Fold(edges []*Edge, nodes map[string]*graph.Node) []*Edge {
	var out []*Edge
	by := map[string][]*Edge{}
	folded := func(k graph.Kind) bool { return k == graph.Policy || k == graph.ClaimKind }
	for _, e := range edges {
		s, t := nodes[e.Source], nodes[e.Target]
		switch {
		case s.Kind.IsActor() && t.Kind.IsActor():
			out = append(out, e)
		case s.Kind.IsActor() && folded(t.Kind):
			by[t.ID] = append(by[t.ID], e)
		case t.Kind.IsActor() && folded(s.Kind):
			by[s.ID] = append(by[s.ID], e)
		}
	}
	other := func(e *Edge, x string) string {
		if e.Source == x {
			return e.Target
		}
		return e.Source
	}
	for x, rs := range by {
		slices.SortFunc(rs, func(a, b *Edge) int {
			return cmp.Or(cmp.Compare(b.EvidenceCount, a.EvidenceCount), cmp.Compare(a.ID, b.ID))
		})
		if len(rs) > maxFoldRelations {
			rs = rs[:maxFoldRelations]
		}
		for _, a := range rs {
			for _, b := range rs {
				from, to := other(a, x), other(b, x)
				if from == to {
					continue
				}
				e := &Edge{Relation: a.Relation, Via: nodes[x], ViaType: b.Type, Parts: []string{a.ID, b.ID}, Alignment: Alignment(a, b, x)}
				e.ID = "f_" + a.ID[len(graph.RelationPrefix):] + "_" + b.ID[len(graph.RelationPrefix):]
				e.Source, e.Target = from, to
				e.Confidence = min(a.Confidence, b.Confidence)
				out = append(out, e)
			}
		}
	}
	return out
}

// Alignment values of a folded edge (Edge.Alignment).
const (
	AlignAgree    = "agree"
	AlignDisagree = "disagree"
)

// side is the side a relation to a policy or claim takes on it: +1 for it (SUPPORTS, CLAIMS —
// asserting a claim is holding it —, DEMANDS and OFFERS — asking for or offering the policy),
// -1 against it (OPPOSES), 0 when the type says nothing of a side (THREATENS, SANCTIONS and
// CITES name an act or a source, not a position on X) or the relation is not asserted (negated:
// "did not oppose" is not support; in a question: nobody said it).
func side(r graph.Relation) int {
	if r.Negated || r.InQuestion {
		return 0
	}
	switch r.Type {
	case graph.Supports, graph.Claims, graph.Demands, graph.Offers:
		return 1
	case graph.Opposes:
		return -1
	}
	return 0
}

// Alignment compares the sides two actors' relations a and b take on x, the policy or claim they
// share: AlignAgree when both are for or both against it, AlignDisagree when one is for and the
// other against, "" when either takes no side (see side) or x is not the target of both (a
// policy that is itself the source of a relation has no side taken on it).
func Alignment(a, b *Edge, x string) string {
	if a.Target != x || b.Target != x {
		return ""
	}
	sa, sb := side(a.Relation), side(b.Relation)
	switch {
	case sa == 0 || sb == 0:
		return ""
	case sa == sb:
		return AlignAgree
	}
	return AlignDisagree
}
