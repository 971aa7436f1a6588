package export

import (
	"context"
	"encoding/xml"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimgraph/claimgraph/graph"
)

// GEXF 1.3 document shapes (https://gexf.net, schema in testdata/gexf-1.3), written with
// encoding/xml.
type gexfMeta struct {
	LastModified string `xml:"lastmodifieddate,attr"`
	Creator      string `xml:"creator"`
	Description  string `xml:"description"`
}

type gexfAttributes struct {
	Class string     `xml:"class,attr"`
	Mode  string     `xml:"mode,attr"`
	Attrs []gexfAttr `xml:"attribute"`
}

type gexfAttr struct {
	ID      string  `xml:"id,attr"`
	Title   string  `xml:"title,attr"`
	Type    string  `xml:"type,attr"`
	Default *string `xml:"default,omitempty"`
}

type gexfNode struct {
	ID        string         `xml:"id,attr"`
	Label     string         `xml:"label,attr"`
	AttValues *gexfAttValues `xml:"attvalues"`
	Spells    *gexfSpells    `xml:"spells"`
}

type gexfEdge struct {
	ID        string         `xml:"id,attr"`
	Source    string         `xml:"source,attr"`
	Target    string         `xml:"target,attr"`
	Label     string         `xml:"label,attr"`
	Weight    int            `xml:"weight,attr"`
	AttValues *gexfAttValues `xml:"attvalues"`
	Spells    *gexfSpells    `xml:"spells"`
}

type gexfAttValues struct {
	Values []gexfAttValue `xml:"attvalue"`
}

type gexfAttValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

type gexfSpells struct {
	Spells []gexfSpell `xml:"spell"`
}

type gexfSpell struct {
	Start string `xml:"start,attr"`
	End   string `xml:"end,attr"`
}

// gexfNodeAttrs and gexfEdgeAttrs declare the GEXF attributes (id = title). Country and code are
// an actor's country and ISO 3166 alpha-3 code, empty when unknown; local is graph.Node.Local.
var (
	falseString = "false"

	gexfNodeAttrs = []gexfAttr{
		{ID: "kind", Title: "kind", Type: "string"},
		{ID: "country", Title: "country", Type: "string", Default: new(string)},
		{ID: "code", Title: "code", Type: "string", Default: new(string)},
		{ID: "aliases", Title: "aliases", Type: "string", Default: new(string)},
		{ID: "local", Title: "local", Type: "boolean", Default: &falseString},
	}
	gexfEdgeAttrs = []gexfAttr{
		{ID: "relType", Title: "relType", Type: "string"},
		{ID: "negated", Title: "negated", Type: "boolean"},
		{ID: "hedged", Title: "hedged", Type: "boolean"},
		{ID: "confidence", Title: "confidence", Type: "double"},
		{ID: "evidence_count", Title: "evidence_count", Type: "integer"},
		{ID: "first_evidence", Title: "first_evidence", Type: "string", Default: new(string)},
		{ID: "cue", Title: "cue", Type: "string", Default: new(string)},
		{ID: "rule", Title: "rule", Type: "string", Default: new(string)},
		{ID: "articles", Title: "articles", Type: "string", Default: new(string)},
		{ID: "dates", Title: "dates", Type: "string", Default: new(string)},
		{ID: "via", Title: "via", Type: "string", Default: new(string)},
		{ID: "via_kind", Title: "via_kind", Type: "string", Default: new(string)},
		{ID: "via_type", Title: "via_type", Type: "string", Default: new(string)},
		{ID: "alignment", Title: "alignment", Type: "string", Default: new(string)},
		{ID: "in_question", Title: "in_question", Type: "boolean"},
		{ID: "speakers", Title: "speakers", Type: "string", Default: new(string)},
		{ID: "addressees", Title: "addressees", Type: "string", Default: new(string)},
		{ID: "speaker_labels", Title: "speaker_labels", Type: "string", Default: new(string)},
		{ID: "addressee_labels", Title: "addressee_labels", Type: "string", Default: new(string)},
		{ID: "cameo", Title: "cameo", Type: "string", Default: new(string)},
		{ID: "plover", Title: "plover", Type: "string", Default: new(string)},
		{ID: "event_dates", Title: "event_dates", Type: "string", Default: new(string)},
	}
)

// WriteGEXF writes g as a GEXF 1.3 document (directed). Nodes carry kind, country, code,
// aliases and local; edges relType, negated, hedged, confidence, evidence_count, the first evidence's
// sentence, cue and rule, every evidence's article ID and date ("; "-separated, in evidence
// order), in_question (graph.Relation.InQuestion: every sentence is inside a journalist's
// question or a moderator's turn), speakers (every evidence's graph.Evidence.Speaker, the node ID
// of the person who voiced the sentence for the source, "; "-separated in evidence order, an
// empty item for a sentence with none; empty when no sentence has one), addressees (every
// evidence's graph.Evidence.Addressee, the node ID of the actor a demand asks to act, listed as
// speakers are), speaker_labels and addressee_labels (the same lists with each node's label in
// place of its ID, for filtering and colouring in Gephi), cameo and plover (graph.Relation.Cameo
// and .Plover, as in edges.csv), event_dates (every evidence's graph.Evidence.EventDate with its
// precision, "2018-11-08/DAY", listed as speakers are; empty when no sentence names the date of
// its event), and for folded edges via, via_kind, via_type and alignment (Edge.Alignment: agree, disagree or
// empty). The edge weight is the evidence count. The CSV evidence table's
// in_question and speaker columns give the same per sentence.
//
// Time: when some evidence is dated, the graph is dynamic (timeformat date) and each edge has one
// spell per publication date of its evidence (start = end = that day), each node the union of its
// edges' spells; a node with an undated edge has none (it is always there), as has an edge with
// no dated evidence. Gephi's timeline then shows who was connected when.
func WriteGEXF(g *Graph, w io.Writer) error { return writeGEXF(memSource{g}, w) }

// StreamGEXF writes the whole store as WriteGEXF writes the zero Filter's selection, byte for
// byte, reading the relations twice (spells, then edges) instead of holding them.
func StreamGEXF(ctx context.Context, s *graph.Store, w io.Writer) error {
	src, err := newStoreSource(ctx, s)
	if err != nil {
		return err
	}
	return writeGEXF(src, w)
}

func writeGEXF(src source, w io.Writer) error {
	arts, labels := src.articles(), src.labels()
	// First pass: each node's dates (for its spells), whether anything is dated, the counts.
	nodeDates := map[string]map[string]bool{}
	undated := map[string]bool{}
	dynamic := false
	nodes, edges := 0, 0
	err := src.edges(func(e *Edge) error {
		edges++
		dates := e.Dates(arts)
		dynamic = dynamic || len(dates) > 0
		for _, id := range []string{e.Source, e.Target} {
			if len(dates) == 0 {
				undated[id] = true
			}
			for _, d := range dates {
				if nodeDates[id] == nil {
					nodeDates[id] = map[string]bool{}
				}
				nodeDates[id][d] = true
			}
		}
		return nil
	})
	if err == nil {
		err = src.nodes(func(*graph.Node) error { nodes++; return nil })
	}
	if err != nil {
		return err
	}

	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", " ")
	attr := func(name, value string) xml.Attr { return xml.Attr{Name: xml.Name{Local: name}, Value: value} }
	root := xml.StartElement{Name: xml.Name{Local: "gexf"}, Attr: []xml.Attr{
		attr("xmlns", "http://gexf.net/1.3"), attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
		attr("xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"), attr("version", "1.3"),
	}}
	meta := gexfMeta{
		LastModified: time.Now().UTC().Format(time.DateOnly),
		Creator:      "claimgraph",
		Description:  "Actors and claims extracted from news articles, with the sentences that state each relation",
	}
	gattrs := []xml.Attr{attr("mode", "static"), attr("defaultedgetype", "directed")}
	if dynamic {
		gattrs = []xml.Attr{attr("mode", "dynamic"), attr("defaultedgetype", "directed"), attr("timeformat", "date")}
	}
	graphEl := xml.StartElement{Name: xml.Name{Local: "graph"}, Attr: gattrs}
	nodesEl := xml.StartElement{Name: xml.Name{Local: "nodes"}, Attr: []xml.Attr{attr("count", strconv.Itoa(nodes))}}
	edgesEl := xml.StartElement{Name: xml.Name{Local: "edges"}, Attr: []xml.Attr{attr("count", strconv.Itoa(edges))}}

	steps := []func() error{
		func() error { return enc.EncodeToken(root) },
		func() error { return enc.EncodeElement(meta, xml.StartElement{Name: xml.Name{Local: "meta"}}) },
		func() error { return enc.EncodeToken(graphEl) },
		func() error {
			for _, a := range []gexfAttributes{{Class: "node", Mode: "static", Attrs: gexfNodeAttrs}, {Class: "edge", Mode: "static", Attrs: gexfEdgeAttrs}} {
				if err := enc.EncodeElement(a, xml.StartElement{Name: xml.Name{Local: "attributes"}}); err != nil {
					return err
				}
			}
			return nil
		},
		func() error { return enc.EncodeToken(nodesEl) },
		func() error {
			return src.nodes(func(n *graph.Node) error {
				gn := gexfNode{ID: n.ID, Label: nodeLabel(n), AttValues: &gexfAttValues{Values: []gexfAttValue{
					{"kind", string(n.Kind)}, {"country", n.ActorCountry()}, {"code", n.Code},
					{"aliases", strings.Join(n.Aliases, "; ")}, {"local", strconv.FormatBool(n.Local)},
				}}}
				if d := nodeDates[n.ID]; len(d) > 0 && !undated[n.ID] {
					days := make([]string, 0, len(d))
					for day := range d {
						days = append(days, day)
					}
					slices.Sort(days)
					gn.Spells = spells(days)
				}
				return enc.EncodeElement(gn, xml.StartElement{Name: xml.Name{Local: "node"}})
			})
		},
		func() error { return enc.EncodeToken(nodesEl.End()) },
		func() error { return enc.EncodeToken(edgesEl) },
		func() error {
			return src.edges(func(e *Edge) error {
				ge := gexfEdge{
					ID: e.ID, Source: e.Source, Target: e.Target, Label: string(e.Type), Weight: max(e.EvidenceCount, 1),
					AttValues: &gexfAttValues{Values: edgeValues(arts, labels, e)},
				}
				if dates := e.Dates(arts); len(dates) > 0 {
					ge.Spells = spells(dates)
				}
				return enc.EncodeElement(ge, xml.StartElement{Name: xml.Name{Local: "edge"}})
			})
		},
		func() error { return enc.EncodeToken(edgesEl.End()) },
		func() error { return enc.EncodeToken(graphEl.End()) },
		func() error { return enc.EncodeToken(root.End()) },
		enc.Flush,
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	_, err = io.WriteString(w, "\n")
	return err
}

func spells(dates []string) *gexfSpells {
	s := &gexfSpells{}
	for _, d := range dates {
		s.Spells = append(s.Spells, gexfSpell{Start: d, End: d})
	}
	return s
}

// edgeValues are an edge's attribute values, shared by GEXF and GraphML (GraphML leaves out the
// empty ones). labels maps the speakers' and addressees' IDs to their labels.
func edgeValues(arts map[string]*graph.Article, labels map[string]string, e *Edge) []gexfAttValue {
	v := []gexfAttValue{
		{"relType", string(e.Type)}, {"negated", strconv.FormatBool(e.Negated)}, {"hedged", strconv.FormatBool(e.Hedged)},
		{"confidence", strconv.FormatFloat(e.Confidence, 'f', 3, 64)}, {"evidence_count", strconv.Itoa(e.EvidenceCount)},
		{"in_question", strconv.FormatBool(e.InQuestion)},
	}
	if len(e.Evidence) > 0 {
		first := e.Evidence[0]
		v = append(v, gexfAttValue{"first_evidence", first.Text}, gexfAttValue{"cue", first.Cue}, gexfAttValue{"rule", first.Rule},
			gexfAttValue{"articles", evidenceList(e, func(ev graph.Evidence) string { return ev.ArticleID })},
			gexfAttValue{"dates", evidenceList(e, func(ev graph.Evidence) string { return articleDate(arts, ev.ArticleID) })})
		if slices.ContainsFunc(e.Evidence, func(ev graph.Evidence) bool { return ev.Speaker != "" }) {
			v = append(v, gexfAttValue{"speakers", evidenceList(e, func(ev graph.Evidence) string { return ev.Speaker })},
				gexfAttValue{"speaker_labels", evidenceList(e, func(ev graph.Evidence) string { return labels[ev.Speaker] })})
		}
		if slices.ContainsFunc(e.Evidence, func(ev graph.Evidence) bool { return ev.EventDate != "" }) {
			v = append(v, gexfAttValue{"event_dates", evidenceList(e, eventDateValue)})
		}
		if slices.ContainsFunc(e.Evidence, func(ev graph.Evidence) bool { return ev.Addressee != "" }) {
			v = append(v, gexfAttValue{"addressees", evidenceList(e, func(ev graph.Evidence) string { return ev.Addressee })},
				gexfAttValue{"addressee_labels", evidenceList(e, func(ev graph.Evidence) string { return labels[ev.Addressee] })})
		}
	}
	if e.Cameo != "" {
		v = append(v, gexfAttValue{"cameo", e.Cameo})
	}
	if e.Plover != "" {
		v = append(v, gexfAttValue{"plover", e.Plover})
	}
	if e.Via != nil {
		v = append(v, gexfAttValue{"via", nodeLabel(e.Via)}, gexfAttValue{"via_kind", string(e.Via.Kind)}, gexfAttValue{"via_type", string(e.ViaType)})
		if e.Alignment != "" {
			v = append(v, gexfAttValue{"alignment", e.Alignment})
		}
	}
	return v
}

// eventDateValue is ev's event date and precision ("2019-04-01/MONTH"), "" when it has none.
func eventDateValue(ev graph.Evidence) string {
	if ev.EventDate == "" {
		return ""
	}
	return ev.EventDate + "/" + ev.EventDatePrecision
}
