package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/surface"
)

// TestPolicyTargetNamesActor: a target phrase that is exactly an actor's mention, an actor's name
// or alias in the article, or a country of the lexicon is that actor, never a POLICY of the same
// name (issue 14, new-user finding 8: a POLICY "China" beside the country split its relations).
// A phrase with a gerund prefix ("Chile easing …") stays an act, and a lower-case word that
// spells a country ("turkey") names no country.
func TestPolicyTargetNamesActor(t *testing.T) {
	cases := []struct {
		text, phrase, prefix string
		kind                 graph.Kind // "" for nil
		name                 string
	}{
		{"Several donors praised Chile for its patience during the talks.", "Chile", "", graph.Country, "Chile"},
		{"The Kenyan envoy thanked Pyongyang and the DPRK for their answer.", "DPRK", "", graph.Country, "North Korea"},
		{"Mediators kept the talks going and lauded uruguayan patience; they commended Uruguay.", "Uruguay", "", graph.Country, "Uruguay"},
		{"Several donors praised Chile for its patience during the talks.", "Chile", "easing", graph.Policy, "easing Chile"},
		{"Farmers sold turkey at the market in Lima.", "turkey", "", graph.Policy, "turkey"},
	}
	for _, c := range cases {
		d := resolvedDoc(t, input.Document{Text: c.text})
		var got *entity
		found := false
		for _, st := range d.Sents {
			for i, tok := range st.Toks {
				if tok.Text != c.phrase {
					continue
				}
				found = true
				got = surface.PolicyTarget(d.Doc, st, i, i+1, c.prefix)
			}
		}
		if !found {
			t.Fatalf("%q: no token %q", c.text, c.phrase)
		}
		if got == nil {
			t.Errorf("%q [%s]: nil, want %s %q", c.text, c.phrase, c.kind, c.name)
			continue
		}
		if got.Kind != c.kind || got.Name != c.name {
			t.Errorf("%q [%s %s]: %s %q, want %s %q", c.text, c.prefix, c.phrase, got.Kind, got.Name, c.kind, c.name)
		}
	}
}

// TestHeadNounPolicyEndsInName: a program name before a policy head noun ends in a capitalized
// word or a number; "with Peru for an agreement" names no program "Peru for", and Peru stays the
// country the relation is about.
func TestHeadNounPolicyEndsInName(t *testing.T) {
	g := extractText(t, "The Bolivian minister said Bolivia will work with Peru for an agreement on the shared lake.")
	v := view(g)
	for _, n := range g.Nodes {
		if n.Kind == graph.Policy && (n.Name == "Peru for" || n.Name == "Peru") {
			t.Errorf("POLICY %q made from a country and the words before the head noun", n.Name)
		}
	}
	if n := v.node("Peru"); n == nil || n.Kind != graph.Country {
		t.Errorf("Peru is not the country node: %+v", n)
	}
}
