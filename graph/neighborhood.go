package graph

import (
	"context"
	"fmt"
	"slices"

	"github.com/dgraph-io/badger/v4"
)

// defaultNeighborhoodLimit is the node limit of a neighborhood when its limit is <= 0 (the
// contract's default).
const defaultNeighborhoodLimit = 200

// NeighborhoodQuery says which neighborhood NeighborhoodWhere returns. The zero value of each
// field is Neighborhood's default: depth 0 (the center alone), every relation type, 200 nodes,
// every date.
type NeighborhoodQuery struct {
	Depth int       // hops from the center
	Types []RelType // only relations of these types; all when empty
	Limit int       // most nodes returned, the center included; <= 0 means 200
	// From and To (YYYY-MM-DD, inclusive; "" leaves a side open) keep only relations with some
	// evidence from an article published in that window (DateInRange's rule: an undated article
	// is in no bounded window), the rule RelationFilter.From/To applies. The walk steps only
	// through such relations, before Limit counts the nodes it reaches, so a hub whose ties are
	// mostly of other dates still gives all its ties of these dates up to Limit; a node tied to
	// the center by no relation of the window is no neighbor. The relations returned count
	// (EvidenceCount) and carry the evidence of the window alone. An article center outside the
	// window has no neighbors.
	From, To string
}

// Neighborhood returns the nodes within depth hops of id over relations of the given types (all
// when empty), at most limit nodes (<= 0 means 200), and the relations among them: it is
// NeighborhoodWhere without a date window.
func (s *Store) Neighborhood(ctx context.Context, id string, depth int, types []RelType, limit int, opts ...ReadOption) (*Subgraph, error) {
	return s.NeighborhoodWhere(ctx, id, NeighborhoodQuery{Depth: depth, Types: types, Limit: limit}, opts...)
}

// NeighborhoodWhere returns the nodes within q.Depth hops of id over relations of q.Types (all
// when empty) inside q's date window, breadth-first, at most q.Limit nodes (<= 0 means 200),
// and the relations among them of those types and dates, ordered by ID. Nodes come in
// breadth-first order, each level in adjacency-key order. id may be an article: the article is
// returned in Articles and its nodes count as the first hop (depth 0 gives the article alone).
// Relations come with their evidence unless WithoutEvidence is given. Errors: ErrNotFound for an
// unknown id, ErrClosed, the context's error.
func (s *Store) NeighborhoodWhere(ctx context.Context, id string, q NeighborhoodQuery, opts ...ReadOption) (*Subgraph, error) {
	o := readOpts(opts)
	limit, depth := q.Limit, q.Depth
	if limit <= 0 {
		limit = defaultNeighborhoodLimit
	}
	sg := &Subgraph{}
	err := s.view(ctx, func(txn *badger.Txn) error {
		dates := newDateCache(txn)
		o := windowed(o, q.From, q.To, "", dates)
		// counts holds, per relation looked at, its evidence sentences in the window: read once,
		// they decide whether the walk may step through it and are its EvidenceCount.
		counts := map[string]int{}
		keep := func(rel string) (bool, error) {
			if o.window == nil {
				return true, nil
			}
			n, ok := counts[rel]
			if !ok {
				var err error
				if n, err = windowEvidence(txn, rel, o); err != nil {
					return false, err
				}
				counts[rel] = n
			}
			return n > 0, nil
		}
		in := map[string]bool{}
		var order []string
		add := func(n string) bool {
			if in[n] || len(order) >= limit {
				return false
			}
			in[n] = true
			order = append(order, n)
			return true
		}
		var frontier []string
		switch {
		case exists(txn, NodeKey(id)):
			add(id)
			frontier = []string{id}
		case exists(txn, ArticleKey(id)):
			a, err := getArticle(txn, id)
			if err != nil {
				return err
			}
			sg.Articles = append(sg.Articles, &a.Article)
			if depth < 1 {
				break
			}
			if o.window != nil {
				if in, err := o.window(id); err != nil || !in {
					return err // outside the window: the article alone
				}
			}
			depth--
			for _, k := range collectKeys(txn, ArticleFactsPrefix(KeyArticleNode, id), 0) {
				pk, err := Parse(k)
				if err != nil {
					return err
				}
				if exists(txn, NodeKey(pk.Node)) && add(pk.Node) {
					frontier = append(frontier, pk.Node)
				}
			}
		default:
			return ErrNotFound
		}
		for d := 0; d < depth && len(frontier) > 0 && len(order) < limit; d++ {
			var next []string
			for _, n := range frontier {
				if err := ctx.Err(); err != nil {
					return err
				}
				for _, a := range adjacency(txn, n, Any, q.Types, true) {
					if in[a.other] || len(order) >= limit {
						continue // add would refuse it: no need to read the relation's dates
					}
					if ok, err := keep(a.rel); err != nil {
						return err
					} else if ok && add(a.other) {
						next = append(next, a.other)
					}
				}
			}
			frontier = next
		}
		var rels []string
		for _, n := range order {
			for _, a := range adjacency(txn, n, Out, q.Types, true) {
				if !in[a.other] {
					continue
				}
				if ok, err := keep(a.rel); err != nil {
					return err
				} else if ok {
					rels = append(rels, a.rel)
				}
			}
		}
		slices.Sort(rels)
		for _, r := range slices.Compact(rels) {
			rec, _, err := getRecord(txn, r, false)
			if err != nil {
				return err
			}
			if o.window != nil {
				rec.Evidence = counts[r] // every relation listed passed keep
			}
			rel, err := withEvidence(txn, rec, o)
			if err != nil {
				return err
			}
			sg.Relations = append(sg.Relations, rel)
		}
		for _, n := range order {
			var node Node
			if err := getJSON(txn, NodeKey(n), &node); err != nil {
				return err
			}
			sg.Nodes = append(sg.Nodes, &node)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("graph: neighborhood of %s: %w", id, err)
	}
	return sg, nil
}
