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
				e := &Edge{Relation: a.Relation, Via: nodes[x], ViaType: b.Type, Parts: []string{a.ID, b.ID}}
				e.ID = "f_" + a.ID[len(graph.RelationPrefix):] + "_" + b.ID[len(graph.RelationPrefix):]
				e.Source, e.Target = from, to
				e.Confidence = min(a.Confidence, b.Confidence)
				out = append(out, e)
			}
		}
	}
	return out
}
