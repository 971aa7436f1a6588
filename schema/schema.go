// Package schema serves a claimgraph store over GraphQL: the schema and resolvers
// (github.com/graphql-go/graphql), the guards every request passes before it runs, and the HTTP
// handler with an embedded GraphiQL. The public contract is ../shared/contract/graphql.md.
//
// Offsets in the schema are Unicode code points into Article.text. Errors follow the GraphQL
// spec, each with extensions.code set to one of the Code constants.
package schema

import (
	"fmt"
	"log/slog"
	"sync"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/graphql-go/graphql"
)

// buildMu serializes schema construction: graphql.NewSchema initializes graphql-go's own
// package-level introspection types lazily, so two schemas built at once race
// (sourcenetwork/defradb#2774).
var buildMu sync.Mutex

// New builds the claimgraph GraphQL schema over store. Every type is built afresh inside the
// call, so schemas never share mutable types. It returns an error only when graphql-go rejects
// the type definitions (a bug in this package).
func New(store *graph.Store) (graphql.Schema, error) {
	return newSchema(store, slog.Default())
}

func newSchema(store *graph.Store, log *slog.Logger) (graphql.Schema, error) {
	if store == nil {
		return graphql.Schema{}, fmt.Errorf("schema: nil store")
	}
	t := &types{store: store, log: log}
	t.buildEnums()
	t.buildNode()
	t.buildPageInfo()
	t.buildArticle()
	t.buildMention()
	t.buildEvidence()
	t.buildRelation()
	t.buildResearch()
	t.buildConnections()
	t.buildRole()
	t.buildActor()
	t.buildPolicy()
	t.buildClaim()
	t.buildSubgraph()
	t.buildQuery()

	buildMu.Lock()
	defer buildMu.Unlock()
	s, err := graphql.NewSchema(graphql.SchemaConfig{
		Query: t.query,
		// Reachable only through the Node interface, so listed explicitly.
		Types: []graphql.Type{t.actor, t.policy, t.claim, t.article},
	})
	if err != nil {
		return graphql.Schema{}, fmt.Errorf("schema: %w", err)
	}
	for name, typ := range s.TypeMap() {
		if o, ok := typ.(interface{ Error() error }); ok && o.Error() != nil {
			return graphql.Schema{}, fmt.Errorf("schema: type %s: %w", name, o.Error())
		}
		// graphql-go fills an enum's lookup tables on first use; fill them now, before the
		// schema is shared between requests, so concurrent requests only read them.
		if e, ok := typ.(*graphql.Enum); ok {
			for _, v := range e.Values() {
				e.Serialize(v.Value)
				e.ParseValue(v.Name)
			}
		}
	}
	return s, nil
}
