package schema

import (
	"fmt"
	"log/slog"
	"runtime/debug"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/graphql-go/graphql"
)

// types holds one schema's GraphQL types. New builds a fresh set on every call: graphql-go
// mutates the types handed to NewSchema, so sharing them between schemas is a data race.
type types struct {
	store *graph.Store
	log   *slog.Logger

	nodeKind, relationType, direction *graphql.Enum

	node *graphql.Interface

	actor, policy, claim, article *graphql.Object
	role, mention                 *graphql.Object
	relation, evidence, subgraph  *graphql.Object
	pageInfo                      *graphql.Object

	nodeConn, relationConn, articleConn, mentionConn *graphql.Object

	research researchTypes // research.go

	query *graphql.Object
}

// buildEnums builds NodeKind, RelationType and Direction. Internal values are the graph package's
// own (graph.Kind, graph.RelType, graph.Direction), so arguments arrive ready for the store.
func (t *types) buildEnums() {
	kinds := graphql.EnumValueConfigMap{}
	kindDoc := map[graph.Kind]string{
		graph.Person:       "A named person.",
		graph.Organization: "A company, university, think tank, party, or agency not of a state.",
		graph.Government:   "A state body or administration (a ministry, \"the Trump administration\").",
		graph.Country:      "A state acting as one (\"China\", \"Beijing\" for China's government).",
		graph.Group:        "An unnamed collective source (\"Chinese officials\", \"trade lawyers\").",
		graph.Policy:       "A program, demand, measure or proposal.",
		graph.ClaimKind:    "A proposition someone asserts.",
		graph.ArticleKind:  "A loaded document.",
	}
	for _, k := range graph.Kinds {
		kinds[string(k)] = &graphql.EnumValueConfig{Value: k, Description: kindDoc[k]}
	}
	t.nodeKind = graphql.NewEnum(graphql.EnumConfig{
		Name:        "NodeKind",
		Description: "The kind of a node. Actor kinds follow NER conventions (PERSON, ORG, GPE).",
		Values:      kinds,
	})

	relDoc := map[graph.RelType]string{
		graph.Opposes:   "Source opposes, rejects or refuses the target.",
		graph.Supports:  "Source supports, endorses or welcomes the target.",
		graph.Offers:    "Source offers or proposes the target.",
		graph.Demands:   "Source demands or calls for the target.",
		graph.Threatens: "Source threatens the target.",
		graph.Sanctions: "Source imposes sanctions, tariffs or penalties on the target.",
		graph.Cites:     "Source invokes the target (claim, actor, policy) as evidence or authority.",
		graph.Claims:    "Actor asserts the target claim.",
		graph.MemberOf:  "Person belongs to the target organization or government (see Relation.role).",
		graph.PartOf:    "Organization is part of the target parent organization or government.",
	}
	rels := graphql.EnumValueConfigMap{}
	for _, r := range graph.RelTypes {
		rels[string(r)] = &graphql.EnumValueConfig{Value: r, Description: relDoc[r]}
	}
	t.relationType = graphql.NewEnum(graphql.EnumConfig{
		Name:        "RelationType",
		Description: "The type of a relation, read source → target.",
		Values:      rels,
	})

	t.direction = graphql.NewEnum(graphql.EnumConfig{
		Name:        "Direction",
		Description: "Which relations of a node to follow.",
		Values: graphql.EnumValueConfigMap{
			"OUT": {Value: graph.Out, Description: "Relations whose source is the node."},
			"IN":  {Value: graph.In, Description: "Relations whose target is the node."},
			"ANY": {Value: graph.Any, Description: "Relations in both directions."},
		},
	})
}

// buildNode builds the Node interface. Its concrete type follows the value: *graph.Article is an
// Article; a *graph.Node is an Actor, Policy or Claim by its kind.
func (t *types) buildNode() {
	t.node = graphql.NewInterface(graphql.InterfaceConfig{
		Name:        "Node",
		Description: "Anything with a stable ID: an actor, policy, claim or article.",
		Fields: graphql.Fields{
			"id":    {Type: graphql.NewNonNull(graphql.ID), Description: "Stable across reloads and processes: the same input gives the same ID."},
			"kind":  {Type: graphql.NewNonNull(t.nodeKind)},
			"label": {Type: graphql.NewNonNull(graphql.String), Description: "Display name: actor or policy name, claim text (shortened), article title."},
		},
		ResolveType: func(p graphql.ResolveTypeParams) (obj *graphql.Object) {
			defer func() {
				if r := recover(); r != nil {
					t.log.Error("graphql: panic resolving Node type", "panic", r, "stack", string(debug.Stack()))
					obj = nil
				}
			}()
			return t.objectFor(p.Value)
		},
	})
}

func (t *types) objectFor(v any) *graphql.Object {
	switch v := v.(type) {
	case *graph.Article:
		return t.article
	case *graph.Node:
		switch {
		case v.Kind.IsActor():
			return t.actor
		case v.Kind == graph.Policy:
			return t.policy
		case v.Kind == graph.ClaimKind:
			return t.claim
		}
	}
	return nil
}

// nodeFields are the Node interface's fields for *graph.Node values, plus the node's rule.
func (t *types) nodeFields() graphql.Fields {
	return graphql.Fields{
		"id":    {Type: graphql.NewNonNull(graphql.ID), Resolve: from(func(n *graph.Node) any { return n.ID })},
		"kind":  {Type: graphql.NewNonNull(t.nodeKind), Resolve: from(func(n *graph.Node) any { return n.Kind })},
		"label": {Type: graphql.NewNonNull(graphql.String), Resolve: from(func(n *graph.Node) any { return n.Label() })},
		"rule": {
			Type:        graphql.String,
			Description: "The extraction rule or lexicon entry that first produced this node.",
			Resolve:     from(func(n *graph.Node) any { return nullString(n.Rule) }),
		},
	}
}

// from adapts a field accessor on a typed source value into a resolver. A source of another
// type is a bug in this package and becomes an INTERNAL error rather than a panic.
func from[T any](f func(T) any) graphql.FieldResolveFn {
	return func(p graphql.ResolveParams) (any, error) {
		v, ok := p.Source.(T)
		if !ok {
			var want T
			return nil, internalError(fmt.Errorf("schema: field %s: source is %T, want %T", p.Info.FieldName, p.Source, want))
		}
		return f(v), nil
	}
}

// nullString maps "" to GraphQL null.
func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// stringList returns ss, or an empty list for nil: [String!]! fields must not be null.
func stringList(ss []string) []string {
	if ss == nil {
		return []string{}
	}
	return ss
}
