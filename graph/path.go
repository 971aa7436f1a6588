package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/dgraph-io/badger/v4"
)

// Bounds of a path search. Both count adjacency entries read, the unit of work of a traversal.
const (
	// MaxPathDepth is the longest path (in relations) Paths looks for.
	MaxPathDepth = 6
	// DefaultPathBudget is the work Paths may do when PathQuery.Budget is 0: adjacency entries
	// read by the backward search plus path steps tried by the forward one. 200,000 entries is
	// about a tenth of a second on one core; a search over hub nodes that needs more fails with
	// ErrPathBudget rather than running for minutes.
	DefaultPathBudget = 200_000
)

// ErrPathBudget is returned by Paths when the search needs more work than its budget: ask for a
// smaller depth, fewer paths or fewer relation types.
var ErrPathBudget = errors.New("path search needs more work than its budget")

// PathQuery asks for paths between two nodes.
type PathQuery struct {
	From, To  string
	MaxDepth  int       // 1..MaxPathDepth relations
	Types     []RelType // relation types to follow; all when empty
	Direction Direction // Out: follow relations source→target; In: target→source; Any: both
	K         int       // at most this many paths (>= 1)
	Budget    int       // work bound (adjacency entries); 0: DefaultPathBudget
}

// Path is a chain of relations from PathQuery.From to PathQuery.To: Nodes[i] and Nodes[i+1] are
// the ends of Relations[i] (in the direction walked, which under Any may be against the relation).
type Path struct {
	Nodes     []string
	Relations []*Relation
}

// Paths returns up to q.K shortest simple paths (no node twice) from q.From to q.To of at most
// q.MaxDepth relations, shortest first; paths of one length come in adjacency-key order, so the
// answer is deterministic. Relations come without evidence (EvidenceCount is set).
//
// The search runs backward from q.To first (breadth-first, up to MaxDepth hops), recording each
// node's distance to q.To; the forward depth-first enumeration from q.From then only steps to
// nodes that can still reach q.To within the remaining depth, so its work is bounded by the
// paths that exist rather than by the size of q.From's neighborhood.
//
// Errors: ErrNotFound when either end is not a node, ErrPathBudget past the work bound,
// ErrClosed, the context's error.
func (s *Store) Paths(ctx context.Context, q PathQuery) ([]Path, error) {
	if q.MaxDepth < 1 || q.MaxDepth > MaxPathDepth {
		return nil, fmt.Errorf("graph: path depth %d is outside 1..%d", q.MaxDepth, MaxPathDepth)
	}
	if q.K < 1 {
		q.K = 1
	}
	budget := q.Budget
	if budget <= 0 {
		budget = DefaultPathBudget
	}
	back := In
	switch q.Direction {
	case In:
		back = Out
	case Any:
		back = Any
	}
	var out []Path
	err := s.view(ctx, func(txn *badger.Txn) error {
		for _, id := range []string{q.From, q.To} {
			if !exists(txn, NodeKey(id)) {
				return fmt.Errorf("%s: %w", id, ErrNotFound)
			}
		}
		work := 0
		spend := func(n int) error {
			work += n
			if work > budget {
				return fmt.Errorf("%w (%d adjacency entries; depth %d)", ErrPathBudget, budget, q.MaxDepth)
			}
			return ctx.Err()
		}
		// Backward breadth-first search: dist[n] = fewest relations from n to q.To.
		dist := map[string]int{q.To: 0}
		frontier := []string{q.To}
		for d := 1; d <= q.MaxDepth && len(frontier) > 0; d++ {
			var next []string
			for _, n := range frontier {
				adj := adjacency(txn, n, back, q.Types, true)
				if err := spend(len(adj)); err != nil {
					return err
				}
				for _, a := range adj {
					if _, seen := dist[a.other]; !seen {
						dist[a.other] = d
						next = append(next, a.other)
					}
				}
			}
			frontier = next
		}
		shortest, ok := dist[q.From]
		if !ok || q.From == q.To {
			return nil
		}
		// Forward enumeration, one length at a time, so shorter paths come first.
		adjCache := map[string][]adjacent{}
		forward := func(n string) ([]adjacent, error) {
			if a, ok := adjCache[n]; ok {
				return a, spend(len(a))
			}
			a := adjacency(txn, n, q.Direction, q.Types, true)
			adjCache[n] = a
			return a, spend(len(a))
		}
		var found [][]adjacent
		for length := shortest; length <= q.MaxDepth && len(found) < q.K; length++ {
			onPath := map[string]bool{q.From: true}
			var steps []adjacent
			var walk func(n string) error
			walk = func(n string) error {
				if len(found) >= q.K {
					return nil
				}
				left := length - len(steps)
				if n == q.To {
					if left == 0 {
						found = append(found, slices.Clone(steps))
					}
					return nil
				}
				adj, err := forward(n)
				if err != nil {
					return err
				}
				for _, a := range adj {
					d, ok := dist[a.other]
					if !ok || d > left-1 || onPath[a.other] {
						continue
					}
					onPath[a.other] = true
					steps = append(steps, a)
					err := walk(a.other)
					steps = steps[:len(steps)-1]
					delete(onPath, a.other)
					if err != nil {
						return err
					}
				}
				return nil
			}
			if err := walk(q.From); err != nil {
				return err
			}
		}
		recs := map[string]*Relation{}
		for _, steps := range found {
			p := Path{Nodes: []string{q.From}}
			for _, a := range steps {
				r, ok := recs[a.rel]
				if !ok {
					var err error
					if r, err = loadRelation(txn, a.rel, readOptions{noEvidence: true}); err != nil {
						return err
					}
					recs[a.rel] = r
				}
				p.Nodes = append(p.Nodes, a.other)
				p.Relations = append(p.Relations, r)
			}
			out = append(out, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("graph: paths from %s to %s: %w", q.From, q.To, err)
	}
	return out, nil
}
