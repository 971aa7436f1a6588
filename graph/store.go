package graph

// SCAFFOLD: signatures agreed between packages; the store helper replaces every body.

import (
	"context"
	"errors"
)

// Errors returned by the store.
var (
	// ErrNotFound is returned when a node, article or relation ID is not in the store.
	ErrNotFound = errors.New("graph: not found")
	// ErrInvalidKey is returned when a stored key or a cursor cannot be parsed.
	ErrInvalidKey = errors.New("graph: invalid key")
	// ErrClosed is returned by every method after Close.
	ErrClosed = errors.New("graph: store is closed")
)

// Options configure Open. Build them with DefaultOptions and the With methods.
type Options struct {
	Dir      string // store directory; created if missing
	InMemory bool   // keep everything in memory (tests)
	ReadOnly bool
}

// DefaultOptions returns options for a store in dir, sized for a 2-core, few-GB machine.
func DefaultOptions(dir string) Options { return Options{Dir: dir} }

// WithInMemory returns a copy of o that keeps the store in memory.
func (o Options) WithInMemory(b bool) Options { o.InMemory = b; return o }

// WithReadOnly returns a copy of o that opens the store read-only.
func (o Options) WithReadOnly(b bool) Options { o.ReadOnly = b; return o }

// Store is the Badger-backed graph store. It is safe for concurrent use.
type Store struct{}

// Open opens (creating if needed) the store described by o.
func Open(o Options) (*Store, error) { panic("unimplemented") }

// Close closes the store; later calls return ErrClosed.
func (s *Store) Close() error { panic("unimplemented") }

// PageArgs select a page of a connection: First items after the opaque cursor After.
type PageArgs struct {
	First int
	After string
}

// Page is one page of a connection. Cursors[i] is the opaque cursor of Items[i].
type Page[T any] struct {
	Items       []T
	Cursors     []string
	Total       int
	HasNext     bool
	HasPrevious bool
}

// NodeFilter selects nodes (never articles). Empty fields select all.
type NodeFilter struct {
	Kinds  []Kind
	Search string // case-insensitive substring of name, aliases or claim text
	From   string // publication date bounds (YYYY-MM-DD, inclusive) of some article mentioning it
	To     string
}

// RelationFilter selects relations. Empty fields select all. Node+Direction selects the relations
// of one node; Source/Target select by endpoint; Article selects relations with evidence in it.
type RelationFilter struct {
	Types     []RelType
	Source    string
	Target    string
	Article   string
	Node      string
	Direction Direction
	From      string
	To        string
}

// MergeResult says what MergeArticle changed.
type MergeResult struct {
	ArticleID string
	Skipped   bool // the identical article was already stored: nothing changed
	Replaced  bool // an article with the same URL and other text was replaced
	Nodes     int  // nodes written (new or updated)
	Relations int  // relations written (new or updated)
}

// Stats counts what the store holds.
type Stats struct {
	Articles, Nodes, Relations, Mentions int
}

// Subgraph is the result of a neighborhood traversal.
type Subgraph struct {
	Nodes     []*Node
	Articles  []*Article
	Relations []*Relation
}

// MergeArticle stores one article's graph in one transaction (retried on conflict).
func (s *Store) MergeArticle(ctx context.Context, g *ArticleGraph) (MergeResult, error) {
	panic("unimplemented")
}

// DeleteArticle removes an article, its evidence, and nodes and relations left without evidence.
func (s *Store) DeleteArticle(ctx context.Context, id string) error { panic("unimplemented") }

// Node returns the node with the given ID or ErrNotFound.
func (s *Store) Node(ctx context.Context, id string) (*Node, error) { panic("unimplemented") }

// NodesByID returns the nodes found among ids (missing IDs are absent from the map).
func (s *Store) NodesByID(ctx context.Context, ids []string) (map[string]*Node, error) {
	panic("unimplemented")
}

// Article returns the article with the given ID or ErrNotFound.
func (s *Store) Article(ctx context.Context, id string) (*Article, error) { panic("unimplemented") }

// Relation returns the relation with the given ID or ErrNotFound.
func (s *Store) Relation(ctx context.Context, id string) (*Relation, error) { panic("unimplemented") }

// Nodes returns a page of nodes matching f, ordered by ID.
func (s *Store) Nodes(ctx context.Context, f NodeFilter, p PageArgs) (Page[*Node], error) {
	panic("unimplemented")
}

// Relations returns a page of relations matching f, ordered by ID.
func (s *Store) Relations(ctx context.Context, f RelationFilter, p PageArgs) (Page[*Relation], error) {
	panic("unimplemented")
}

// Articles returns a page of articles ordered by ID.
func (s *Store) Articles(ctx context.Context, p PageArgs) (Page[*Article], error) {
	panic("unimplemented")
}

// Mentions returns a page of a node's mentions ordered by article and offset.
func (s *Store) Mentions(ctx context.Context, nodeID string, p PageArgs) (Page[*Mention], error) {
	panic("unimplemented")
}

// Neighborhood returns the nodes within depth hops of id over relations of the given types (all
// when empty), at most limit nodes, and the relations among them.
func (s *Store) Neighborhood(ctx context.Context, id string, depth int, types []RelType, limit int) (*Subgraph, error) {
	panic("unimplemented")
}

// Stats counts articles, nodes, relations and mentions.
func (s *Store) Stats(ctx context.Context) (Stats, error) { panic("unimplemented") }
