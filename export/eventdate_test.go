package export

import (
	"bytes"
	"encoding/csv"
	"io"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestEventDateColumns: evidence.csv has event_date and event_date_precision per sentence (empty
// without one), and GEXF edges list event_dates (nu20 finding A14).
func TestEventDateColumns(t *testing.T) {
	art := &graph.Article{ID: "d_a", Title: "t", PublishedAt: "2019-05-14", Text: "In April last year, the US declared it would raise tariffs. It warned again."}
	us := &graph.Node{ID: graph.ActorID("United States"), Kind: graph.Country, Name: "United States"}
	cn := &graph.Node{ID: graph.ActorID("China"), Kind: graph.Country, Name: "China"}
	e := &Edge{Relation: graph.Relation{ID: graph.RelationID(graph.Threatens, us.ID, cn.ID, false), Type: graph.Threatens, Source: us.ID, Target: cn.ID, EvidenceCount: 2,
		Evidence: []graph.Evidence{
			{ArticleID: "d_a", Sentence: 0, Start: 0, End: 58, Text: "In April last year, the US declared it would raise tariffs.", EventDate: "2018-04-01", EventDatePrecision: "MONTH"},
			{ArticleID: "d_a", Sentence: 1, Start: 59, End: 75, Text: "It warned again."},
		}}}
	g := &Graph{Nodes: []*graph.Node{cn, us}, Edges: []*Edge{e}, Articles: map[string]*graph.Article{"d_a": art}}
	files := map[string]*bytes.Buffer{}
	if err := WriteCSV(g, func(name string) (io.Writer, error) { files[name] = &bytes.Buffer{}; return files[name], nil }); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(files["evidence.csv"]).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	if len(rows) != 3 || rows[1][col["event_date"]] != "2018-04-01" || rows[1][col["event_date_precision"]] != "MONTH" ||
		rows[2][col["event_date"]] != "" || rows[2][col["event_date_precision"]] != "" {
		t.Errorf("evidence.csv: %v", rows)
	}
	var gexf bytes.Buffer
	if err := WriteGEXF(g, &gexf); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(gexf.String(), `for="event_dates" value="2018-04-01/MONTH; "`) {
		t.Errorf("GEXF has no event_dates value: %s", gexf.String())
	}
}
