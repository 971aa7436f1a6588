package export

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"

	"github.com/claimgraph/claimgraph/graph"
)

// backupLine is one line of the JSON lines export: exactly one member is set.
type backupLine struct {
	Article  *graph.Article  `json:"article,omitempty"`
	Node     *graph.Node     `json:"node,omitempty"`
	Mention  *graph.Mention  `json:"mention,omitempty"`
	Relation *graph.Relation `json:"relation,omitempty"`
}

// WriteJSONL writes g as JSON lines, in this order: {"article": …} (metadata and the cleaned text
// every offset refers to), {"node": …}, {"mention": …}, {"relation": …} with its evidence. Each
// value has the store's own JSON form (graph.Article, graph.Node, graph.Mention,
// graph.Relation), so ReadBackup restores it with every ID.
func WriteJSONL(g *Graph, w io.Writer) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	ids := make([]string, 0, len(g.Articles))
	for id := range g.Articles {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		if err := enc.Encode(backupLine{Article: g.Articles[id]}); err != nil {
			return err
		}
	}
	for _, n := range g.Nodes {
		if n.Kind == graph.ArticleKind {
			continue // an article as a relation's end: its article line defines it
		}
		if err := enc.Encode(backupLine{Node: n}); err != nil {
			return err
		}
	}
	for _, m := range g.Mentions {
		if err := enc.Encode(backupLine{Mention: m}); err != nil {
			return err
		}
	}
	for _, e := range g.Edges {
		r := e.Relation
		if err := enc.Encode(backupLine{Relation: &r}); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// StreamJSONL writes the whole store as WriteJSONL writes the whole store's selection, byte for
// byte, page by page without holding it: articles, nodes, each node's mentions, relations with
// their evidence, each group ordered by ID. Memory stays at one page (1,000 items, 200 articles)
// plus the IDs of the articles and nodes.
// Errors: the store's, the context's, w's.
func StreamJSONL(ctx context.Context, s *graph.Store, w io.Writer) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	known := map[string]bool{} // article IDs, for the mentions below
	err := eachArticle(ctx, s, func(a *graph.Article) error {
		known[a.ID] = true
		return enc.Encode(backupLine{Article: a})
	})
	if err != nil {
		return err
	}
	var ids []string
	err = eachNode(ctx, s, graph.NodeFilter{}, func(n *graph.Node) error {
		ids = append(ids, n.ID)
		return enc.Encode(backupLine{Node: n})
	})
	if err != nil {
		return err
	}
	// Mentions of articles whose load was interrupted (no article record) are left out, as
	// Select leaves them out.
	for _, id := range ids {
		err := eachMention(ctx, s, id, func(m *graph.Mention) error {
			if !known[m.ArticleID] {
				return nil
			}
			return enc.Encode(backupLine{Mention: m})
		})
		if err != nil {
			return err
		}
	}
	err = eachRelation(ctx, s, graph.RelationFilter{}, func(r *graph.Relation) error {
		r.EvidenceCount = len(r.Evidence)
		return enc.Encode(backupLine{Relation: r})
	})
	if err != nil {
		return err
	}
	return bw.Flush()
}

// Backup is a JSON lines export read back, split into one graph per article, ready for
// graph.Store.RestoreArticle: each holds the article, its mentions, the relations with evidence
// in it (that evidence only) and every node those name.
type Backup struct {
	Articles []*graph.ArticleGraph // ordered by article ID
	// Unplaced counts nodes and relations no article states, and evidence sentences and mentions
	// that name an article the file does not hold (the leftovers of a load interrupted before its
	// article record was written): they cannot be restored, since every fact is stored with the
	// article it came from.
	Unplaced int
}

// ReadBackup reads a JSON lines export (WriteJSONL's format; the older export without mention
// lines too). name is used in errors, which give the line: a line that is not one JSON object with
// one of the members article, node, mention or relation; a relation or mention whose node the file
// does not define. Evidence and mentions of articles the file lacks are counted in Unplaced. The
// whole file is held in memory.
func ReadBackup(r io.Reader, name string) (*Backup, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 256<<20)
	articles := map[string]*graph.ArticleGraph{}
	nodes := map[string]*graph.Node{}
	var mentions []*graph.Mention
	var rels []*graph.Relation
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if len(b) == 0 {
			continue
		}
		var l backupLine
		if err := json.Unmarshal(b, &l); err != nil {
			return nil, fmt.Errorf("%s:%d: not a backup line: %v", name, line, err)
		}
		switch {
		case l.Article != nil && l.Article.ID != "":
			articles[l.Article.ID] = &graph.ArticleGraph{Article: *l.Article}
		case l.Node != nil && l.Node.ID != "":
			nodes[l.Node.ID] = l.Node
		case l.Mention != nil && l.Mention.NodeID != "":
			mentions = append(mentions, l.Mention)
		case l.Relation != nil && l.Relation.ID != "":
			rels = append(rels, l.Relation)
		default:
			return nil, fmt.Errorf("%s:%d: want one object with an article, node, mention or relation member (with an id)", name, line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	needs := map[string]map[string]bool{} // article → node IDs it must carry
	need := func(article, node string) error {
		if _, ok := nodes[node]; !ok {
			if _, isArticle := articles[node]; isArticle {
				return nil // a relation may point at an article
			}
			return fmt.Errorf("%s: node %s is used in article %s but not defined", name, node, article)
		}
		if needs[article] == nil {
			needs[article] = map[string]bool{}
		}
		needs[article][node] = true
		return nil
	}
	placed := map[string]bool{}
	lost := 0
	for _, m := range mentions {
		ag := articles[m.ArticleID]
		if ag == nil {
			lost++
			continue
		}
		if err := need(m.ArticleID, m.NodeID); err != nil {
			return nil, err
		}
		ag.Mentions = append(ag.Mentions, *m)
		placed[m.NodeID] = true
	}
	for _, r := range rels {
		by := map[string][]graph.Evidence{}
		for _, ev := range r.Evidence {
			if articles[ev.ArticleID] == nil {
				lost++
				continue
			}
			by[ev.ArticleID] = append(by[ev.ArticleID], ev)
		}
		if len(by) == 0 {
			continue
		}
		placed[r.ID] = true
		for a, ev := range by {
			for _, n := range []string{r.Source, r.Target} {
				if err := need(a, n); err != nil {
					return nil, err
				}
				placed[n] = true
			}
			part := *r
			part.Evidence = ev
			articles[a].Relations = append(articles[a].Relations, part)
		}
	}
	out := &Backup{Unplaced: lost}
	for id := range nodes {
		if !placed[id] {
			out.Unplaced++
		}
	}
	for _, r := range rels {
		if !placed[r.ID] {
			out.Unplaced++
		}
	}
	for id, ag := range articles {
		ns := make([]string, 0, len(needs[id]))
		for n := range needs[id] {
			ns = append(ns, n)
		}
		slices.Sort(ns)
		for _, n := range ns {
			ag.Nodes = append(ag.Nodes, *nodes[n])
		}
		out.Articles = append(out.Articles, ag)
	}
	sort.Slice(out.Articles, func(i, j int) bool { return out.Articles[i].Article.ID < out.Articles[j].Article.ID })
	return out, nil
}
