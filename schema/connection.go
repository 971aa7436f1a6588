package schema

import (
	"github.com/claimgraph/claimgraph/graph"
	"github.com/graphql-go/graphql"
)

// conn is the resolved value of a Relay connection: one page of items with their opaque cursors.
type conn struct {
	items       []any
	cursors     []string
	total       int
	hasNext     bool
	hasPrevious bool
}

// edge is one item of a connection with its cursor.
type edge struct {
	cursor string
	node   any
}

// toConn converts a store page.
func toConn[T any](p graph.Page[T]) *conn {
	c := &conn{
		items:       make([]any, len(p.Items)),
		cursors:     p.Cursors,
		total:       p.Total,
		hasNext:     p.HasNext,
		hasPrevious: p.HasPrevious,
	}
	for i, it := range p.Items {
		c.items[i] = it
	}
	return c
}

// fetchPage runs a store paging call for pa. For first: 0 it asks for one item and drops it, so
// totalCount and hasNextPage stay right whatever the store makes of a zero page size.
func fetchPage[T any](pa graph.PageArgs, fetch func(graph.PageArgs) (graph.Page[T], error)) (*conn, error) {
	cursor := pa.After != "" || pa.Before != ""
	if pa.First > 0 || pa.Last > 0 {
		p, err := fetch(pa)
		if err != nil {
			return nil, storeError(err, cursor)
		}
		return toConn(p), nil
	}
	p, err := fetch(graph.PageArgs{First: 1, After: pa.After, Before: pa.Before})
	if err != nil {
		return nil, storeError(err, cursor)
	}
	return &conn{total: p.Total, hasNext: len(p.Items) > 0 || p.HasNext, hasPrevious: p.HasPrevious}, nil
}

// buildPageInfo builds the Relay PageInfo type.
func (t *types) buildPageInfo() {
	t.pageInfo = graphql.NewObject(graphql.ObjectConfig{
		Name:        "PageInfo",
		Description: "Relay page information. Cursors are opaque.",
		Fields: graphql.Fields{
			"hasNextPage":     {Type: graphql.NewNonNull(graphql.Boolean), Resolve: from(func(c *conn) any { return c.hasNext })},
			"hasPreviousPage": {Type: graphql.NewNonNull(graphql.Boolean), Resolve: from(func(c *conn) any { return c.hasPrevious })},
			"startCursor": {Type: graphql.String, Resolve: from(func(c *conn) any {
				if len(c.cursors) == 0 {
					return nil
				}
				return c.cursors[0]
			})},
			"endCursor": {Type: graphql.String, Resolve: from(func(c *conn) any {
				if len(c.cursors) == 0 {
					return nil
				}
				return c.cursors[len(c.cursors)-1]
			})},
		},
	})
}

// connection builds the <name>Connection and <name>Edge types over items of type item.
func (t *types) connection(name string, item graphql.Output) *graphql.Object {
	edgeType := graphql.NewObject(graphql.ObjectConfig{
		Name: name + "Edge",
		Fields: graphql.Fields{
			"cursor": {Type: graphql.NewNonNull(graphql.String), Resolve: from(func(e edge) any { return e.cursor })},
			"node":   {Type: graphql.NewNonNull(item), Resolve: from(func(e edge) any { return e.node })},
		},
	})
	return graphql.NewObject(graphql.ObjectConfig{
		Name:        name + "Connection",
		Description: "A Relay connection of " + name + " items.",
		Fields: graphql.Fields{
			"edges": {
				Type: graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(edgeType))),
				Resolve: from(func(c *conn) any {
					edges := make([]any, len(c.items))
					for i, it := range c.items {
						e := edge{node: it}
						if i < len(c.cursors) {
							e.cursor = c.cursors[i]
						}
						edges[i] = e
					}
					return edges
				}),
			},
			"nodes": {
				Type:    graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(item))),
				Resolve: from(func(c *conn) any { return c.items }),
			},
			"pageInfo": {
				Type:    graphql.NewNonNull(t.pageInfo),
				Resolve: from(func(c *conn) any { return c }),
			},
			"totalCount": {
				Type:        graphql.NewNonNull(graphql.Int),
				Description: "Items in the whole connection, not only this page.",
				Resolve:     from(func(c *conn) any { return c.total }),
			},
		},
	})
}

// buildConnections builds NodeConnection, RelationConnection, ArticleConnection and
// MentionConnection.
func (t *types) buildConnections() {
	t.nodeConn = t.connection("Node", t.node)
	t.relationConn = t.connection("Relation", t.relation)
	t.articleConn = t.connection("Article", t.article)
	t.mentionConn = t.connection("Mention", t.mention)
}

// relationsField is the relations(direction, types, first, after, last, before, from, to,
// minConfidence, negated, hedged, sourceCountry, targetCountry, country, orderBy) field of a node
// of any kind.
func (t *types) relationsField() *graphql.Field {
	return &graphql.Field{
		Type:        graphql.NewNonNull(t.relationConn),
		Description: "Relations of this node, ordered by relation ID unless orderBy says otherwise.",
		Args: t.relationListArgs(backwardArgs(graphql.FieldConfigArgument{
			"direction": {Type: t.direction, DefaultValue: graph.Any},
			"types":     {Type: graphql.NewList(graphql.NewNonNull(t.relationType)), Description: "Only these types; all when omitted."},
			"first":     {Type: graphql.Int, Description: "Page size, default 50, at most 1000."},
			"after":     {Type: graphql.String, Description: "Cursor of the item to start after."},
		})),
		Resolve: t.safe(func(p graphql.ResolveParams) (any, error) {
			n, ok := p.Source.(*graph.Node)
			if !ok {
				return nil, badSource(p)
			}
			pa, err := pageArgs(p.Args)
			if err != nil {
				return nil, err
			}
			dir, _ := p.Args["direction"].(graph.Direction)
			f := graph.RelationFilter{Node: n.ID, Direction: dir, Types: typesArg(p.Args["types"])}
			if err := readRelationFilter(p.Args, &f); err != nil {
				return nil, err
			}
			return t.relationPage(p, f, pa)
		}),
	}
}

// mentionsField is the mentions(first, after) field of an actor or policy.
func (t *types) mentionsField() *graphql.Field {
	return &graphql.Field{
		Type:        graphql.NewNonNull(t.mentionConn),
		Description: "Where this node is mentioned, ordered by article and offset.",
		Args: backwardArgs(graphql.FieldConfigArgument{
			"first": {Type: graphql.Int, Description: "Page size, default 50, at most 1000."},
			"after": {Type: graphql.String, Description: "Cursor of the item to start after."},
		}),
		Resolve: t.safe(func(p graphql.ResolveParams) (any, error) {
			n, ok := p.Source.(*graph.Node)
			if !ok {
				return nil, badSource(p)
			}
			pa, err := pageArgs(p.Args)
			if err != nil {
				return nil, err
			}
			return fetchPage(pa, func(pa graph.PageArgs) (graph.Page[*graph.Mention], error) {
				return t.store.Mentions(p.Context, n.ID, pa)
			})
		}),
	}
}
