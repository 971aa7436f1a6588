package export

import (
	"archive/zip"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimgraph/claimgraph/graph"
)

// cyElement is one Cytoscape.js element: {"data": {...}}.
type cyElement struct {
	Data map[string]any `json:"data"`
}

// WriteCytoscape writes g as Cytoscape.js JSON, the form cy.json() returns and Cytoscape desktop
// imports (.cyjs):
//
//	{"format_version": "1.0", "generated_by": "claimgraph", "target_cytoscapejs_version": "~3",
//	 "data": {"name": "claimgraph"},
//	 "elements": {"nodes": [{"data": {"id", "label", "kind", "country", "code", "aliases", "local"}}],
//	              "edges": [{"data": {"id", "source", "target", "relType", "interaction", "label",
//	                         "negated", "hedged", "confidence", "evidence_count",
//	                         "evidence_text", "evidence_cue", "evidence_article", "evidence_date",
//	                         "evidence_rule", ["via", "via_kind", "via_type", "alignment"]}}]}}
//
// The evidence_* members are lists with one entry per evidence sentence (Cytoscape desktop reads
// lists of strings as list columns); interaction is Cytoscape desktop's name for the edge type.
func WriteCytoscape(g *Graph, w io.Writer) error {
	nodes := make([]cyElement, 0, len(g.Nodes))
	for _, n := range g.Nodes {
		aliases := n.Aliases
		if aliases == nil {
			aliases = []string{}
		}
		nodes = append(nodes, cyElement{map[string]any{
			"id": n.ID, "label": nodeLabel(n), "kind": string(n.Kind),
			"country": n.ActorCountry(), "code": n.Code, "aliases": aliases, "local": n.Local,
		}})
	}
	edges := make([]cyElement, 0, len(g.Edges))
	for _, e := range g.Edges {
		list := func(field func(graph.Evidence) string) []string {
			out := make([]string, len(e.Evidence))
			for i, ev := range e.Evidence {
				out[i] = field(ev)
			}
			return out
		}
		d := map[string]any{
			"id": e.ID, "source": e.Source, "target": e.Target,
			"relType": string(e.Type), "interaction": string(e.Type), "label": string(e.Type),
			"negated": e.Negated, "hedged": e.Hedged, "in_question": e.InQuestion, "confidence": e.Confidence, "evidence_count": e.EvidenceCount,
			"evidence_text":    list(func(ev graph.Evidence) string { return ev.Text }),
			"evidence_cue":     list(func(ev graph.Evidence) string { return ev.Cue }),
			"evidence_rule":    list(func(ev graph.Evidence) string { return ev.Rule }),
			"evidence_article": list(func(ev graph.Evidence) string { return ev.ArticleID }),
			"evidence_date":    list(func(ev graph.Evidence) string { return articleDate(g.Articles, ev.ArticleID) }),
		}
		if e.Via != nil {
			d["via"], d["via_kind"], d["via_type"], d["alignment"] = nodeLabel(e.Via), string(e.Via.Kind), string(e.ViaType), e.Alignment
		}
		edges = append(edges, cyElement{d})
	}
	doc := map[string]any{
		"format_version":             "1.0",
		"generated_by":               "claimgraph",
		"target_cytoscapejs_version": "~3",
		"data":                       map[string]any{"name": "claimgraph"},
		"elements":                   map[string]any{"nodes": nodes, "edges": edges},
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

// CSV tables. Lists within a cell are "; "-separated; booleans are true/false; dates YYYY-MM-DD.
var (
	nodesHeader    = []string{"id", "kind", "label", "aliases", "country", "code", "local"}
	edgesHeader    = []string{"id", "source", "target", "source_label", "target_label", "relType", "negated", "hedged", "confidence", "evidence_count", "first_date", "last_date", "cameo", "plover", "via", "via_kind", "via_type", "in_question", "alignment"}
	evidenceHeader = []string{"relation", "source", "target", "relType", "article", "title", "url", "outlet", "date", "sentence", "start", "end", "text", "cue", "cue_start", "cue_end", "rule", "negated", "hedged", "in_question", "speaker", "addressee", "event_date", "event_date_precision"}
	articlesHeader = []string{"id", "title", "url", "outlet", "published", "published_source", "authors", "source", "near_duplicate_of", "text"}
)

// CSVFiles are the file names of the CSV export, in the order written.
var CSVFiles = []string{"nodes.csv", "edges.csv", "evidence.csv", "articles.csv"}

// WriteCSV writes the four tables of g through open, called once per name of CSVFiles:
//   - nodes.csv: id, kind, label, aliases, country, code, local — one row per node; local is
//     graph.Node.Local (an actor or policy whose identity holds only in its article or office
//     holders: "the plan", "relevant parties", a "Foreign Ministry" of no stated country);
//   - edges.csv: id, source, target, source_label, target_label, relType, negated, hedged,
//     confidence, evidence_count, first_date, last_date, cameo, plover, via, via_kind, via_type,
//     in_question, alignment (Edge.Alignment of a folded edge: agree, disagree or empty) — one row
//     per edge;
//   - evidence.csv: relation, source, target, relType, article, title, url, outlet, date,
//     sentence (0-based index), start, end (code points of the sentence in the article's cleaned
//     text), text, cue, cue_start, cue_end (code points; empty when there is no cue), rule,
//     negated (the edge's flag, as in edges.csv, so that a sentence row says whether it denies
//     the relation without a join), hedged (the sentence's), in_question, speaker, addressee
//     (graph.Evidence.Addressee: the node ID of the actor the sentence asks to act, when the
//     target names the act), event_date and event_date_precision (graph.Evidence.EventDate,
//     .EventDatePrecision: the first day of the period of the event the sentence reports, when it
//     says one, and DAY/WEEK/MONTH/YEAR; empty when it names none) — one row per sentence that
//     states an edge;
//   - articles.csv: id, title, url, outlet, published (YYYY-MM-DD or empty), published_source
//     (graph.Article.PublishedSource), authors ("; "-separated), source (the file it was loaded
//     from), near_duplicate_of (graph.Article.NearDuplicateOf: the stored article it nearly
//     repeats, empty when none), text (the cleaned text that evidence.csv's start, end, cue_start
//     and cue_end count code points of; last, as the longest) — one row per article in g.Articles, ordered by ID. Its text is empty
//     unless g was selected with it (SelectFor with CSV).
func WriteCSV(g *Graph, open func(name string) (io.Writer, error)) error {
	labels := map[string]string{}
	for _, n := range g.Nodes {
		labels[n.ID] = nodeLabel(n)
	}
	tables := [][][]string{{nodesHeader}, {edgesHeader}, {evidenceHeader}, {articlesHeader}}
	for _, n := range g.Nodes {
		tables[0] = append(tables[0], []string{n.ID, string(n.Kind), nodeLabel(n), strings.Join(n.Aliases, "; "), n.ActorCountry(), n.Code,
			strconv.FormatBool(n.Local)})
	}
	ids := slices.Sorted(maps.Keys(g.Articles))
	for _, id := range ids {
		a := g.Articles[id]
		tables[3] = append(tables[3], []string{a.ID, a.Title, a.URL, a.Outlet, isoDay(a.PublishedAt), a.PublishedSource,
			strings.Join(a.Authors, "; "), a.Source, a.NearDuplicateOf, a.Text})
	}
	for _, e := range g.Edges {
		dates := e.Dates(g.Articles)
		first, last := "", ""
		if len(dates) > 0 {
			first, last = dates[0], dates[len(dates)-1]
		}
		via, viaKind := "", ""
		if e.Via != nil {
			via, viaKind = nodeLabel(e.Via), string(e.Via.Kind)
		}
		tables[1] = append(tables[1], []string{e.ID, e.Source, e.Target, labels[e.Source], labels[e.Target], string(e.Type),
			strconv.FormatBool(e.Negated), strconv.FormatBool(e.Hedged), strconv.FormatFloat(e.Confidence, 'f', 3, 64),
			strconv.Itoa(e.EvidenceCount), first, last, e.Cameo, e.Plover, via, viaKind, string(e.ViaType), strconv.FormatBool(e.InQuestion), e.Alignment})
		for _, ev := range e.Evidence {
			var title, url, outlet string
			if a := g.Articles[ev.ArticleID]; a != nil {
				title, url, outlet = a.Title, a.URL, a.Outlet
			}
			cs, ce := "", ""
			if ev.CueEnd > 0 {
				cs, ce = strconv.Itoa(ev.CueStart), strconv.Itoa(ev.CueEnd)
			}
			tables[2] = append(tables[2], []string{e.ID, e.Source, e.Target, string(e.Type), ev.ArticleID, title, url, outlet,
				articleDate(g.Articles, ev.ArticleID), strconv.Itoa(ev.Sentence), strconv.Itoa(ev.Start), strconv.Itoa(ev.End),
				ev.Text, ev.Cue, cs, ce, ev.Rule, strconv.FormatBool(e.Negated), strconv.FormatBool(ev.Hedged),
				strconv.FormatBool(ev.InQuestion), ev.Speaker, ev.Addressee, ev.EventDate, ev.EventDatePrecision})
		}
	}
	for i, name := range CSVFiles {
		w, err := open(name)
		if err != nil {
			return err
		}
		cw := csv.NewWriter(w)
		if err := cw.WriteAll(tables[i]); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}

// WriteCSVZip writes the CSV tables as a zip archive of the files CSVFiles names,
// compressed (Deflate), each entry dated with the time of the export (zip.Writer.Create leaves the
// date zero, which unzip shows as 1980-00-00).
func WriteCSVZip(g *Graph, w io.Writer) error {
	zw := zip.NewWriter(w)
	now := time.Now()
	create := func(name string) (io.Writer, error) {
		return zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: now})
	}
	if err := WriteCSV(g, create); err != nil {
		return err
	}
	return zw.Close()
}

// WriteCSVDir writes the CSV tables into dir (created if missing), replacing files of the same
// names.
func WriteCSVDir(g *Graph, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var files []*os.File
	defer func() {
		for _, f := range files {
			f.Close()
		}
	}()
	err := WriteCSV(g, func(name string) (io.Writer, error) {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		files = append(files, f)
		return f, nil
	})
	if err != nil {
		return err
	}
	for _, f := range files {
		if err := f.Close(); err != nil {
			return err
		}
	}
	files = nil
	return nil
}
