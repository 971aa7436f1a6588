package main

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/claimgraph/claimgraph/graph"
)

func newExportCmd(g *globals) *cobra.Command {
	var format, outPath string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the whole graph as GraphML (Gephi, yEd, Cytoscape) or JSON lines",
		Long: `Export writes every node and relation. GraphML keeps each node's kind and label and each
edge's type, polarity, confidence, evidence count and first evidence (sentence, cue, rule,
article ID and publication date); JSON lines (one {"article":…}, {"node":…} or {"relation":…}
object per line) keep everything: articles with their text, evidence with offsets.`,
		Args: argsUsage(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "graphml" && format != "jsonl" {
				return usagef("--format must be graphml or jsonl, not %q", format)
			}
			s, err := openStore(g, true)
			if err != nil {
				return err
			}
			defer s.Close()
			w := g.stdout
			if outPath != "" && outPath != "-" {
				f, err := os.Create(outPath)
				if err != nil {
					return err
				}
				defer f.Close()
				w = f
			}
			if format == "graphml" {
				return exportGraphML(cmd.Context(), s, w)
			}
			return exportJSONL(cmd.Context(), s, w)
		},
	}
	cmd.Flags().StringVar(&format, "format", "graphml", "graphml or jsonl")
	cmd.Flags().StringVarP(&outPath, "output", "o", "", "output file (default standard output)")
	return cmd
}

// eachNode and eachRelation page through the whole store.
func eachNode(ctx context.Context, s *graph.Store, fn func(*graph.Node) error) error {
	after := ""
	for {
		p, err := s.Nodes(ctx, graph.NodeFilter{}, graph.PageArgs{First: 1000, After: after})
		if err != nil {
			return err
		}
		for _, n := range p.Items {
			if err := fn(n); err != nil {
				return err
			}
		}
		if !p.HasNext || len(p.Cursors) == 0 {
			return nil
		}
		after = p.Cursors[len(p.Cursors)-1]
	}
}

func eachRelation(ctx context.Context, s *graph.Store, fn func(*graph.Relation) error) error {
	after := ""
	for {
		p, err := s.Relations(ctx, graph.RelationFilter{}, graph.PageArgs{First: 1000, After: after})
		if err != nil {
			return err
		}
		for _, r := range p.Items {
			if err := fn(r); err != nil {
				return err
			}
		}
		if !p.HasNext || len(p.Cursors) == 0 {
			return nil
		}
		after = p.Cursors[len(p.Cursors)-1]
	}
}

// eachArticle pages through every stored article.
func eachArticle(ctx context.Context, s *graph.Store, fn func(*graph.Article) error) error {
	after := ""
	for {
		p, err := s.Articles(ctx, graph.PageArgs{First: 200, After: after})
		if err != nil {
			return err
		}
		for _, a := range p.Items {
			if err := fn(a); err != nil {
				return err
			}
		}
		if !p.HasNext || len(p.Cursors) == 0 {
			return nil
		}
		after = p.Cursors[len(p.Cursors)-1]
	}
}

// exportJSONL writes {"article":…} lines first (metadata and cleaned text, which evidence
// offsets and article IDs refer to), then {"node":…} and {"relation":…} lines.
func exportJSONL(ctx context.Context, s *graph.Store, w io.Writer) error {
	enc := json.NewEncoder(w)
	if err := eachArticle(ctx, s, func(a *graph.Article) error { return enc.Encode(map[string]any{"article": a}) }); err != nil {
		return err
	}
	if err := eachNode(ctx, s, func(n *graph.Node) error { return enc.Encode(map[string]any{"node": n}) }); err != nil {
		return err
	}
	return eachRelation(ctx, s, func(r *graph.Relation) error { return enc.Encode(map[string]any{"relation": r}) })
}

// GraphML document shapes (http://graphml.graphdrawing.org/xmlns), written with encoding/xml.
type gmlKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}
type gmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}
type gmlNode struct {
	ID   string    `xml:"id,attr"`
	Data []gmlData `xml:"data"`
}
type gmlEdge struct {
	ID     string    `xml:"id,attr"`
	Source string    `xml:"source,attr"`
	Target string    `xml:"target,attr"`
	Data   []gmlData `xml:"data"`
}

func exportGraphML(ctx context.Context, s *graph.Store, w io.Writer) error {
	if _, err := io.WriteString(w, xml.Header+`<graphml xmlns="http://graphml.graphdrawing.org/xmlns">`+"\n"); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", " ")
	keys := []gmlKey{
		{"kind", "node", "kind", "string"}, {"label", "node", "label", "string"}, {"aliases", "node", "aliases", "string"},
		{"country", "node", "country", "string"}, {"code", "node", "code", "string"},
		{"type", "edge", "type", "string"}, {"negated", "edge", "negated", "boolean"}, {"hedged", "edge", "hedged", "boolean"},
		{"confidence", "edge", "confidence", "double"}, {"evidence", "edge", "evidence_count", "int"},
		{"sentence", "edge", "first_evidence", "string"}, {"cue", "edge", "cue", "string"},
		{"rule", "edge", "rule", "string"}, {"article", "edge", "article", "string"},
		{"published", "edge", "published", "string"},
	}
	dates := map[string]string{} // article ID → publication date, read once
	for _, k := range keys {
		if err := enc.EncodeElement(k, xml.StartElement{Name: xml.Name{Local: "key"}}); err != nil {
			return err
		}
	}
	gstart := xml.StartElement{Name: xml.Name{Local: "graph"}, Attr: []xml.Attr{{Name: xml.Name{Local: "id"}, Value: "claimgraph"}, {Name: xml.Name{Local: "edgedefault"}, Value: "directed"}}}
	if err := enc.EncodeToken(gstart); err != nil {
		return err
	}
	seen := map[string]bool{}
	err := eachNode(ctx, s, func(n *graph.Node) error {
		seen[n.ID] = true
		data := []gmlData{{"kind", string(n.Kind)}, {"label", n.Label()}, {"aliases", strings.Join(n.Aliases, "; ")}}
		if c := n.ActorCountry(); c != "" {
			data = append(data, gmlData{"country", c}) // CAMEO/ISO3 country and actor code, for GDELT users
		}
		if n.Code != "" {
			data = append(data, gmlData{"code", n.Code})
		}
		return enc.EncodeElement(gmlNode{ID: n.ID, Data: data}, xml.StartElement{Name: xml.Name{Local: "node"}})
	})
	if err != nil {
		return err
	}
	err = eachRelation(ctx, s, func(r *graph.Relation) error {
		// Relations may point at articles (CITES an article); GraphML needs every endpoint declared.
		for _, id := range []string{r.Source, r.Target} {
			if !seen[id] {
				seen[id] = true
				label := id
				if a, err := s.Article(ctx, id); err == nil {
					label = a.Title
				}
				if err := enc.EncodeElement(gmlNode{ID: id, Data: []gmlData{{"kind", "ARTICLE"}, {"label", label}}}, xml.StartElement{Name: xml.Name{Local: "node"}}); err != nil {
					return err
				}
			}
		}
		d := []gmlData{{"type", string(r.Type)}, {"negated", strconv.FormatBool(r.Negated)}, {"hedged", strconv.FormatBool(r.Hedged)},
			{"confidence", strconv.FormatFloat(r.Confidence, 'f', 3, 64)}, {"evidence", strconv.Itoa(len(r.Evidence))}}
		if len(r.Evidence) > 0 {
			e := r.Evidence[0]
			date, ok := dates[e.ArticleID]
			if !ok {
				if a, err := s.Article(ctx, e.ArticleID); err == nil {
					date = a.PublishedAt
				}
				dates[e.ArticleID] = date
			}
			d = append(d, gmlData{"sentence", e.Text}, gmlData{"cue", e.Cue}, gmlData{"rule", e.Rule}, gmlData{"article", e.ArticleID}, gmlData{"published", date})
		}
		return enc.EncodeElement(gmlEdge{ID: r.ID, Source: r.Source, Target: r.Target, Data: d}, xml.StartElement{Name: xml.Name{Local: "edge"}})
	})
	if err != nil {
		return err
	}
	if err := enc.EncodeToken(gstart.End()); err != nil {
		return err
	}
	if err := enc.Flush(); err != nil {
		return err
	}
	_, err = fmt.Fprintln(w, "\n</graphml>")
	return err
}
