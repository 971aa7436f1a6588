package schema

import (
	"slices"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestActorCountryAndCode: Actor.country, code, local and mergedBy, and nodes(country:).
func TestActorCountryAndCode(t *testing.T) {
	f := newFixture(t)
	b := newArticle(t, "http://c.example/1", "Ministries", "2018-07-01",
		"China's Foreign Ministry spokesperson Lu Kang rejected the claim.",
		"The Foreign Ministry said it would respond.")
	mfa := b.node(graph.Node{ID: graph.ActorID("Foreign Ministry (China)"), Kind: graph.Government, Name: "Foreign Ministry (China)",
		Country: "CHN", Code: "CHNGOV", Aliases: []string{"Foreign Ministry"}}, 0, "Foreign Ministry")
	lu := b.node(graph.Node{ID: graph.ActorID("Lu Kang"), Kind: graph.Person, Name: "Lu Kang", Country: "CHN", Code: "CHNGOV",
		Family: "lu", MergedBy: "curation"}, 0, "Lu Kang")
	local := b.node(graph.Node{ID: graph.LocalActorID("Foreign Ministry", "article:x"), Kind: graph.Government, Name: "Foreign Ministry",
		Local: true}, 1, "Foreign Ministry")
	f.merge(t, b)
	ts := newTestServer(t, f, Options{})

	var got struct {
		Nodes struct {
			Nodes []struct {
				ID, Name, Country, Code, MergedBy string
				Local                             bool
			}
		}
	}
	ts.query(t, `{ nodes(country: "chn", first: 50) { nodes { id ... on Actor { name country code local mergedBy } } } }`, nil).decode(t, &got)
	var ids []string
	for _, n := range got.Nodes.Nodes {
		ids = append(ids, n.ID)
		if n.Country != "CHN" {
			t.Errorf("%s: country %q", n.Name, n.Country)
		}
		if n.ID == lu && (n.Code != "CHNGOV" || n.MergedBy != "curation") {
			t.Errorf("Lu Kang: %+v", n)
		}
	}
	// The fixture's China node predates Country: its three-letter code counts as its country.
	for _, want := range []string{mfa, lu, f.china} {
		if !slices.Contains(ids, want) {
			t.Errorf("nodes(country: CHN) misses %s (got %v)", want, ids)
		}
	}
	if slices.Contains(ids, local) || slices.Contains(ids, f.usa) {
		t.Errorf("nodes(country: CHN) lists an actor of no or another country: %v", ids)
	}
	var one struct {
		Node struct {
			Local   bool
			Country *string
		}
	}
	ts.query(t, `query($id: ID!) { node(id: $id) { ... on Actor { local country } } }`, map[string]any{"id": local}).decode(t, &one)
	if !one.Node.Local || one.Node.Country != nil {
		t.Errorf("local body: %+v", one.Node)
	}
}
