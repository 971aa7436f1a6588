package export_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/export"
	"github.com/claimgraph/claimgraph/graph"
)

// The exports are checked by the readers people use: xmllint against the published XSDs (GEXF
// 1.3 and GraphML, vendored under testdata with their licences), networkx, Cytoscape.js and
// graphology (sigma.js's graph library) under node, and encoding/csv. Each reader is installed by
// .ci/run; a test skips, saying so, where one is missing.

// selections are the filtered graphs every reader test writes: the whole fixture, a dated window,
// the folded actors-only graph, and the extractor's graph of the sample (and corpus) whole and
// folded.
func selections(t *testing.T) map[string]*export.Graph {
	s := fixture(t)
	sample, err := sampleStore()
	if err != nil {
		t.Fatal(err)
	}
	return map[string]*export.Graph{
		"all":                selectGraph(t, s, export.Filter{}),
		"from2022":           selectGraph(t, s, export.Filter{From: "2022-01-01"}),
		"actors-only":        selectGraph(t, s, export.Filter{ActorsOnly: true}),
		"sample":             selectGraph(t, sample, export.Filter{}),
		"sample-actors-only": selectGraph(t, sample, export.Filter{ActorsOnly: true}),
	}
}

// validate runs xmllint --schema offline; catalog (may be "") maps remote schema locations to the
// vendored copies.
func validate(t *testing.T, schema, catalog string, doc []byte) {
	t.Helper()
	xmllint := need(t, "xmllint", "Debian package libxml2-utils")
	path := writeFile(t, "doc.xml", doc)
	cmd := exec.Command(xmllint, "--noout", "--nonet", "--schema", schema, path)
	cmd.Env = append(os.Environ(), "XML_CATALOG_FILES="+catalog)
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "validates") {
		t.Fatalf("xmllint --schema %s: %v\n%s", schema, err, out)
	}
}

func TestGEXFValidatesAgainstSchema(t *testing.T) {
	schema, _ := filepath.Abs("testdata/gexf-1.3/gexf.xsd")
	for name, g := range selections(t) {
		t.Run(name, func(t *testing.T) {
			doc := write(t, g, export.GEXF)
			validate(t, schema, "", doc)
			if name == "all" && (!bytes.Contains(doc, []byte(`mode="dynamic"`)) || !bytes.Contains(doc, []byte(`<spell start="2021-03-03" end="2021-03-03">`))) {
				t.Errorf("no dynamic spells in\n%s", doc)
			}
		})
	}
	// The validator is not a rubber stamp: a document breaking the schema fails.
	bad := bytes.Replace(write(t, selections(t)["all"], export.GEXF), []byte(`<spells>`), []byte(`<spells><bogus/>`), 1)
	xmllint := need(t, "xmllint", "Debian package libxml2-utils")
	if err := exec.Command(xmllint, "--noout", "--nonet", "--schema", schema, writeFile(t, "bad.gexf", bad)).Run(); err == nil {
		t.Error("an invalid GEXF validated")
	}
}

func TestGraphMLValidatesAgainstSchema(t *testing.T) {
	schema, _ := filepath.Abs("testdata/graphml/graphml.xsd")
	catalog, _ := filepath.Abs("testdata/graphml/catalog.xml")
	for name, g := range selections(t) {
		t.Run(name, func(t *testing.T) {
			doc := write(t, g, export.GraphML)
			validate(t, schema, catalog, doc)
			if !bytes.Contains(doc, []byte(`attr.name="relType"`)) || bytes.Contains(doc, []byte(`attr.name="type"`)) {
				t.Errorf("the edge type must be relType, never type (sigma.js reserves it)")
			}
		})
	}
	bad := bytes.Replace(write(t, selections(t)["all"], export.GraphML), []byte(` target=`), []byte(` tgt=`), 1)
	cmd := exec.Command(need(t, "xmllint", "Debian package libxml2-utils"), "--noout", "--nonet", "--schema", schema, writeFile(t, "bad.graphml", bad))
	cmd.Env = append(os.Environ(), "XML_CATALOG_FILES="+catalog)
	if err := cmd.Run(); err == nil {
		t.Error("an invalid GraphML validated")
	}
}

// networkxScript reads the GraphML and (when this networkx knows GEXF 1.3) the GEXF file and
// prints what it found as JSON.
const networkxScript = `
import json, sys
import networkx as nx
from networkx.readwrite import gexf
out = {"version": nx.__version__}
g = nx.read_graphml(sys.argv[1])
out["graphml"] = {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
  "edge": [d for _, _, d in g.edges(data=True) if d.get("relType") == "SUPPORTS"][0],
  "node": dict(g.nodes[sys.argv[3]])}
if "1.3" in gexf.GEXF.versions:
    h = nx.read_gexf(sys.argv[2])
    out["gexf"] = {"nodes": h.number_of_nodes(), "edges": h.number_of_edges(),
      "node": dict(h.nodes[sys.argv[3]]),
      "edge": [d for _, _, d in h.edges(data=True) if d.get("relType") == "OPPOSES"][0]}
print(json.dumps(out, default=str))
`

func TestNetworkxReadsGraphMLAndGEXF(t *testing.T) {
	// Debian's python3-networkx belongs to /usr/bin/python3, which a python3 earlier on PATH
	// (pyenv, a virtualenv) does not see: take the first of the two that has networkx.
	python := ""
	for _, cand := range []string{"python3", "/usr/bin/python3"} {
		if p, err := exec.LookPath(cand); err == nil && exec.Command(p, "-c", "import networkx").Run() == nil {
			python = p
			break
		}
	}
	if python == "" {
		t.Skip("no python3 with networkx (Debian package python3-networkx; .ci/run installs it)")
	}
	g := selections(t)["all"]
	gml := writeFile(t, "g.graphml", write(t, g, export.GraphML))
	gexfPath := writeFile(t, "g.gexf", write(t, g, export.GEXF))
	out, err := exec.Command(python, "-c", networkxScript, gml, gexfPath, chile.ID).CombinedOutput()
	if err != nil {
		t.Fatalf("networkx: %v\n%s", err, out)
	}
	var got struct {
		Version string
		GraphML *struct {
			Nodes, Edges int
			Edge         map[string]any
			Node         map[string]any
		}
		GEXF *struct {
			Nodes, Edges int
			Node         map[string]any
			Edge         map[string]any
		}
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if got.GraphML.Nodes != len(g.Nodes) || got.GraphML.Edges != len(g.Edges) {
		t.Errorf("networkx %s read %d nodes, %d edges from GraphML; want %d, %d", got.Version, got.GraphML.Nodes, got.GraphML.Edges, len(g.Nodes), len(g.Edges))
	}
	e := got.GraphML.Edge
	if e["evidence_count"] != float64(2) || !strings.Contains(e["dates"].(string), "2022-05-01") || e["articles"] == "" {
		t.Errorf("GraphML SUPPORTS edge as networkx reads it: %v", e)
	}
	if n := got.GraphML.Node; n["kind"] != "COUNTRY" || n["code"] != "CHL" || n["label"] != "Chile" {
		t.Errorf("GraphML node: %v", n)
	}
	if got.GEXF == nil {
		t.Logf("networkx %s reads GEXF up to 1.2draft only: the GEXF is checked by the XSD and graphology here", got.Version)
		return
	}
	if got.GEXF.Nodes != len(g.Nodes) || got.GEXF.Edges != len(g.Edges) {
		t.Errorf("GEXF: %d nodes, %d edges", got.GEXF.Nodes, got.GEXF.Edges)
	}
	if n := got.GEXF.Node; n["kind"] != "COUNTRY" || n["code"] != "CHL" || n["country"] != "CHL" {
		t.Errorf("GEXF node: %v", n)
	}
	if e := got.GEXF.Edge; e["evidence_count"] != float64(2) || e["weight"] != float64(2) {
		t.Errorf("GEXF edge: %v", e)
	}
}

// nodeReaders loads the exports with Cytoscape.js (headless) and graphology's GEXF and GraphML
// parsers, and prints counts and one edge's attributes from each.
const nodeReaders = `
const fs = require('fs');
const cytoscape = require('cytoscape');
const Graph = require('graphology');
const gexf = require('graphology-gexf/node');
const graphml = require('graphology-graphml/node');
const [cyjs, gexfPath, gmlPath] = process.argv.slice(1); // node -e: argv[1] is the first argument
const doc = JSON.parse(fs.readFileSync(cyjs, 'utf8'));
const cy = cytoscape({headless: true, elements: doc.elements});
const pick = (g) => g.edges().map((e) => g.getEdgeAttributes(e)).find((a) => a.relType === 'OPPOSES');
const g1 = gexf.parse(Graph, fs.readFileSync(gexfPath, 'utf8'));
const g2 = graphml.parse(Graph, fs.readFileSync(gmlPath, 'utf8'));
console.log(JSON.stringify({
  cytoscape: {nodes: cy.nodes().length, edges: cy.edges().length,
    edge: cy.edges('[relType = "OPPOSES"]').map((e) => e.data())[0],
    kinds: cy.nodes().map((n) => n.data('kind'))},
  gexf: {nodes: g1.order, edges: g1.size, edge: pick(g1)},
  graphml: {nodes: g2.order, edges: g2.size, edge: pick(g2)},
}));
`

func TestCytoscapeAndGraphologyRead(t *testing.T) {
	node := need(t, "node", "node")
	modules, _ := filepath.Abs("testdata/node/node_modules")
	if _, err := os.Stat(filepath.Join(modules, "cytoscape")); err != nil {
		t.Skip("the node readers are not installed: npm ci --prefix export/testdata/node (.ci/run does)")
	}
	for name, g := range selections(t) {
		t.Run(name, func(t *testing.T) {
			cmd := exec.Command(node, "-e", nodeReaders,
				writeFile(t, "g.cyjs", write(t, g, export.Cytoscape)),
				writeFile(t, "g.gexf", write(t, g, export.GEXF)),
				writeFile(t, "g.graphml", write(t, g, export.GraphML)))
			cmd.Env = append(os.Environ(), "NODE_PATH="+modules)
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("node: %v\n%s", err, out)
			}
			type edge map[string]any
			var got map[string]struct {
				Nodes, Edges int
				Edge         edge
				Kinds        []string
			}
			if err := json.Unmarshal(out, &got); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			for reader, r := range got {
				if r.Nodes != len(g.Nodes) || r.Edges != len(g.Edges) {
					t.Errorf("%s read %d nodes, %d edges; want %d, %d", reader, r.Nodes, r.Edges, len(g.Nodes), len(g.Edges))
				}
				if (r.Edge == nil || r.Edge["relType"] != "OPPOSES") && !strings.HasPrefix(name, "sample") {
					t.Errorf("%s: no OPPOSES edge with relType: %v", reader, r.Edge)
				}
			}
			cy := got["cytoscape"].Edge
			if name == "all" {
				texts, _ := cy["evidence_text"].([]any)
				if len(texts) != 2 || cy["evidence_count"] != float64(2) || !strings.Contains(texts[0].(string)+texts[1].(string), "rejected") {
					t.Errorf("Cytoscape.js edge data: %v", cy)
				}
			}
			if name == "actors-only" && cy["via"] != "new copper tariffs" {
				t.Errorf("actors-only Cytoscape.js edge without via: %v", cy)
			}
		})
	}
}

func TestCSVTables(t *testing.T) {
	g, err := export.SelectFor(context.Background(), fixture(t), export.Filter{}, export.CSV)
	if err != nil {
		t.Fatal(err)
	}
	before := time.Now().Add(-2 * time.Second) // the zip dates to the second (DOS: two seconds)
	zipped := write(t, g, export.CSV)
	after := time.Now().Add(2 * time.Second)
	zr, err := zip.NewReader(bytes.NewReader(zipped), int64(len(zipped)))
	if err != nil {
		t.Fatal(err)
	}
	tables := map[string][]map[string]string{}
	for _, f := range zr.File {
		// each entry is dated with the time of the export, not left at the zero DOS date
		if f.Modified.Before(before) || f.Modified.After(after) {
			t.Errorf("%s: modified %s, want the time of the export (%s)", f.Name, f.Modified, before)
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(rc).ReadAll()
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		for _, r := range rows[1:] {
			m := map[string]string{}
			for i, h := range rows[0] {
				m[h] = r[i]
			}
			tables[f.Name] = append(tables[f.Name], m)
		}
	}
	if len(tables["nodes.csv"]) != len(g.Nodes) || len(tables["edges.csv"]) != len(g.Edges) {
		t.Fatalf("%d node rows, %d edge rows", len(tables["nodes.csv"]), len(tables["edges.csv"]))
	}
	sentences := 0
	for _, e := range g.Edges {
		sentences += len(e.Evidence)
	}
	if len(tables["evidence.csv"]) != sentences {
		t.Fatalf("%d evidence rows, want one per sentence (%d)", len(tables["evidence.csv"]), sentences)
	}
	// Every evidence row carries its edge's negated flag (finding A7 of trial 15: a reader must
	// not have to join edges.csv to see that a sentence denies the relation).
	negated := map[string]string{}
	for _, row := range tables["edges.csv"] {
		negated[row["id"]] = row["negated"]
	}
	for _, row := range tables["evidence.csv"] {
		if got, want := row["negated"], negated[row["relation"]]; got != want || (got != "true" && got != "false") {
			t.Errorf("evidence row of %s: negated %q, want the edge's %q", row["relation"], got, want)
		}
	}
	// articles.csv holds every article (the zero filter) with its text, and every row's offsets
	// give its sentence and cue in the text of its article's row.
	s := fixture(t)
	arts := map[string]map[string]string{}
	for _, row := range tables["articles.csv"] {
		arts[row["id"]] = row
	}
	if len(arts) != 3 {
		t.Fatalf("%d article rows, want the fixture's 3", len(arts))
	}
	for _, row := range tables["evidence.csv"] {
		a, err := s.Article(context.Background(), row["article"])
		if err != nil {
			t.Fatal(err)
		}
		ar := arts[row["article"]]
		if ar == nil || ar["text"] != a.Text || ar["title"] != a.Title || ar["published"] != a.PublishedAt || ar["outlet"] != a.Outlet {
			t.Fatalf("articles.csv row of %s: %v, want the stored article", row["article"], ar)
		}
		text := []rune(ar["text"])
		start, _ := strconv.Atoi(row["start"])
		end, _ := strconv.Atoi(row["end"])
		cs, _ := strconv.Atoi(row["cue_start"])
		ce, _ := strconv.Atoi(row["cue_end"])
		if string(text[start:end]) != row["text"] || string(text[cs:ce]) != row["cue"] {
			t.Errorf("row %v: offsets do not give the sentence and cue", row)
		}
		if row["title"] != a.Title || row["url"] != a.URL || row["date"] != a.PublishedAt || row["relation"] == "" || row["rule"] == "" {
			t.Errorf("row %v: article metadata or relation missing", row)
		}
	}
	// The folder form writes the same four files.
	dir := t.TempDir()
	if err := export.WriteCSVDir(g, dir); err != nil {
		t.Fatal(err)
	}
	for _, name := range export.CSVFiles {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		zf, _ := zr.Open(name)
		zb, _ := io.ReadAll(zf)
		if !bytes.Equal(b, zb) {
			t.Errorf("%s differs between the folder and the zip", name)
		}
	}
}

// TestBackupRoundTrip: a JSON lines export restored into an empty store exports again byte for
// byte, with every ID, offset and confidence kept.
func TestBackupRoundTrip(t *testing.T) {
	ctx := context.Background()
	var first bytes.Buffer
	if err := export.Write(ctx, fixture(t), export.JSONL, export.Filter{}, &first); err != nil {
		t.Fatal(err)
	}
	b, err := export.ReadBackup(bytes.NewReader(first.Bytes()), "backup.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Articles) != 3 || b.Unplaced != 0 {
		t.Fatalf("%d articles, %d unplaced", len(b.Articles), b.Unplaced)
	}
	s2, err := graph.Open(graph.DefaultOptions(filepath.Join(t.TempDir(), "restored")))
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	for _, ag := range b.Articles {
		if _, err := s2.RestoreArticle(ctx, ag); err != nil {
			t.Fatal(err)
		}
	}
	var second bytes.Buffer
	if err := export.Write(ctx, s2, export.JSONL, export.Filter{}, &second); err != nil {
		t.Fatal(err)
	}
	if first.String() != second.String() {
		t.Errorf("the restored store exports differently:\nfirst:\n%s\nsecond:\n%s", first.String(), second.String())
	}
	if !strings.Contains(first.String(), `{"mention":`) {
		t.Error("the backup has no mentions")
	}
}

func TestReadBackupErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"{\"article\": {\"id\": \"d_1\", \"text\": \"x\"}}\nnot json\n", "backup.jsonl:2"},
		{"{\"other\": 1}\n", "backup.jsonl:1"},
		{"{\"article\": {\"id\": \"d_1\", \"text\": \"x\"}}\n{\"relation\": {\"id\": \"r_1\", \"type\": \"OPPOSES\", \"source\": \"a_1\", \"target\": \"a_2\", \"evidence\": [{\"article\": \"d_1\"}]}}\n", "a_1"},
		{"{\"article\": {\"id\": \"d_1\", \"text\": \"x\"}}\n{\"mention\": {\"node\": \"a_7\", \"article\": \"d_1\"}}\n", "a_7"},
	} {
		_, err := export.ReadBackup(strings.NewReader(tc.in), "backup.jsonl")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want one naming %q", tc.in, err, tc.want)
		}
	}
	// Evidence and mentions of an article the file lacks (an interrupted load's leftovers) are
	// counted, not fatal: the rest restores.
	b, err := export.ReadBackup(strings.NewReader(`{"article": {"id": "d_1", "text": "Chile opposed it."}}
{"node": {"id": "a_1", "kind": "COUNTRY", "name": "Chile"}}
{"node": {"id": "p_1", "kind": "POLICY", "name": "it"}}
{"mention": {"node": "a_1", "article": "d_9", "start": 0, "end": 5}}
{"relation": {"id": "r_1", "type": "OPPOSES", "source": "a_1", "target": "p_1", "evidence": [{"article": "d_1", "end": 17}, {"article": "d_9"}]}}
`), "backup.jsonl")
	if err != nil || len(b.Articles) != 1 || b.Unplaced != 2 || len(b.Articles[0].Relations) != 1 || len(b.Articles[0].Nodes) != 2 {
		t.Errorf("leftovers: %v, %+v", err, b)
	}
}

// TestStreamsMatchSelect: the streamed whole-store JSONL, GEXF and GraphML are the selection's,
// byte for byte, on the fixture and on the extractor's graph of the sample.
func TestStreamsMatchSelect(t *testing.T) {
	sample, err := sampleStore()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	streams := map[export.Format]func(context.Context, *graph.Store, io.Writer) error{
		export.JSONL: export.StreamJSONL, export.GEXF: export.StreamGEXF, export.GraphML: export.StreamGraphML,
	}
	for name, s := range map[string]*graph.Store{"fixture": fixture(t), "sample": sample} {
		for format, stream := range streams {
			g, err := export.Select(ctx, s, export.Filter{}, format == export.JSONL)
			if err != nil {
				t.Fatal(err)
			}
			var selected, streamed bytes.Buffer
			if err := export.WriteGraph(g, format, &selected); err != nil {
				t.Fatal(err)
			}
			if err := stream(ctx, s, &streamed); err != nil {
				t.Fatal(err)
			}
			if selected.String() != streamed.String() {
				t.Errorf("%s %s: the streamed export differs from the selected one (%d vs %d bytes)", name, format, streamed.Len(), selected.Len())
			}
		}
	}
}

// TestGEXFGraphMLQuestionAndSpeaker: both XML formats carry a relation's in_question and its
// evidence's speakers as edge attributes, as the CSV evidence table and the JSON lines do (the
// documents are checked against the XSDs by the tests above; here, what they say).
func TestGEXFGraphMLQuestionAndSpeaker(t *testing.T) {
	g := selections(t)["all"]
	threat := graph.RelationID(graph.Threatens, peru.ID, chile.ID, false)
	support := graph.RelationID(graph.Supports, argentina.ID, tariffs.ID, false)
	type attrs map[string]string
	edges := map[string]map[string]attrs{}
	var gexfDoc struct {
		Edges []struct {
			ID     string `xml:"id,attr"`
			Values []struct {
				For   string `xml:"for,attr"`
				Value string `xml:"value,attr"`
			} `xml:"attvalues>attvalue"`
		} `xml:"graph>edges>edge"`
	}
	if err := xml.Unmarshal(write(t, g, export.GEXF), &gexfDoc); err != nil {
		t.Fatal(err)
	}
	edges["gexf"] = map[string]attrs{}
	for _, e := range gexfDoc.Edges {
		a := attrs{}
		for _, v := range e.Values {
			a[v.For] = v.Value
		}
		edges["gexf"][e.ID] = a
	}
	var gmlDoc struct {
		Edges []struct {
			ID   string `xml:"id,attr"`
			Data []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"graph>edge"`
	}
	if err := xml.Unmarshal(write(t, g, export.GraphML), &gmlDoc); err != nil {
		t.Fatal(err)
	}
	edges["graphml"] = map[string]attrs{}
	for _, e := range gmlDoc.Edges {
		a := attrs{}
		for _, d := range e.Data {
			a[d.Key] = d.Value
		}
		edges["graphml"][e.ID] = a
	}
	for format, es := range edges {
		if a := es[threat]; a["in_question"] != "true" || a["speakers"] != brandt.ID {
			t.Errorf("%s: THREATENS edge (asked, voiced by Brandt) has in_question %q, speakers %q", format, a["in_question"], a["speakers"])
		}
		if a := es[support]; a["in_question"] != "false" || a["speakers"] != "" {
			t.Errorf("%s: SUPPORTS edge has in_question %q, speakers %q; want false and none", format, a["in_question"], a["speakers"])
		}
	}
}

// TestXMLEdgeAddressees: a demand addressed to an actor (graph.Evidence.Addressee: "urged Chile to
// lift …") carries its addressee in GEXF and GraphML (addressees), as evidence.csv does; a
// relation with none has no value.
func TestXMLEdgeAddressees(t *testing.T) {
	s, err := graph.Open(graph.DefaultOptions(filepath.Join(t.TempDir(), "db")))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	text := "Lima note\n\nPeru urged Chile to lift the copper quota. Peru supported the new copper tariffs."
	art := graph.Article{ID: graph.ArticleID("https://example.com/lima", ""), URL: "https://example.com/lima", Title: "Lima note", PublishedAt: "2021-04-10", Text: text}
	lift := graph.Node{ID: graph.PolicyID("Chile lifting the copper quota"), Kind: graph.Policy, Name: "Chile lifting the copper quota"}
	demand := ev(t, art.ID, text, 1, "urged", "cue:urge", 0.8)
	demand.Addressee = chile.ID
	g := &graph.ArticleGraph{Article: art, Nodes: []graph.Node{peru, chile, lift, tariffs},
		Relations: []graph.Relation{rel(graph.Demands, peru, lift, demand), rel(graph.Supports, peru, tariffs, ev(t, art.ID, text, 2, "supported", "cue:support", 0.8))}}
	if _, err := s.RestoreArticle(context.Background(), g); err != nil {
		t.Fatal(err)
	}
	sel := selectGraph(t, s, export.Filter{})
	for f, want := range map[export.Format]string{
		export.GEXF:    `<attvalue for="addressees" value="` + chile.ID + `">`,
		export.GraphML: `<data key="addressees">` + chile.ID + `</data>`,
	} {
		doc := string(write(t, sel, f))
		if strings.Count(doc, want) != 1 {
			t.Errorf("%s: want one addressees value %s:\n%s", f, want, doc)
		}
	}
}
