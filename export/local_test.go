package export_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/export"
	"github.com/claimgraph/claimgraph/graph"
)

// TestLocalFlagInEveryFormat: a node's Local flag (an unnamed group or a definite-description
// policy of one article; finding A17 of trial 18) is the local column of nodes.csv and the local
// attribute of GEXF, GraphML (default false, written when true) and Cytoscape.js, so a reader can
// drop such nodes without the GraphQL API.
func TestLocalFlagInEveryFormat(t *testing.T) {
	s, err := graph.Open(graph.DefaultOptions(filepath.Join(t.TempDir(), "db")))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	text := "Holm row\n\nValdoria rejected the scheme."
	a := graph.Article{ID: graph.ArticleID("https://example.com/holm", ""), Title: "Holm row", URL: "https://example.com/holm", Text: text}
	valdoria := graph.Node{ID: graph.ActorID("Valdoria"), Kind: graph.Country, Name: "Valdoria"}
	scheme := graph.Node{ID: graph.LocalPolicyID("scheme", "article:"+a.ID), Kind: graph.Policy, Name: "scheme", Local: true}
	ag := &graph.ArticleGraph{Article: a, Nodes: []graph.Node{valdoria, scheme},
		Relations: []graph.Relation{rel(graph.Opposes, valdoria, scheme, ev(t, a.ID, text, 1, "rejected", "cue:reject", 0.8))}}
	if _, err := s.RestoreArticle(context.Background(), ag); err != nil {
		t.Fatal(err)
	}
	g, err := export.SelectFor(context.Background(), s, export.Filter{}, export.CSV)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{valdoria.ID: "false", scheme.ID: "true"}

	zipped := write(t, g, export.CSV)
	zr, err := zip.NewReader(bytes.NewReader(zipped), int64(len(zipped)))
	if err != nil {
		t.Fatal(err)
	}
	f, err := zr.Open("nodes.csv")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows[1:] {
		if r[6] != want[r[0]] || rows[0][6] != "local" {
			t.Errorf("nodes.csv %v: local %q, want %q", r, r[6], want[r[0]])
		}
	}

	gexf := string(write(t, g, export.GEXF))
	if !strings.Contains(gexf, `<attribute id="local" title="local" type="boolean">`) ||
		strings.Count(gexf, `<attvalue for="local" value="true">`) != 1 || strings.Count(gexf, `<attvalue for="local" value="false">`) != 1 {
		t.Errorf("GEXF local attribute:\n%s", gexf)
	}
	graphml := string(write(t, g, export.GraphML))
	if !strings.Contains(graphml, `attr.name="local" attr.type="boolean"`) || strings.Count(graphml, `<data key="local">true</data>`) != 1 {
		t.Errorf("GraphML local key:\n%s", graphml)
	}
	var cy struct {
		Elements struct {
			Nodes []struct{ Data map[string]any }
		}
	}
	if err := json.Unmarshal(write(t, g, export.Cytoscape), &cy); err != nil {
		t.Fatal(err)
	}
	for _, n := range cy.Elements.Nodes {
		if got, _ := n.Data["local"].(bool); (got && want[n.Data["id"].(string)] != "true") || (!got && want[n.Data["id"].(string)] != "false") {
			t.Errorf("Cytoscape.js node %v: local %v", n.Data["id"], n.Data["local"])
		}
	}
}
