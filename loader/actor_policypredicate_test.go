package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// TestPolicyHeadAfterVerb: a past-tense verb between capitalized names and a program head noun
// ("Chad and Niger reached agreement") is the clause's verb, so the names are its subject, no
// program's name (findPolicyNames, predicatePast); near miss: a name, one adjective and the head
// is still a program ("the Made in China 2025 industrial policy").
func TestPolicyHeadAfterVerb(t *testing.T) {
	fire := []struct{ text, src, target string }{
		{"N'DJAMENA, March 4 (Reuters) - Officials said on Tuesday that Chad and Niger reached agreement to reopen their common border.", "Niger", "reopen"},
		{"N'DJAMENA, March 4 (Reuters) - Officials said on Tuesday that Chad and Niger reached agreement to reopen their common border.", "Chad", "reopen"},
		{"Peru and Bolivia signed agreement to share the lake's water, the ministers said.", "Bolivia", ""},
	}
	for _, c := range fire {
		v := view(extractDoc(t, input.Document{Source: "t.txt", Text: c.text}))
		n := v.node(c.src)
		if n == nil || n.Kind != graph.Country {
			t.Errorf("%q: %s is no COUNTRY node", c.text, c.src)
			v.dump(os.Stderr)
			continue
		}
		if len(v.rels(graph.Offers, c.src, c.target)) == 0 && len(v.rels(graph.Supports, c.src, c.target)) == 0 {
			t.Errorf("%q: no OFFERS or SUPPORTS from %s to %q", c.text, c.src, c.target)
			v.dump(os.Stderr)
		}
		for _, nd := range v.g.Nodes {
			if nd.Kind == graph.Policy && (nd.Name == "Chad and Niger" || nd.Name == "Peru and Bolivia") {
				t.Errorf("%q: POLICY %q", c.text, nd.Name)
			}
		}
	}
	v := view(extractDoc(t, input.Document{Source: "t.txt", Text: "The United States criticized the Made in China 2025 industrial policy on Friday."}))
	if n := v.node("Made in China 2025"); n == nil || n.Kind != graph.Policy {
		t.Errorf("Made in China 2025: no POLICY node")
		v.dump(os.Stderr)
	}
}
