package export

import (
	"context"
	"encoding/xml"
	"io"
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// GraphML document shapes (http://graphml.graphdrawing.org/xmlns, schema in testdata/graphml),
// written with encoding/xml.
type gmlKey struct {
	ID      string  `xml:"id,attr"`
	For     string  `xml:"for,attr"`
	Name    string  `xml:"attr.name,attr"`
	Type    string  `xml:"attr.type,attr"`
	Default *string `xml:"default,omitempty"`
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

// gmlTypes maps GEXF attribute types to GraphML's.
var gmlTypes = map[string]string{"string": "string", "boolean": "boolean", "double": "double", "integer": "int"}

// WriteGraphML writes g as GraphML (directed). Keys have the same names as the GEXF attributes,
// plus label on nodes and published (the first evidence's date) and article (its article ID) on
// edges. The relation type is relType, not type, which sigma.js and graphology reserve. Every
// evidence's article and date are in articles and dates ("; "-separated, in evidence order);
// empty values are left out (the keys' defaults are empty).
func WriteGraphML(g *Graph, w io.Writer) error { return writeGraphML(memSource{g}, w) }

// StreamGraphML writes the whole store as WriteGraphML writes the zero Filter's selection, byte
// for byte, page by page instead of holding it.
func StreamGraphML(ctx context.Context, s *graph.Store, w io.Writer) error {
	src, err := newStoreSource(ctx, s)
	if err != nil {
		return err
	}
	return writeGraphML(src, w)
}

func writeGraphML(src source, w io.Writer) error {
	arts, labels := src.articles(), src.labels()
	keys := []gmlKey{{ID: "label", For: "node", Name: "label", Type: "string"}}
	for _, a := range gexfNodeAttrs {
		keys = append(keys, gmlKey{ID: a.ID, For: "node", Name: a.Title, Type: gmlTypes[a.Type], Default: a.Default})
	}
	for _, a := range gexfEdgeAttrs {
		keys = append(keys, gmlKey{ID: a.ID, For: "edge", Name: a.Title, Type: gmlTypes[a.Type], Default: a.Default})
	}
	keys = append(keys,
		gmlKey{ID: "article", For: "edge", Name: "article", Type: "string", Default: new(string)},
		gmlKey{ID: "published", For: "edge", Name: "published", Type: "string", Default: new(string)})

	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", " ")
	attr := func(name, value string) xml.Attr { return xml.Attr{Name: xml.Name{Local: name}, Value: value} }
	root := xml.StartElement{Name: xml.Name{Local: "graphml"}, Attr: []xml.Attr{
		attr("xmlns", "http://graphml.graphdrawing.org/xmlns"), attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
		attr("xsi:schemaLocation", "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"),
	}}
	graphEl := xml.StartElement{Name: xml.Name{Local: "graph"}, Attr: []xml.Attr{attr("id", "claimgraph"), attr("edgedefault", "directed")}}
	steps := []func() error{
		func() error { return enc.EncodeToken(root) },
		func() error {
			for _, k := range keys {
				if err := enc.EncodeElement(k, xml.StartElement{Name: xml.Name{Local: "key"}}); err != nil {
					return err
				}
			}
			return nil
		},
		func() error { return enc.EncodeToken(graphEl) },
		func() error {
			return src.nodes(func(n *graph.Node) error {
				d := []gmlData{{"label", nodeLabel(n)}, {"kind", string(n.Kind)}}
				for _, kv := range [][2]string{{"country", n.ActorCountry()}, {"code", n.Code}, {"aliases", strings.Join(n.Aliases, "; ")}} {
					if kv[1] != "" {
						d = append(d, gmlData{kv[0], kv[1]})
					}
				}
				if n.Local { // the key's default is false
					d = append(d, gmlData{"local", "true"})
				}
				return enc.EncodeElement(gmlNode{ID: n.ID, Data: d}, xml.StartElement{Name: xml.Name{Local: "node"}})
			})
		},
		func() error {
			return src.edges(func(e *Edge) error {
				var d []gmlData
				for _, v := range edgeValues(arts, labels, e) {
					if v.Value != "" {
						d = append(d, gmlData{v.For, v.Value})
					}
				}
				if len(e.Evidence) > 0 {
					first := e.Evidence[0].ArticleID
					d = append(d, gmlData{"article", first})
					if date := articleDate(arts, first); date != "" {
						d = append(d, gmlData{"published", date})
					}
				}
				return enc.EncodeElement(gmlEdge{ID: e.ID, Source: e.Source, Target: e.Target, Data: d}, xml.StartElement{Name: xml.Name{Local: "edge"}})
			})
		},
		func() error { return enc.EncodeToken(graphEl.End()) },
		func() error { return enc.EncodeToken(root.End()) },
		enc.Flush,
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "\n")
	return err
}
