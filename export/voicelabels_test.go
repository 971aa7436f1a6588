package export_test

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/export"
	"github.com/claimgraph/claimgraph/graph"
)

// TestXMLEdgeLabelsAndCodes: GEXF and GraphML edges carry, next to the speakers' and addressees'
// node IDs, their labels (speaker_labels, addressee_labels), and the relation's CAMEO root and
// PLOVER category (cameo, plover), as edges.csv does — also when the speaker is no end of any
// selected edge (a --types selection), and in the streamed export. Both documents validate
// against the vendored XSDs.
func TestXMLEdgeLabelsAndCodes(t *testing.T) {
	s, err := graph.Open(graph.DefaultOptions(filepath.Join(t.TempDir(), "db")))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	text := "Lima note\n\nPeru urged Chile to lift the copper quota. Peru supported the new copper tariffs."
	art := graph.Article{ID: graph.ArticleID("https://example.com/lima", ""), URL: "https://example.com/lima", Title: "Lima note", PublishedAt: "2021-04-10", Text: text}
	lift := graph.Node{ID: graph.PolicyID("Chile lifting the copper quota"), Kind: graph.Policy, Name: "Chile lifting the copper quota"}
	demand := ev(t, art.ID, text, 1, "urged", "cue:urge", 0.8)
	demand.Addressee, demand.Speaker = chile.ID, brandt.ID
	d := rel(graph.Demands, peru, lift, demand)
	d.Cameo, d.Plover = "10", "DEMAND"
	g := &graph.ArticleGraph{Article: art, Nodes: []graph.Node{peru, chile, lift, tariffs, brandt},
		Relations: []graph.Relation{d, rel(graph.Supports, peru, tariffs, ev(t, art.ID, text, 2, "supported", "cue:support", 0.8))}}
	if _, err := s.RestoreArticle(context.Background(), g); err != nil {
		t.Fatal(err)
	}
	gexfSchema, _ := filepath.Abs("testdata/gexf-1.3/gexf.xsd")
	gmlSchema, _ := filepath.Abs("testdata/graphml/graphml.xsd")
	catalog, _ := filepath.Abs("testdata/graphml/catalog.xml")
	want := map[export.Format][]string{
		export.GEXF: {`<attvalue for="speaker_labels" value="Lucia Brandt">`, `<attvalue for="addressee_labels" value="Chile">`,
			`<attvalue for="cameo" value="10">`, `<attvalue for="plover" value="DEMAND">`},
		export.GraphML: {`<data key="speaker_labels">Lucia Brandt</data>`, `<data key="addressee_labels">Chile</data>`,
			`<data key="cameo">10</data>`, `<data key="plover">DEMAND</data>`},
	}
	for name, f := range map[string]export.Filter{"all": {}, "demands only": {Types: []graph.RelType{graph.Demands}}} {
		sel := selectGraph(t, s, f)
		for format, lines := range want {
			doc := write(t, sel, format)
			for _, w := range lines {
				if strings.Count(string(doc), w) != 1 {
					t.Errorf("%s %s: want one %s:\n%s", name, format, w, doc)
				}
			}
			if format == export.GEXF {
				validate(t, gexfSchema, "", doc)
			} else {
				validate(t, gmlSchema, catalog, doc)
			}
		}
	}
	var streamed bytes.Buffer
	if err := export.StreamGEXF(context.Background(), s, &streamed); err != nil {
		t.Fatal(err)
	}
	for _, w := range want[export.GEXF] {
		if !strings.Contains(streamed.String(), w) {
			t.Errorf("streamed GEXF: no %s", w)
		}
	}
}
