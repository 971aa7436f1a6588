package export

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// Format is an export format.
type Format string

// Formats.
const (
	GEXF      Format = "gexf"      // GEXF 1.3, Gephi's format, with dynamic spells
	GraphML   Format = "graphml"   // GraphML (yEd, networkx, igraph, sigma.js, Cytoscape desktop)
	Cytoscape Format = "cytoscape" // Cytoscape.js JSON: {"elements": {"nodes", "edges"}}
	CSV       Format = "csv"       // nodes.csv, edges.csv, evidence.csv, articles.csv (a folder, or a zip)
	JSONL     Format = "jsonl"     // JSON lines: a backup that load --restore reads back
)

// Formats lists every format.
var Formats = []Format{GEXF, GraphML, Cytoscape, CSV, JSONL}

// ParseFormat checks a format name (case-insensitive).
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(strings.TrimSpace(s)))
	for _, k := range Formats {
		if f == k {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown format %q (want one of %s)", s, joinTypes(Formats))
}

// ContentType is the media type of a format written to one stream (CSV as a zip).
func (f Format) ContentType() string {
	switch f {
	case GEXF, GraphML:
		return "application/xml; charset=utf-8"
	case Cytoscape:
		return "application/json; charset=utf-8"
	case CSV:
		return "application/zip"
	}
	return "application/x-ndjson; charset=utf-8"
}

// Streams reports whether Write streams the whole store (the zero Filter) in this format instead
// of holding it: JSONL, GEXF and GraphML do.
func (f Format) Streams() bool { return f == JSONL || f == GEXF || f == GraphML }

// Extension is the file name extension of a format written to one stream.
func (f Format) Extension() string {
	switch f {
	case CSV:
		return "zip"
	case Cytoscape:
		return "cyjs"
	}
	return string(f)
}

// Write selects what f asks for from s and writes it to w in format, CSV as a zip archive. JSON
// lines cannot hold the edges ActorsOnly makes (they are not stored facts, and a backup must
// restore the store), so that pair is an error. The whole store (zero filter) as JSONL, GEXF or
// GraphML streams (StreamJSONL, StreamGEXF, StreamGraphML); the other exports hold their
// selection in memory. Errors: the filter's,
// the store's, w's.
func Write(ctx context.Context, s *graph.Store, format Format, f Filter, w io.Writer) error {
	if format == JSONL && f.ActorsOnly {
		return fmt.Errorf("jsonl is a backup of stored facts: --actors-only makes edges the store does not hold (use another format)")
	}
	if f.IsZero() && format.Streams() {
		switch format {
		case JSONL:
			return StreamJSONL(ctx, s, w)
		case GEXF:
			return StreamGEXF(ctx, s, w)
		default:
			return StreamGraphML(ctx, s, w)
		}
	}
	g, err := SelectFor(ctx, s, f, format)
	if err != nil {
		return err
	}
	return WriteGraph(g, format, w)
}

// WriteGraph writes a selected graph in format (CSV as a zip archive).
func WriteGraph(g *Graph, format Format, w io.Writer) error {
	switch format {
	case GEXF:
		return WriteGEXF(g, w)
	case GraphML:
		return WriteGraphML(g, w)
	case Cytoscape:
		return WriteCytoscape(g, w)
	case CSV:
		return WriteCSVZip(g, w)
	case JSONL:
		return WriteJSONL(g, w)
	}
	return fmt.Errorf("unknown format %q", format)
}

// nodeLabel is the display label of a node (claims shortened, as graph.Node.Label does).
func nodeLabel(n *graph.Node) string { return n.Label() }

// evidenceList joins one field of every evidence sentence with "; " (GraphML and GEXF hold no
// lists), in evidence order.
func evidenceList(e *Edge, field func(graph.Evidence) string) string {
	parts := make([]string, len(e.Evidence))
	for i, ev := range e.Evidence {
		parts[i] = field(ev)
	}
	return strings.Join(parts, "; ")
}

// articleDate is the YYYY-MM-DD publication date of an article, or "".
func articleDate(arts map[string]*graph.Article, id string) string {
	if a := arts[id]; a != nil {
		return isoDay(a.PublishedAt)
	}
	return ""
}
