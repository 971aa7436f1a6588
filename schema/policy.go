package schema

import (
	"github.com/claimgraph/claimgraph/graph"
	"github.com/graphql-go/graphql"
)

// buildPolicy builds Policy: a program, demand, measure or proposal.
func (t *types) buildPolicy() {
	fields := t.nodeFields()
	fields["name"] = &graphql.Field{
		Type:        graphql.NewNonNull(graphql.String),
		Description: "Canonical name, e.g. \"Made in China 2025\".",
		Resolve:     from(func(n *graph.Node) any { return n.Name }),
	}
	fields["aliases"] = &graphql.Field{
		Type:        graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(graphql.String))),
		Description: "Every surface form seen.",
		Resolve:     from(func(n *graph.Node) any { return stringList(n.Aliases) }),
	}
	fields["local"] = &graphql.Field{
		Type:        graphql.NewNonNull(graphql.Boolean),
		Description: "True for a policy named only by a definite description (\"the plan\", \"the deal\"): one node per article, never merged across articles.",
		Resolve:     from(func(n *graph.Node) any { return n.Local }),
	}
	fields["mentions"] = t.mentionsField()
	fields["relations"] = t.relationsField()
	t.policy = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Policy",
		Description: "A program, demand, measure or proposal.",
		Interfaces:  []*graphql.Interface{t.node},
		Fields:      fields,
	})
}
