package schema

import (
	"github.com/claimgraph/claimgraph/graph"
	"github.com/graphql-go/graphql"
)

// buildRole builds Role. Its organization is resolved through the request's loader, so the roles
// of a whole page of actors cost one store read.
func (t *types) buildRole() {
	t.role = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Role",
		Description: "A title an actor holds, optionally at an organization.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"title": {
					Type:        graphql.NewNonNull(graphql.String),
					Description: "The title as written, e.g. \"executive vice president\".",
					Resolve:     from(func(r graph.Role) any { return r.Title }),
				},
				"organization": {
					Type:        t.actor,
					Description: "The organization the title is held at, when known.",
					Resolve: t.safe(func(p graphql.ResolveParams) (any, error) {
						r, ok := p.Source.(graph.Role)
						if !ok {
							return nil, badSource(p)
						}
						if r.OrgID == "" || graph.KindOfID(r.OrgID) != "actor" {
							return nil, nil
						}
						return t.safeThunk("Role.organization", loaderFor(p.Context, t.store).node(p.Context, r.OrgID)), nil
					}),
				},
			}
		}),
	})
}

// buildActor builds Actor: a node of kind PERSON, ORGANIZATION, GOVERNMENT, COUNTRY or GROUP.
func (t *types) buildActor() {
	fields := t.nodeFields()
	fields["name"] = &graphql.Field{
		Type:        graphql.NewNonNull(graphql.String),
		Description: "Canonical name, e.g. \"Ruan Zongze\".",
		Resolve:     from(func(n *graph.Node) any { return n.Name }),
	}
	fields["aliases"] = &graphql.Field{
		Type:        graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(graphql.String))),
		Description: "Every surface form seen, e.g. \"Mr. Ruan\", \"Ruan\".",
		Resolve:     from(func(n *graph.Node) any { return stringList(n.Aliases) }),
	}
	fields["roles"] = &graphql.Field{
		Type:        graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t.role))),
		Description: "Titles seen for this actor.",
		Resolve: from(func(n *graph.Node) any {
			out := make([]any, len(n.Roles))
			for i, r := range n.Roles {
				out[i] = r
			}
			return out
		}),
	}
	fields["code"] = &graphql.Field{
		Type: graphql.String,
		Description: "CAMEO actor code when known: a country's code (\"CHN\"), country and role for its bodies, " +
			"members and groups (\"CHNGOV\", \"USALEG\"), or a transnational code (\"IGOUNO\").",
		Resolve: from(func(n *graph.Node) any { return nullString(n.Code) }),
	}
	fields["country"] = &graphql.Field{
		Type:        graphql.String,
		Description: "ISO 3166-1 alpha-3 (CAMEO) code of the country the actor is or belongs to, e.g. \"CHN\"; null when unknown or international.",
		Resolve:     from(func(n *graph.Node) any { return nullString(n.ActorCountry()) }),
	}
	fields["local"] = &graphql.Field{
		Type:        graphql.NewNonNull(graphql.Boolean),
		Description: "True for a body named by a generic head (\"Foreign Ministry\") whose country its article does not give: it is one node per article, never merged across articles.",
		Resolve:     from(func(n *graph.Node) any { return n.Local }),
	}
	fields["mergedBy"] = &graphql.Field{
		Type:        graphql.String,
		Description: "What decided this node's identity when it was not the extractor: \"curation\" for a rule of the curation file given to load.",
		Resolve:     from(func(n *graph.Node) any { return nullString(n.MergedBy) }),
	}
	fields["mentions"] = t.mentionsField()
	fields["relations"] = t.relationsField()
	t.actor = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Actor",
		Description: "A person, organization, government, country or unnamed group that says or does things.",
		Interfaces:  []*graphql.Interface{t.node},
		Fields:      fields,
	})
}
