package schema

import (
	"github.com/claimgraph/claimgraph/graph"
	"github.com/graphql-go/graphql"
)

// buildClaim builds Claim: a proposition someone asserts.
func (t *types) buildClaim() {
	fields := t.nodeFields()
	fields["text"] = &graphql.Field{
		Type:        graphql.NewNonNull(graphql.String),
		Description: "The content of the claim as written (quotation or reported speech).",
		Resolve:     from(func(n *graph.Node) any { return claimText(n) }),
	}
	fields["direct"] = &graphql.Field{
		Type:        graphql.NewNonNull(graphql.Boolean),
		Description: "True for a direct quotation.",
		Resolve:     from(func(n *graph.Node) any { return n.Direct }),
	}
	fields["turn"] = &graphql.Field{
		Type: graphql.String,
		Description: "The turn or block of its first article the claim came from: role and number, " +
			`"answer:3" (a press conference's answer), "turn:0" (a labelled speaker's turn), "statement:1" ` +
			`(a statement block), "title:0" (a document in its titled speaker's voice); null for claims ` +
			"in an article's own voice (reported speech, quotations in news).",
		Resolve: from(func(n *graph.Node) any {
			if n.Turn == "" {
				return nil
			}
			return n.Turn
		}),
	}
	fields["relations"] = t.relationsField()
	t.claim = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Claim",
		Description: "A proposition someone asserts; its speaker links to it with a CLAIMS relation.",
		Interfaces:  []*graphql.Interface{t.node},
		Fields:      fields,
	})
}

// claimText is a claim's text; graph.Node keeps it in Text, with Name as the fallback the model
// documents ("for a claim, its text").
func claimText(n *graph.Node) string {
	if n.Text != "" {
		return n.Text
	}
	return n.Name
}
