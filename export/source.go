package export

import (
	"context"
	"slices"

	"github.com/claimgraph/claimgraph/graph"
)

// source is what the XML writers read: nodes in ID order, edges in ID order (each call walks them
// again), and the metadata of the articles the edges' evidence names.
type source interface {
	nodes(fn func(*graph.Node) error) error
	edges(fn func(*Edge) error) error
	articles() map[string]*graph.Article
	// labels maps node IDs to labels for the evidence's speakers and addressees (the edge
	// attributes speaker_labels and addressee_labels); an edge's are there when edges calls fn.
	labels() map[string]string
}

// memSource is a selected Graph.
type memSource struct{ g *Graph }

func (m memSource) nodes(fn func(*graph.Node) error) error {
	for _, n := range m.g.Nodes {
		if err := fn(n); err != nil {
			return err
		}
	}
	return nil
}

func (m memSource) edges(fn func(*Edge) error) error {
	for _, e := range m.g.Edges {
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}

func (m memSource) articles() map[string]*graph.Article { return m.g.Articles }

func (m memSource) labels() map[string]string {
	out := make(map[string]string, len(m.g.Nodes)+len(m.g.Labels))
	for id, l := range m.g.Labels {
		out[id] = l
	}
	for _, n := range m.g.Nodes {
		out[n.ID] = nodeLabel(n)
	}
	return out
}

// storeSource is the whole store read page by page: what Select gives for the zero Filter,
// without holding the relations. It holds the articles' metadata (not their text) and the IDs of
// the relations' ends that are no nodes (articles, or nodes of an interrupted load).
type storeSource struct {
	ctx   context.Context
	s     *graph.Store
	arts  map[string]*graph.Article
	extra []*graph.Node     // ends that are no stored node, by ID
	names map[string]string // labels of the speakers and addressees read so far
}

// newStoreSource reads the articles' metadata and finds the relations' ends that are no nodes.
func newStoreSource(ctx context.Context, s *graph.Store) (*storeSource, error) {
	src := &storeSource{ctx: ctx, s: s, arts: map[string]*graph.Article{}, names: map[string]string{}}
	err := eachArticle(ctx, s, func(a *graph.Article) error {
		a.Text = ""
		src.arts[a.ID] = a
		return nil
	})
	if err != nil {
		return nil, err
	}
	ends := map[string]bool{}
	err = eachRelation(ctx, s, graph.RelationFilter{}, func(r *graph.Relation) error {
		ends[r.Source], ends[r.Target] = true, true
		return nil
	}, graph.WithoutEvidence())
	if err != nil {
		return nil, err
	}
	ids := make([]string, 0, len(ends))
	for id := range ends {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for len(ids) > 0 {
		batch := ids[:min(len(ids), 1000)]
		ids = ids[len(batch):]
		found, err := s.NodesByID(ctx, batch)
		if err != nil {
			return nil, err
		}
		for _, id := range batch {
			if found[id] != nil {
				continue
			}
			if a := src.arts[id]; a != nil {
				src.extra = append(src.extra, articleNode(a))
			} else {
				src.extra = append(src.extra, &graph.Node{ID: id, Kind: kindOfID(id), Name: id})
			}
		}
	}
	return src, nil
}

// nodes walks the stored nodes and the extra ends together, in ID order.
func (src *storeSource) nodes(fn func(*graph.Node) error) error {
	extra := src.extra
	err := eachNode(src.ctx, src.s, graph.NodeFilter{}, func(n *graph.Node) error {
		for len(extra) > 0 && extra[0].ID < n.ID {
			if err := fn(extra[0]); err != nil {
				return err
			}
			extra = extra[1:]
		}
		return fn(n)
	})
	if err != nil {
		return err
	}
	for _, n := range extra {
		if err := fn(n); err != nil {
			return err
		}
	}
	return nil
}

func (src *storeSource) edges(fn func(*Edge) error) error {
	return eachRelation(src.ctx, src.s, graph.RelationFilter{}, func(r *graph.Relation) error {
		e := &Edge{Relation: *r}
		e.EvidenceCount = len(e.Evidence)
		if err := readVoiceLabels(src.ctx, src.s, []*Edge{e}, src.names); err != nil {
			return err
		}
		return fn(e)
	})
}

func (src *storeSource) articles() map[string]*graph.Article { return src.arts }

func (src *storeSource) labels() map[string]string { return src.names }

// readVoiceLabels adds to names the labels of the edges' speakers and addressees
// (graph.Evidence.Speaker, .Addressee) that names lacks; an ID the store no longer holds is its
// own label, as an endpoint of an interrupted load is.
func readVoiceLabels(ctx context.Context, s *graph.Store, edges []*Edge, names map[string]string) error {
	var missing []string
	for _, e := range edges {
		for _, ev := range e.Evidence {
			for _, id := range []string{ev.Speaker, ev.Addressee} {
				if _, ok := names[id]; id != "" && !ok && !slices.Contains(missing, id) {
					missing = append(missing, id)
				}
			}
		}
	}
	if len(missing) == 0 {
		return nil
	}
	found, err := s.NodesByID(ctx, missing)
	if err != nil {
		return err
	}
	for _, id := range missing {
		names[id] = id
		if n := found[id]; n != nil {
			names[id] = nodeLabel(n)
		}
	}
	return nil
}
