package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestTitleOfBodies: a title with an of-phrase set before a name without a comma, alone or
// coordinated with another designation, makes the person a member of the body it names, and so
// of that body's state; a title separated from the name by a verb is no designation of it.
func TestTitleOfBodies(t *testing.T) {
	cases := []struct {
		text, person, country string // country "": none expected
	}{
		{"Vice Premier of the State Council Zhou Minglu will visit Brussels on Monday to discuss steel.", "Zhou Minglu", "CHN"},
		{"On Friday, Chair of the Pacific Forum and Minister of Foreign Affairs of Chile Rosa Pino opened the meeting in Lima.", "Rosa Pino", "CHL"},
		{"The Minister of Trade of Chile said Ana Quispe would lead the talks in Lima.", "Ana Quispe", ""},
	}
	for _, c := range cases {
		g := extractText(t, c.text)
		n := view(g).node(c.person)
		if n == nil || n.Kind != graph.Person {
			t.Errorf("%q: no person %q: %+v", c.text, c.person, n)
			continue
		}
		if n.Country != c.country {
			t.Errorf("%q: %s country %q, want %q (roles %+v)", c.text, c.person, n.Country, c.country, n.Roles)
		}
	}
}
