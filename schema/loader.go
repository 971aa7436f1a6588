package schema

import (
	"context"
	"errors"
	"sync"

	"github.com/claimgraph/claimgraph/graph"
)

// loaderKey is the context key of the request's loader; an unexported type so no other package
// can collide with it.
type loaderKey struct{}

// loader batches and caches node and article reads for one request, so resolving the endpoints
// of a page of relations, the articles of their evidence or the organizations of roles costs one
// store call per level of the query rather than one per item (graphql-go/graphql#296).
//
// Resolvers ask for a thunk (func() (any, error)); graphql-go runs every resolver of a level
// before calling any thunk, so the first thunk called finds the IDs of the whole level pending
// and fetches them at once.
type loader struct {
	store *graph.Store

	mu           sync.Mutex
	nodes        map[string]*graph.Node    // fetched; nil value: not in the store
	articles     map[string]*graph.Article // fetched; nil value: not in the store
	wantNodes    map[string]struct{}
	wantArticles map[string]struct{}

	// windows holds the window of relations listed with from/to or article: their evidence
	// field keeps to it. Keyed by the relation value, so the same relation listed twice in one
	// request (two aliases with different windows) keeps each list's window.
	windows map[*graph.Relation]window

	// Counters for tests and the request log.
	nodeBatches  int // NodesByID calls
	articleReads int // Article calls (one per distinct article: the store has no batch read)
}

func newLoader(store *graph.Store) *loader {
	return &loader{
		store:        store,
		nodes:        map[string]*graph.Node{},
		articles:     map[string]*graph.Article{},
		wantNodes:    map[string]struct{}{},
		wantArticles: map[string]struct{}{},
	}
}

// withLoader returns ctx carrying l.
func withLoader(ctx context.Context, l *loader) context.Context {
	return context.WithValue(ctx, loaderKey{}, l)
}

// loaderFor returns the request's loader, or a fresh one (batching nothing across calls) when the
// schema runs outside Execute or Handler.
func loaderFor(ctx context.Context, store *graph.Store) *loader {
	if l, ok := ctx.Value(loaderKey{}).(*loader); ok && l.store == store {
		return l
	}
	return newLoader(store)
}

// window is what a relation list kept to: publication dates [from, to] ("" open) and, when
// article is set, that one article's evidence (relations(article:)).
type window struct {
	from, to, article string
	basis             graph.DateBasis // EventBasis: a sentence's event date, when it has one, decides
	noDups            bool            // relations(nearDuplicates: false): near-duplicate articles' sentences left out
}

// setWindow records that r was listed for w.
func (l *loader) setWindow(r *graph.Relation, w window) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.windows == nil {
		l.windows = map[*graph.Relation]window{}
	}
	l.windows[r] = w
}

// window returns the window r was listed for, if any.
func (l *loader) window(r *graph.Relation) (window, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	w, ok := l.windows[r]
	return w, ok
}

// prime caches nodes and articles the caller already holds (a neighborhood's members).
func (l *loader) prime(nodes []*graph.Node, articles []*graph.Article) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, n := range nodes {
		if n != nil {
			l.nodes[n.ID] = n
		}
	}
	for _, a := range articles {
		if a != nil {
			l.articles[a.ID] = a
		}
	}
}

// endpoint returns a thunk yielding the node or article with id, or nil when it is not stored.
func (l *loader) endpoint(ctx context.Context, id string) func() (any, error) {
	if graph.KindOfID(id) == "article" {
		return l.article(ctx, id)
	}
	return l.node(ctx, id)
}

// node returns a thunk yielding the *graph.Node with id, or nil when it is not stored.
func (l *loader) node(ctx context.Context, id string) func() (any, error) {
	l.mu.Lock()
	if _, ok := l.nodes[id]; !ok {
		l.wantNodes[id] = struct{}{}
	}
	l.mu.Unlock()
	return func() (any, error) {
		n, err := l.loadNode(ctx, id)
		if err != nil || n == nil {
			return nil, err
		}
		return n, nil
	}
}

// article returns a thunk yielding the *graph.Article with id, or nil when it is not stored.
func (l *loader) article(ctx context.Context, id string) func() (any, error) {
	l.mu.Lock()
	if _, ok := l.articles[id]; !ok {
		l.wantArticles[id] = struct{}{}
	}
	l.mu.Unlock()
	return func() (any, error) {
		a, err := l.loadArticle(ctx, id)
		if err != nil || a == nil {
			return nil, err
		}
		return a, nil
	}
}

// loadNode returns the node with id, first fetching every pending node ID in one NodesByID call.
func (l *loader) loadNode(ctx context.Context, id string) (*graph.Node, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if n, ok := l.nodes[id]; ok {
		return n, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, storeError(err, false)
	}
	l.wantNodes[id] = struct{}{}
	ids := make([]string, 0, len(l.wantNodes))
	for k := range l.wantNodes {
		ids = append(ids, k)
	}
	clear(l.wantNodes)
	found, err := l.store.NodesByID(ctx, ids)
	l.nodeBatches++
	if err != nil {
		return nil, storeError(err, false)
	}
	for _, k := range ids {
		l.nodes[k] = found[k]
	}
	return l.nodes[id], nil
}

// loadArticle returns the article with id, first reading every pending article once.
func (l *loader) loadArticle(ctx context.Context, id string) (*graph.Article, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if a, ok := l.articles[id]; ok {
		return a, nil
	}
	l.wantArticles[id] = struct{}{}
	ids := make([]string, 0, len(l.wantArticles))
	for k := range l.wantArticles {
		ids = append(ids, k)
	}
	clear(l.wantArticles)
	for _, k := range ids {
		if err := ctx.Err(); err != nil {
			return nil, storeError(err, false)
		}
		a, err := l.store.Article(ctx, k)
		l.articleReads++
		switch {
		case errors.Is(err, graph.ErrNotFound):
			l.articles[k] = nil
		case err != nil:
			return nil, storeError(err, false)
		default:
			l.articles[k] = a
		}
	}
	return l.articles[id], nil
}
