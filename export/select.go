// Package export writes a filtered part of the graph in the formats researchers' tools read:
// GEXF 1.3 (Gephi), GraphML (yEd, Cytoscape desktop, networkx, igraph, sigma.js), Cytoscape.js
// JSON, CSV tables (R, pandas, GDELT-style workflows) and JSON lines (a backup that
// ReadBackup and `claimgraph load --restore` read back with every ID kept).
//
// Select reads the part of the store a Filter asks for into a Graph; the writers turn a Graph into
// bytes; Write does both, streaming the whole store page by page in JSONL, GEXF and GraphML
// (StreamJSONL, StreamGEXF, StreamGraphML). Offsets written anywhere are Unicode code points into
// the article's cleaned text, as in the store.
package export

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// Filter selects what an export holds. The zero Filter selects the whole store: every node,
// isolated ones too. Any other filter keeps the relations that pass it and, as nodes, only their
// ends (and the Around node itself): a node with no edge in the selection is left out, whichever
// filter — Types, Kinds, dates, MinConfidence, ActorsOnly, Around — made it so.
type Filter struct {
	Types []graph.RelType // relation types to keep (all when empty)
	// Kinds keeps only nodes of these kinds, and relations whose two ends both are of them.
	Kinds []graph.Kind
	// From and To (YYYY-MM-DD, inclusive, "" = open) keep the evidence sentences of articles
	// published in that range, and the relations left with at least one.
	From, To      string
	MinConfidence float64 // keep relations with Confidence >= this (0..1)
	// ActorsOnly keeps actors alone: a relation between two actors stays, and two actors'
	// relations to the same policy or claim become an edge between them that names it (see Fold).
	ActorsOnly bool
	// Around, when set, keeps the nodes within Depth hops of this node or article (Depth <= 0
	// means 1) and the relations among them, as the neighborhood query does. It is an ID, or a
	// name or alias that names one node ("Ruan Zongze", "Mr. Ruan").
	Around string
	Depth  int
}

// IsZero reports whether f selects the whole store (Depth means nothing without Around).
func (f *Filter) IsZero() bool {
	return !f.relationFiltered() && len(f.Kinds) == 0 && !f.ActorsOnly
}

// relationFiltered reports whether f filters relations (then nodes come only as their endpoints).
func (f *Filter) relationFiltered() bool {
	return len(f.Types) > 0 || f.From != "" || f.To != "" || f.MinConfidence > 0 || f.Around != ""
}

// Validate checks the filter's values: known types and kinds, dates in order (YYYY-MM-DD, or a
// month YYYY-MM or year YYYY, which Validate replaces by its first day in From and its last in
// To), a confidence in 0..1, a non-negative depth.
func (f *Filter) Validate() error {
	for _, t := range f.Types {
		if !slices.Contains(graph.RelTypes, t) {
			return fmt.Errorf("unknown relation type %q (want one of %s)", t, joinTypes(graph.RelTypes))
		}
	}
	for _, k := range f.Kinds {
		if !slices.Contains(graph.Kinds, k) {
			return fmt.Errorf("unknown node kind %q (want one of %s)", k, joinTypes(graph.Kinds))
		}
	}
	// A calendar date, or a month or year (graph.DateBound), as the GraphQL API's from/to:
	// "2018-13-45" or "2018-02-30" would pass a check of shape and range and filter by string
	// comparison a window nobody asked for. A month or year becomes its first (From) or last (To) day.
	for _, d := range []*string{&f.From, &f.To} {
		b, err := graph.DateBound(*d, d == &f.To)
		if err != nil {
			return fmt.Errorf("date %q: %v", *d, err)
		}
		*d = b
	}
	if f.From != "" && f.To != "" && f.From > f.To {
		return fmt.Errorf("from %s is after to %s", f.From, f.To)
	}
	if f.MinConfidence < 0 || f.MinConfidence > 1 {
		return fmt.Errorf("minimum confidence %v is outside 0..1", f.MinConfidence)
	}
	if f.Depth < 0 {
		return fmt.Errorf("depth %d is negative", f.Depth)
	}
	return nil
}

func joinTypes[T ~string](ts []T) string {
	s := make([]string, len(ts))
	for i, t := range ts {
		s[i] = string(t)
	}
	return strings.Join(s, ", ")
}

// ParseTypes reads a comma-separated list of relation types, case-insensitive ("opposes,SUPPORTS").
func ParseTypes(s string) []graph.RelType {
	var out []graph.RelType
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, graph.RelType(strings.ToUpper(p)))
		}
	}
	return out
}

// ParseKinds reads a comma-separated list of node kinds, case-insensitive ("person,country").
func ParseKinds(s string) []graph.Kind {
	var out []graph.Kind
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, graph.Kind(strings.ToUpper(p)))
		}
	}
	return out
}

// Graph is the selected part of the store.
type Graph struct {
	// Nodes are the selected nodes, ordered by ID. An article a relation points at (CITES an
	// article) is a node of kind ARTICLE whose Name is the article's title.
	Nodes []*graph.Node
	// Edges are the selected relations (and, with ActorsOnly, the folded edges), ordered by ID.
	Edges []*Edge
	// Articles are the articles the edges' evidence names (selected for a backup or CSV, with
	// their text, and with the zero filter every stored article), by ID.
	Articles map[string]*graph.Article
	// Mentions are the selected nodes' mentions in the selected articles; read only for backups.
	Mentions []*graph.Mention
	// Labels are the labels of the edges' speakers and addressees (graph.Evidence.Speaker,
	// .Addressee), by node ID, for those that are not among Nodes.
	Labels map[string]string
	Filter Filter
}

// Edge is a relation as exported. Its Evidence holds the sentences in the filter's date window,
// ordered by article, sentence and cue, and EvidenceCount their number.
type Edge struct {
	graph.Relation
	// Via is set on an edge folded by ActorsOnly: the policy or claim both actors relate to.
	// Relation.Type is then the source actor's relation to Via, ViaType the target actor's, and
	// Relation.Evidence the source actor's sentences; Parts are the two relations' IDs.
	Via     *graph.Node
	ViaType graph.RelType
	Parts   []string
	// Alignment says, for a folded edge, whether the two actors take the same side on Via:
	// AlignAgree (both for it or both against it), AlignDisagree (one for, one against) or ""
	// (no side to compare: a relation that is negated, in a question, or of a type with no
	// side — see Alignment). Without it, "A OPPOSES B via X" reads as enmity when A and B both
	// oppose X.
	Alignment string
}

// Dates are the distinct publication dates (YYYY-MM-DD) of the edge's evidence, in order; undated
// articles add none.
func (e *Edge) Dates(articles map[string]*graph.Article) []string {
	var out []string
	for _, ev := range e.Evidence {
		if a := articles[ev.ArticleID]; a != nil {
			if d := isoDay(a.PublishedAt); d != "" {
				out = append(out, d)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// maxAround bounds the nodes an --around selection reads (the neighborhood query's own default is
// 200; an export may want a whole component, but not an unbounded one).
const maxAround = 100000

// Select reads the part of the store that f selects. With backup set (JSON lines), it also reads
// mentions and the articles' text, and with an empty filter every article, so that the output
// restores the store. The whole selection is held in memory. Errors: f.Validate's, an unknown
// f.Around (wrapping graph.ErrNotFound), the store's and the context's.
func Select(ctx context.Context, s *graph.Store, f Filter, backup bool) (*Graph, error) {
	return selectGraph(ctx, s, f, backup, backup)
}

// SelectFor is Select for an export in format: JSON lines select as a backup (Select with backup
// set); CSV reads the articles' text as well, for articles.csv (the text the evidence offsets
// point into), and with the zero filter every stored article, as a backup does. Errors: Select's.
func SelectFor(ctx context.Context, s *graph.Store, f Filter, format Format) (*Graph, error) {
	return selectGraph(ctx, s, f, format == JSONL, format == JSONL || format == CSV)
}

// selectGraph is Select; text reads the articles' text (and, with the zero filter, every article).
func selectGraph(ctx context.Context, s *graph.Store, f Filter, backup, text bool) (*Graph, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	g := &Graph{Articles: map[string]*graph.Article{}, Filter: f}
	articles := &articleCache{s: s, text: text, m: map[string]*graph.Article{}}

	var rels []*graph.Relation
	nodes := map[string]*graph.Node{}
	if f.Around != "" {
		id, err := s.ResolveNode(ctx, f.Around)
		if err != nil {
			return nil, err
		}
		f.Around, g.Filter.Around = id, id
		depth := f.Depth
		if depth <= 0 {
			depth = 1
		}
		// The dates bound the walk itself, as in the explorer: a node is reached only through
		// relations of the window, not through a tie of another year to a node that has some.
		sg, err := s.NeighborhoodWhere(ctx, f.Around, graph.NeighborhoodQuery{Depth: depth, Types: f.Types, Limit: maxAround, From: f.From, To: f.To})
		if err != nil {
			return nil, fmt.Errorf("around %s: %w", f.Around, err)
		}
		rels = sg.Relations
		for _, n := range sg.Nodes {
			nodes[n.ID] = n
		}
		for _, a := range sg.Articles {
			nodes[a.ID] = articleNode(a)
		}
	} else {
		err := eachRelation(ctx, s, graph.RelationFilter{Types: f.Types, From: f.From, To: f.To}, func(r *graph.Relation) error {
			rels = append(rels, r)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}

	// Keep the relations that pass the filter, with the evidence in the date window.
	var kept []*Edge
	for _, r := range rels {
		if r.Confidence < f.MinConfidence {
			continue
		}
		ev := r.Evidence[:0:0]
		for _, e := range r.Evidence {
			a, err := articles.get(ctx, e.ArticleID)
			if err != nil {
				return nil, err
			}
			date := ""
			if a != nil {
				date = a.PublishedAt
			}
			if graph.DateInRange(date, f.From, f.To) {
				ev = append(ev, e)
			}
		}
		if len(ev) == 0 && (f.From != "" || f.To != "") {
			continue
		}
		e := &Edge{Relation: *r}
		e.Evidence, e.EvidenceCount = ev, len(ev)
		kept = append(kept, e)
	}

	// Endpoints: read the nodes not yet known; an endpoint that is no node is an article.
	var missing []string
	for _, e := range kept {
		for _, id := range []string{e.Source, e.Target} {
			if nodes[id] == nil {
				missing = append(missing, id)
			}
		}
	}
	if len(missing) > 0 {
		found, err := s.NodesByID(ctx, missing)
		if err != nil {
			return nil, err
		}
		for _, id := range missing {
			if n := found[id]; n != nil {
				nodes[id] = n
				continue
			}
			if nodes[id] != nil {
				continue
			}
			a, err := articles.get(ctx, id)
			if err != nil {
				return nil, err
			}
			if a == nil {
				// An endpoint the store no longer holds (a relation written before its node,
				// interrupted): named by its ID so the edge keeps both ends.
				nodes[id] = &graph.Node{ID: id, Kind: kindOfID(id), Name: id}
				continue
			}
			nodes[id] = articleNode(a)
		}
	}

	// Kinds: both ends must be of the kinds asked for.
	kindOK := func(n *graph.Node) bool { return len(f.Kinds) == 0 || slices.Contains(f.Kinds, n.Kind) }
	edges := kept[:0]
	for _, e := range kept {
		if kindOK(nodes[e.Source]) && kindOK(nodes[e.Target]) {
			edges = append(edges, e)
		}
	}

	if f.ActorsOnly {
		edges = Fold(edges, nodes)
	}

	// The node set: the ends of the edges kept (and the --around centre) — whatever the filter,
	// kinds and --actors-only as much as types or dates — unless the filter selects the whole
	// store, which keeps every node, isolated ones too.
	keep := map[string]*graph.Node{}
	for _, e := range edges {
		keep[e.Source], keep[e.Target] = nodes[e.Source], nodes[e.Target]
	}
	if c := nodes[f.Around]; c != nil && kindOK(c) && (!f.ActorsOnly || c.Kind.IsActor()) {
		keep[c.ID] = c
	}
	if f.IsZero() {
		err := eachNode(ctx, s, graph.NodeFilter{}, func(n *graph.Node) error {
			keep[n.ID] = n
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	for _, n := range keep {
		g.Nodes = append(g.Nodes, n)
	}
	sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
	slices.SortFunc(edges, func(a, b *Edge) int { return cmp.Compare(a.ID, b.ID) })
	g.Edges = edges
	known := map[string]string{}
	for id := range keep {
		known[id] = ""
	}
	if err := readVoiceLabels(ctx, s, edges, known); err != nil {
		return nil, err
	}
	for id, l := range known {
		if keep[id] == nil {
			if g.Labels == nil {
				g.Labels = map[string]string{}
			}
			g.Labels[id] = l
		}
	}

	// Articles: those the kept evidence names; a backup of the whole store has them all.
	for _, e := range g.Edges {
		for _, ev := range e.Evidence {
			if a := articles.m[ev.ArticleID]; a != nil {
				g.Articles[a.ID] = a
			}
		}
	}
	if text && f.IsZero() {
		err := eachArticle(ctx, s, func(a *graph.Article) error {
			g.Articles[a.ID] = a
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	if backup {
		for _, n := range g.Nodes {
			if n.Kind == graph.ArticleKind {
				continue
			}
			err := eachMention(ctx, s, n.ID, func(m *graph.Mention) error {
				if _, ok := g.Articles[m.ArticleID]; ok {
					g.Mentions = append(g.Mentions, m)
				}
				return nil
			})
			if err != nil {
				return nil, err
			}
		}
	}
	return g, nil
}

// articleNode is an article shown as a node: kind ARTICLE, named by its title.
func articleNode(a *graph.Article) *graph.Node {
	return &graph.Node{ID: a.ID, Kind: graph.ArticleKind, Name: cmp.Or(a.Title, a.URL, a.ID)}
}

// kindOfID guesses the kind of a node the store does not hold from its ID prefix.
func kindOfID(id string) graph.Kind {
	switch graph.KindOfID(id) {
	case "policy":
		return graph.Policy
	case "claim":
		return graph.ClaimKind
	case "article":
		return graph.ArticleKind
	}
	return graph.Group
}

// articleCache reads each article once; without text it keeps metadata only. A missing article
// is nil.
type articleCache struct {
	s    *graph.Store
	text bool
	m    map[string]*graph.Article
	miss map[string]bool
}

func (c *articleCache) get(ctx context.Context, id string) (*graph.Article, error) {
	if a, ok := c.m[id]; ok {
		return a, nil
	}
	if c.miss[id] {
		return nil, nil
	}
	a, err := c.s.Article(ctx, id)
	if errors.Is(err, graph.ErrNotFound) {
		if c.miss == nil {
			c.miss = map[string]bool{}
		}
		c.miss[id] = true
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if !c.text {
		a.Text = ""
	}
	c.m[id] = a
	return a, nil
}

// isoDay is the YYYY-MM-DD part of an ISO 8601 date or time, or "" for anything else.
func isoDay(s string) string {
	if len(s) > 10 {
		s = s[:10]
	}
	if len(s) != 10 || !graph.DateInRange(s, "0000-01-01", "9999-12-31") {
		return ""
	}
	return s
}

// eachRelation, eachNode, eachArticle and eachMention page through the store.
func eachRelation(ctx context.Context, s *graph.Store, f graph.RelationFilter, fn func(*graph.Relation) error, opts ...graph.ReadOption) error {
	return eachPage(1000, func(pa graph.PageArgs) (graph.Page[*graph.Relation], error) { return s.Relations(ctx, f, pa, opts...) }, fn)
}

func eachNode(ctx context.Context, s *graph.Store, f graph.NodeFilter, fn func(*graph.Node) error) error {
	return eachPage(1000, func(pa graph.PageArgs) (graph.Page[*graph.Node], error) { return s.Nodes(ctx, f, pa) }, fn)
}

func eachArticle(ctx context.Context, s *graph.Store, fn func(*graph.Article) error) error {
	return eachPage(200, func(pa graph.PageArgs) (graph.Page[*graph.Article], error) { return s.Articles(ctx, pa) }, fn)
}

func eachMention(ctx context.Context, s *graph.Store, node string, fn func(*graph.Mention) error) error {
	return eachPage(1000, func(pa graph.PageArgs) (graph.Page[*graph.Mention], error) { return s.Mentions(ctx, node, pa) }, fn)
}

// eachPage calls fn for every item of a paged store read, size items a page, following the
// last cursor of each page until there is no next one.
func eachPage[T any](size int, read func(graph.PageArgs) (graph.Page[T], error), fn func(T) error) error {
	after := ""
	for {
		p, err := read(graph.PageArgs{First: size, After: after})
		if err != nil {
			return err
		}
		for _, it := range p.Items {
			if err := fn(it); err != nil {
				return err
			}
		}
		if !p.HasNext || len(p.Cursors) == 0 {
			return nil
		}
		after = p.Cursors[len(p.Cursors)-1]
	}
}
