package schema

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestNodesCodeFilterAndCountryCheck: nodes(code:) keeps the actors whose CAMEO code starts with
// the prefix, in any case; a country argument that is no country code of countries.txt is
// BAD_ARGUMENT naming the value (nodes and relations), where it used to answer 0 rows.
func TestNodesCodeFilterAndCountryCheck(t *testing.T) {
	f := newFixture(t)
	b := newArticle(t, "http://c.example/codes", "Codes", "2019-03-01",
		"Peru's Congress and Peru's Foreign Ministry answered the Lima chamber of commerce.")
	leg := b.node(graph.Node{ID: graph.ActorID("Congress (Peru)"), Kind: graph.Government, Name: "Congress (Peru)",
		Country: "PER", Code: "PERLEG"}, 0, "Congress")
	mfa := b.node(graph.Node{ID: graph.ActorID("Foreign Ministry (Peru)"), Kind: graph.Government, Name: "Foreign Ministry (Peru)",
		Country: "PER", Code: "PERGOV"}, 0, "Foreign Ministry")
	biz := b.node(graph.Node{ID: graph.ActorID("Lima chamber of commerce"), Kind: graph.Organization, Name: "Lima chamber of commerce",
		Country: "PER", Code: "PERBUS"}, 0, "Lima chamber of commerce")
	f.merge(t, b)
	ts := newTestServer(t, f, Options{})

	ids := func(q string) []string {
		var got struct {
			Nodes struct{ Nodes []struct{ ID string } }
		}
		ts.query(t, q, nil).decode(t, &got)
		var out []string
		for _, n := range got.Nodes.Nodes {
			out = append(out, n.ID)
		}
		return out
	}
	if got := ids(`{ nodes(code: "pergov", first: 50) { nodes { id } } }`); !slices.Equal(got, []string{mfa}) {
		t.Errorf("nodes(code: pergov) = %v, want [%s]", got, mfa)
	}
	got := ids(`{ nodes(code: "PER", country: "per", first: 50) { nodes { id } } }`)
	for _, want := range []string{leg, mfa, biz} {
		if !slices.Contains(got, want) {
			t.Errorf("nodes(code: PER) misses %s: %v", want, got)
		}
	}
	if got := ids(`{ nodes(code: "PERGOV", country: "CHN", first: 50) { nodes { id } } }`); len(got) != 0 {
		t.Errorf("code and country must both hold: %v", got)
	}

	for _, q := range []string{
		`{ nodes(country: "CHNGOV") { totalCount } }`,
		`{ nodes(country: "XXX") { totalCount } }`,
		`{ nodes(country: "Peru") { totalCount } }`,
		`{ nodes(code: "PER-GOV") { totalCount } }`,
		`{ relations(sourceCountry: "XXX") { totalCount } }`,
		`{ relations(country: "Peru") { totalCount } }`,
	} {
		r := ts.query(t, q, nil)
		if r.code() != CodeBadArgument {
			t.Errorf("%s: code %q, want BAD_ARGUMENT: %s", q, r.code(), r.raw)
			continue
		}
		if !strings.Contains(string(r.raw), `\"`) {
			t.Errorf("%s: the message does not name the value: %s", q, r.raw)
		}
	}
	if r := ts.query(t, `{ nodes(country: "CHNGOV") { totalCount } }`, nil); !strings.Contains(string(r.raw), "code:") {
		t.Errorf("an actor code given as country does not point to code: %s", r.raw)
	}
}
