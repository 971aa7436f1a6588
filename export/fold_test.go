package export_test

import (
	"testing"

	"github.com/claimgraph/claimgraph/export"
	"github.com/claimgraph/claimgraph/graph"
)

// TestAlignment: two actors related to the same policy are on the same side when both support
// (or claim, demand, offer) it or both oppose it, on opposite sides when one is for and one
// against, and on no comparable side when a relation is negated, in a question, of a type that
// takes no side, or does not point at the policy.
func TestAlignment(t *testing.T) {
	const x = "p_tariffs"
	rel := func(typ graph.RelType, src, tgt string, negated, inQuestion bool) *export.Edge {
		return &export.Edge{Relation: graph.Relation{Type: typ, Source: src, Target: tgt, Negated: negated, InQuestion: inQuestion}}
	}
	for _, tc := range []struct {
		name string
		a, b *export.Edge
		want string
	}{
		{"both oppose", rel(graph.Opposes, "A", x, false, false), rel(graph.Opposes, "B", x, false, false), export.AlignAgree},
		{"support and claim", rel(graph.Supports, "A", x, false, false), rel(graph.Claims, "B", x, false, false), export.AlignAgree},
		{"demand and support", rel(graph.Demands, "A", x, false, false), rel(graph.Supports, "B", x, false, false), export.AlignAgree},
		{"support against oppose", rel(graph.Supports, "A", x, false, false), rel(graph.Opposes, "B", x, false, false), export.AlignDisagree},
		{"oppose against offer", rel(graph.Opposes, "A", x, false, false), rel(graph.Offers, "B", x, false, false), export.AlignDisagree},
		{"negated is no side", rel(graph.Supports, "A", x, true, false), rel(graph.Opposes, "B", x, false, false), ""},
		{"question is no side", rel(graph.Opposes, "A", x, false, true), rel(graph.Opposes, "B", x, false, false), ""},
		{"threat takes no side", rel(graph.Threatens, "A", x, false, false), rel(graph.Opposes, "B", x, false, false), ""},
		{"cites takes no side", rel(graph.Cites, "A", x, false, false), rel(graph.Cites, "B", x, false, false), ""},
		{"policy as source", rel(graph.Opposes, x, "A", false, false), rel(graph.Opposes, "B", x, false, false), ""},
	} {
		if got := export.Alignment(tc.a, tc.b, x); got != tc.want {
			t.Errorf("%s: Alignment = %q, want %q", tc.name, got, tc.want)
		}
	}
}
