package graph

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/dgraph-io/badger/v4"
)

// Count is one row of a breakdown: a key (a node kind, a relation type, an ISO 3166-1 alpha-3
// country code, "" for an actor of no known country) and how many records have it.
type Count struct {
	Key string
	N   int
}

// Breakdown is what the store holds by category, each list ordered by count, most first, then
// by key. NodesByKind counts nodes of each Kind; RelationsByType relations of each RelType;
// ActorsByCountry actor nodes (Kind.IsActor) by Node.ActorCountry; RelationsBySourceCountry
// relations by the ActorCountry of their source node ("" when the source is no actor or has no
// known country). Relations are counted once each, whatever their evidence.
type Breakdown struct {
	NodesByKind, RelationsByType, ActorsByCountry, RelationsBySourceCountry []Count
}

// Breakdown reads every node and relation record once (one read transaction) and counts them
// by category. Errors: a closed store, a cancelled context, or a record that does not decode
// (wrapped, naming the key).
func (s *Store) Breakdown(ctx context.Context) (Breakdown, error) {
	kinds, types, actors, srcs := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	country := map[string]string{} // node ID → the actor's country ("" for none or no actor)
	err := s.view(ctx, func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: KeyNode.Prefix(), PrefetchValues: true})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			var n Node
			if err := it.Item().Value(func(v []byte) error { return json.Unmarshal(v, &n) }); err != nil {
				return fmt.Errorf("node %q: %w", it.Item().Key(), err)
			}
			kinds[string(n.Kind)]++
			if n.Kind.IsActor() {
				actors[n.ActorCountry()]++
				country[n.ID] = n.ActorCountry()
			}
		}
		rt := txn.NewIterator(badger.IteratorOptions{Prefix: KeyRelation.Prefix(), PrefetchValues: true})
		defer rt.Close()
		for rt.Rewind(); rt.Valid(); rt.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			var r relationRecord
			if err := rt.Item().Value(func(v []byte) error { return json.Unmarshal(v, &r) }); err != nil {
				return fmt.Errorf("relation %q: %w", rt.Item().Key(), err)
			}
			types[string(r.Type)]++
			srcs[country[r.Source]]++
		}
		return nil
	})
	if err != nil {
		return Breakdown{}, fmt.Errorf("graph: breakdown: %w", err)
	}
	return Breakdown{NodesByKind: counts(kinds), RelationsByType: counts(types), ActorsByCountry: counts(actors),
		RelationsBySourceCountry: counts(srcs)}, nil
}

// counts orders m's entries by count, most first, then by key.
func counts(m map[string]int) []Count {
	out := make([]Count, 0, len(m))
	for k, n := range m {
		out = append(out, Count{k, n})
	}
	slices.SortFunc(out, func(a, b Count) int {
		if c := cmp.Compare(b.N, a.N); c != 0 {
			return c
		}
		return cmp.Compare(a.Key, b.Key)
	})
	return out
}
