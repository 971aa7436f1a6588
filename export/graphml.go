package export

import (
	"encoding/xml"
	"io"
	"strings"
)

// GraphML document shapes (http://graphml.graphdrawing.org/xmlns, schema in testdata/graphml),
// written with encoding/xml.
type gmlDoc struct {
	XMLName        xml.Name `xml:"graphml"`
	Xmlns          string   `xml:"xmlns,attr"`
	Xsi            string   `xml:"xmlns:xsi,attr"`
	SchemaLocation string   `xml:"xsi:schemaLocation,attr"`
	Keys           []gmlKey `xml:"key"`
	Graph          gmlGraph `xml:"graph"`
}

type gmlKey struct {
	ID      string  `xml:"id,attr"`
	For     string  `xml:"for,attr"`
	Name    string  `xml:"attr.name,attr"`
	Type    string  `xml:"attr.type,attr"`
	Default *string `xml:"default,omitempty"`
}

type gmlGraph struct {
	ID          string    `xml:"id,attr"`
	EdgeDefault string    `xml:"edgedefault,attr"`
	Nodes       []gmlNode `xml:"node"`
	Edges       []gmlEdge `xml:"edge"`
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
func WriteGraphML(g *Graph, w io.Writer) error {
	doc := gmlDoc{
		Xmlns:          "http://graphml.graphdrawing.org/xmlns",
		Xsi:            "http://www.w3.org/2001/XMLSchema-instance",
		SchemaLocation: "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
		Graph:          gmlGraph{ID: "claimgraph", EdgeDefault: "directed"},
	}
	doc.Keys = append(doc.Keys, gmlKey{ID: "label", For: "node", Name: "label", Type: "string"})
	for _, a := range gexfNodeAttrs {
		doc.Keys = append(doc.Keys, gmlKey{ID: a.ID, For: "node", Name: a.Title, Type: gmlTypes[a.Type], Default: a.Default})
	}
	for _, a := range gexfEdgeAttrs {
		doc.Keys = append(doc.Keys, gmlKey{ID: a.ID, For: "edge", Name: a.Title, Type: gmlTypes[a.Type], Default: a.Default})
	}
	doc.Keys = append(doc.Keys,
		gmlKey{ID: "article", For: "edge", Name: "article", Type: "string", Default: new(string)},
		gmlKey{ID: "published", For: "edge", Name: "published", Type: "string", Default: new(string)})

	for _, n := range g.Nodes {
		d := []gmlData{{"label", nodeLabel(n)}, {"kind", string(n.Kind)}}
		for _, kv := range [][2]string{{"country", nodeField(n, "country")}, {"code", n.Code}, {"aliases", strings.Join(n.Aliases, "; ")}} {
			if kv[1] != "" {
				d = append(d, gmlData{kv[0], kv[1]})
			}
		}
		doc.Graph.Nodes = append(doc.Graph.Nodes, gmlNode{ID: n.ID, Data: d})
	}
	for _, e := range g.Edges {
		var d []gmlData
		for _, v := range edgeValues(g, e) {
			if v.Value != "" {
				d = append(d, gmlData{v.For, v.Value})
			}
		}
		if len(e.Evidence) > 0 {
			first := e.Evidence[0].ArticleID
			d = append(d, gmlData{"article", first})
			if date := articleDate(g, first); date != "" {
				d = append(d, gmlData{"published", date})
			}
		}
		doc.Graph.Edges = append(doc.Graph.Edges, gmlEdge{ID: e.ID, Source: e.Source, Target: e.Target, Data: d})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", " ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
