package graph

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/dgraph-io/badger/v4"
)

// defaultPageSize is the page size when PageArgs.First <= 0, the contract's default for `first`.
const defaultPageSize = 50

// Node returns the node with the given ID. Errors: ErrNotFound, ErrClosed, the context's error.
func (s *Store) Node(ctx context.Context, id string) (*Node, error) {
	var n Node
	err := s.view(ctx, func(txn *badger.Txn) error { return getJSON(txn, NodeKey(id), &n) })
	if err != nil {
		return nil, fmt.Errorf("graph: node %s: %w", id, err)
	}
	return &n, nil
}

// NodesByID returns the nodes found among ids, read in one transaction (missing IDs are absent
// from the map). Errors: ErrClosed, the context's error.
func (s *Store) NodesByID(ctx context.Context, ids []string) (map[string]*Node, error) {
	out := make(map[string]*Node, len(ids))
	err := s.view(ctx, func(txn *badger.Txn) error {
		for _, id := range ids {
			if _, ok := out[id]; ok {
				continue
			}
			var n Node
			err := getJSON(txn, NodeKey(id), &n)
			if errors.Is(err, ErrNotFound) {
				continue
			}
			if err != nil {
				return err
			}
			out[id] = &n
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("graph: nodes by ID: %w", err)
	}
	return out, nil
}

// Article returns the article with the given ID. Errors: ErrNotFound (also for an article whose
// load was interrupted), ErrClosed, the context's error.
func (s *Store) Article(ctx context.Context, id string) (*Article, error) {
	var a *storedArticle
	err := s.view(ctx, func(txn *badger.Txn) (err error) {
		a, err = getArticle(txn, id)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("graph: article %s: %w", id, err)
	}
	return &a.Article, nil
}

// Relation returns the relation with the given ID, with all its evidence (ordered by article ID,
// sentence and cue) unless WithoutEvidence is given. Errors: ErrNotFound, ErrClosed, the
// context's error.
func (s *Store) Relation(ctx context.Context, id string, opts ...ReadOption) (*Relation, error) {
	var r *Relation
	err := s.view(ctx, func(txn *badger.Txn) (err error) {
		r, err = loadRelation(txn, id, readOpts(opts))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("graph: relation %s: %w", id, err)
	}
	return r, nil
}

// Evidence returns the evidence of one relation, ordered by article ID, sentence and cue; with
// max > 0, only the first max items, reading no more articles' evidence than they need (a hub
// relation can have tens of thousands). Errors: ErrNotFound for an unknown relation, ErrClosed,
// the context's error.
func (s *Store) Evidence(ctx context.Context, relID string, max int) ([]Evidence, error) {
	var r *Relation
	err := s.view(ctx, func(txn *badger.Txn) (err error) {
		r, err = loadRelation(txn, relID, readOptions{maxEvidence: max})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("graph: evidence of %s: %w", relID, err)
	}
	return r.Evidence, nil
}

// Nodes returns a page of nodes matching f, ordered by ID, or by f.Order; a search is ordered by
// relevance (SearchRank) unless f.Order says otherwise. Search matches a case-insensitive
// substring of the name, an alias or the claim text; From/To keep nodes contributed by some
// article published in the range. Errors: ErrInvalidKey for a bad cursor, ErrClosed, the
// context's error.
func (s *Store) Nodes(ctx context.Context, f NodeFilter, p PageArgs) (Page[*Node], error) {
	if f.Search != "" || inMemory(f.Order, p) {
		return s.nodesInMemory(ctx, f, p)
	}
	var page Page[*Node]
	pg, err := newPager(p, KeyNode)
	if err != nil {
		return page, err
	}
	// a search is ranked, so it never comes here (nodesInMemory)
	needValue := len(f.Kinds) > 0 || f.Country != "" || f.Code != "" || f.Local != nil
	err = s.view(ctx, func(txn *badger.Txn) error {
		dates := newDateCache(txn)
		it := txn.NewIterator(badger.IteratorOptions{Prefix: KeyNode.Prefix(), PrefetchValues: needValue})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			item := it.Item()
			var n *Node
			if needValue {
				n = new(Node)
				if err := item.Value(func(b []byte) error { return json.Unmarshal(b, n) }); err != nil {
					return err
				}
				if !nodeMatches(n, &f) {
					continue
				}
			}
			if f.Article != "" || f.From != "" || f.To != "" {
				pk, err := Parse(item.Key())
				if err != nil {
					return err
				}
				if f.Article != "" && !exists(txn, ArticleNodeKey(f.Article, pk.Node)) {
					continue
				}
				if f.From != "" || f.To != "" {
					ok, err := dates.nodeInRange(pk.Node, f.From, f.To)
					if err != nil {
						return err
					}
					if !ok {
						continue
					}
				}
			}
			if !pg.add(item.Key()) {
				continue
			}
			if n == nil {
				n = new(Node)
				if err := item.Value(func(b []byte) error { return json.Unmarshal(b, n) }); err != nil {
					return err
				}
			}
			page.Items = append(page.Items, n)
		}
		return nil
	})
	if err != nil {
		return Page[*Node]{}, fmt.Errorf("graph: nodes: %w", err)
	}
	pg.finish(&page.Cursors, &page.Total, &page.HasNext, &page.HasPrevious)
	return page, nil
}

// nodeMatches checks n against f's fields that need only the node record (Kinds); Search and
// From/To are checked by the callers, which rank or read dates.
func nodeMatches(n *Node, f *NodeFilter) bool {
	// The country is checked here, so both the key-order and the sorted lists apply it.
	if f.Country != "" && !strings.EqualFold(n.ActorCountry(), f.Country) {
		return false
	}
	if f.Code != "" && (len(n.Code) < len(f.Code) || !strings.EqualFold(n.Code[:len(f.Code)], f.Code)) {
		return false
	}
	if f.Local != nil && n.Local != *f.Local {
		return false
	}
	return len(f.Kinds) == 0 || slices.Contains(f.Kinds, n.Kind)
}

// Relations returns a page of relations matching f, ordered by ID, each with its evidence unless
// WithoutEvidence is given. Node (with Direction), Source and Target are answered from the
// adjacency keys, Article from the article index; the other filters are checked on the relation
// records. Errors: ErrInvalidKey for a bad cursor or date basis, ErrClosed, the context's error.
func (s *Store) Relations(ctx context.Context, f RelationFilter, p PageArgs, opts ...ReadOption) (Page[*Relation], error) {
	if err := checkDateBasis(f.DateBasis); err != nil {
		return Page[*Relation]{}, err
	}
	o := readOpts(opts)
	if inMemory(f.Order, p) {
		return s.relationsInMemory(ctx, f, p, o)
	}
	var page Page[*Relation]
	pg, err := newPager(p, KeyRelation)
	if err != nil {
		return page, err
	}
	err = s.view(ctx, func(txn *badger.Txn) error {
		ids, indexed, rest, err := relationCandidates(txn, f)
		if err != nil {
			return err
		}
		needValue := rest.needsRecord()
		dates := newDateCache(txn)
		o := relationWindow(o, f, dates)
		consider := func(key []byte, load func(r *relationRecord) error) error {
			var rec *relationRecord
			if needValue {
				rec = new(relationRecord)
				if err := load(rec); err != nil {
					return err
				}
				ok, err := relationMatches(txn, rec, &rest, dates)
				if err != nil || !ok {
					return err
				}
			}
			if !pg.add(key) {
				return nil
			}
			if rec == nil {
				rec = new(relationRecord)
				if err := load(rec); err != nil {
					return err
				}
			}
			if err := windowCount(txn, rec, o); err != nil {
				return err
			}
			r, err := withEvidence(txn, rec, o)
			if err != nil {
				return err
			}
			page.Items = append(page.Items, r)
			return nil
		}
		return scanRelations(ctx, txn, ids, indexed, needValue, consider)
	})
	if err != nil {
		return Page[*Relation]{}, fmt.Errorf("graph: relations: %w", err)
	}
	pg.finish(&page.Cursors, &page.Total, &page.HasNext, &page.HasPrevious)
	return page, nil
}

// relationCandidates picks the index that answers f best: the adjacency keys of f.Node, f.Source
// or f.Target, or the article index of f.Article. It returns the candidate relation IDs (unsorted,
// possibly repeated) with indexed true, or indexed false when every relation must be scanned,
// and the part of f the candidates still have to be checked against.
func relationCandidates(txn *badger.Txn, f RelationFilter) (ids []string, indexed bool, rest RelationFilter, err error) {
	rest = f
	indexed = true
	switch {
	case f.Node != "":
		ids = adjacentRelations(txn, f.Node, f.Direction, f.Types)
		rest.Node, rest.Direction, rest.Types = "", Any, nil
	case f.Source != "" && f.SourceMembers:
		for _, src := range withMembers(txn, f.Source) {
			ids = append(ids, adjacentRelations(txn, src, Out, f.Types)...)
		}
		rest.Source, rest.SourceMembers, rest.Types = "", false, nil
	case f.Source != "":
		ids = adjacentRelations(txn, f.Source, Out, f.Types)
		rest.Source, rest.Types = "", nil
	case f.Target != "":
		ids = adjacentRelations(txn, f.Target, In, f.Types)
		rest.Target, rest.Types = "", nil
	case f.Article != "":
		for _, k := range collectKeys(txn, ArticleFactsPrefix(KeyArticleRelation, f.Article), 0) {
			pk, err := Parse(k)
			if err != nil {
				return nil, false, rest, err
			}
			ids = append(ids, pk.Relation)
		}
		// rest keeps Article: a date window is then checked on that article's date alone.
	default:
		indexed = false
	}
	return ids, indexed, rest, nil
}

// needsRecord reports whether checking f needs the relation record (not only its key).
func (f *RelationFilter) needsRecord() bool {
	return len(f.Types) > 0 || f.Source != "" || f.Target != "" || f.Article != "" ||
		f.Node != "" || f.From != "" || f.To != "" || f.MinConfidence > 0 || f.Negated != nil || f.Hedged != nil || f.InQuestion != nil || f.Speaker != "" || f.Search != "" || f.Addressee != "" || f.AddresseeCountry != "" ||
		f.SourceCountry != "" || f.TargetCountry != "" || f.Country != "" || f.Local != nil || f.NearDuplicates != nil
}

// adjacentRelations lists the IDs of node's relations in direction d (Any: both) of the given
// types (all when empty), from the adjacency keys alone.
func adjacentRelations(txn *badger.Txn, node string, d Direction, types []RelType) []string {
	var ids []string
	for _, adj := range adjacency(txn, node, d, types, false) {
		ids = append(ids, adj.rel)
	}
	return ids
}

type adjacent struct {
	rel, other string
}

// adjacency reads node's adjacency keys in direction d (Any: both) of the given types (all when
// empty); with other set it also reads the values (the node at the other end).
func adjacency(txn *badger.Txn, node string, d Direction, types []RelType, other bool) []adjacent {
	dirs := []Direction{Out, In}
	if d != Any {
		dirs = []Direction{d}
	}
	if len(types) == 0 {
		types = []RelType{""}
	}
	var out []adjacent
	for _, dir := range dirs {
		for _, t := range types {
			it := txn.NewIterator(badger.IteratorOptions{Prefix: AdjacencyPrefix(node, dir, t), PrefetchValues: other})
			for it.Rewind(); it.Valid(); it.Next() {
				item := it.Item()
				pk, err := Parse(item.Key())
				if err != nil {
					continue // written only by this package; a bad key cannot name a relation
				}
				a := adjacent{rel: pk.Relation}
				if other {
					if v, err := item.ValueCopy(nil); err == nil {
						a.other = string(v)
					}
				}
				out = append(out, a)
			}
			it.Close()
		}
	}
	return out
}

func relationMatches(txn *badger.Txn, r *relationRecord, f *RelationFilter, dates *dateCache) (bool, error) {
	if len(f.Types) > 0 && !slices.Contains(f.Types, r.Type) {
		return false, nil
	}
	if f.Source != "" && r.Source != f.Source && (!f.SourceMembers || !slices.Contains(withMembers(txn, f.Source), r.Source)) {
		return false, nil
	}
	if f.Target != "" && r.Target != f.Target {
		return false, nil
	}
	if f.Node != "" {
		out, in := r.Source == f.Node, r.Target == f.Node
		if (f.Direction == Out && !out) || (f.Direction == In && !in) || (!out && !in) {
			return false, nil
		}
	}
	if f.Article != "" && !exists(txn, EvidenceKey(r.ID, f.Article)) {
		return false, nil
	}
	if (f.MinConfidence > 0 && r.Confidence < f.MinConfidence) ||
		(f.Negated != nil && r.Negated != *f.Negated) || (f.Hedged != nil && r.Hedged != *f.Hedged) ||
		(f.InQuestion != nil && (r.Evidence > 0 && r.Asked == r.Evidence) != *f.InQuestion) {
		return false, nil
	}
	if f.Speaker != "" && r.Source != f.Speaker {
		if ok, err := voicedBy(txn, r.ID, f.Speaker); err != nil || !ok {
			return false, err
		}
	}
	if f.Addressee != "" || f.AddresseeCountry != "" {
		if ok, err := addressedTo(txn, r.ID, f.Addressee, f.AddresseeCountry, dates); err != nil || !ok {
			return false, err
		}
	}
	if f.Search != "" {
		if ok, err := sentenceContains(txn, r.ID, f.Search); err != nil || !ok {
			return false, err
		}
	}
	// The countries are checked here, so both the key-order and the sorted lists (and the totals
	// they count) apply them; each end node is read once per call through the cache.
	if ok, err := countriesMatch(r, f, dates); err != nil || !ok {
		return false, err
	}
	if f.Local != nil {
		src, err := dates.node(r.Source)
		if err != nil {
			return false, err
		}
		tgt, err := dates.node(r.Target)
		if err != nil {
			return false, err
		}
		if (src.local || tgt.local) != *f.Local {
			return false, nil
		}
	}
	if f.NearDuplicates != nil && !*f.NearDuplicates {
		// every window at once: the near-duplicates, the dates, the article (merge_neardup.go)
		n, err := windowEvidence(txn, r.ID, relationWindow(readOptions{}, *f, dates))
		return n > 0, err
	}
	if f.From == "" && f.To == "" {
		return true, nil
	}
	if f.DateBasis == EventBasis {
		return eventInRange(txn, r.ID, f.Article, f.From, f.To, dates)
	}
	arts := []string{f.Article} // with an article, its own date decides (its evidence alone is listed)
	if f.Article == "" {
		var err error
		if arts, err = evidenceArticles(txn, r.ID); err != nil {
			return false, err
		}
	}
	for _, a := range arts {
		d, err := dates.get(a)
		if err != nil {
			return false, err
		}
		if inRange(d, f.From, f.To) {
			return true, nil
		}
	}
	return false, nil
}

// Articles returns a page of articles ordered by ID. Errors: ErrInvalidKey for a bad cursor,
// ErrClosed, the context's error.
func (s *Store) Articles(ctx context.Context, p PageArgs) (Page[*Article], error) {
	if inMemory(Order{}, p) {
		return s.ArticlesWhere(ctx, ArticleFilter{}, p)
	}
	var page Page[*Article]
	pg, err := newPager(p, KeyArticle)
	if err != nil {
		return page, err
	}
	err = s.view(ctx, func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: KeyArticle.Prefix()})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			item := it.Item()
			if !pg.add(item.Key()) {
				continue
			}
			var a storedArticle
			if err := item.Value(func(b []byte) error { return json.Unmarshal(b, &a) }); err != nil {
				return err
			}
			page.Items = append(page.Items, &a.Article)
		}
		return nil
	})
	if err != nil {
		return Page[*Article]{}, fmt.Errorf("graph: articles: %w", err)
	}
	pg.finish(&page.Cursors, &page.Total, &page.HasNext, &page.HasPrevious)
	return page, nil
}

// Mentions returns a page of a node's mentions ordered by article ID, then start offset. An unknown
// node has none. Errors: ErrInvalidKey for a bad cursor (or one from another node's mentions),
// ErrClosed, the context's error.
func (s *Store) Mentions(ctx context.Context, nodeID string, p PageArgs) (Page[*Mention], error) {
	if inMemory(Order{}, p) {
		return s.mentionsInMemory(ctx, nodeID, p)
	}
	var page Page[*Mention]
	pg, err := newPager(p, KeyMention)
	if err != nil {
		return page, err
	}
	if pg.after != nil {
		if pk, _ := Parse(pg.after); pk.Node != nodeID {
			return page, fmt.Errorf("graph: mentions of %s: cursor of another node: %w", nodeID, ErrInvalidKey)
		}
	}
	err = s.view(ctx, func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: MentionPrefix(nodeID)})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			item := it.Item()
			if !pg.add(item.Key()) {
				continue
			}
			var m *Mention
			err := item.Value(func(b []byte) (err error) {
				m, err = decodeMention(item.Key(), b)
				return err
			})
			if err != nil {
				return err
			}
			page.Items = append(page.Items, m)
		}
		return nil
	})
	if err != nil {
		return Page[*Mention]{}, fmt.Errorf("graph: mentions of %s: %w", nodeID, err)
	}
	pg.finish(&page.Cursors, &page.Total, &page.HasNext, &page.HasPrevious)
	return page, nil
}

// Stats counts articles (completely loaded ones), nodes, relations and mentions with keys-only
// scans. Errors: ErrClosed, the context's error.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.view(ctx, func(txn *badger.Txn) error {
		for _, c := range []struct {
			k KeyKind
			n *int
		}{{KeyArticle, &st.Articles}, {KeyNode, &st.Nodes}, {KeyRelation, &st.Relations}, {KeyMention, &st.Mentions}} {
			it := txn.NewIterator(badger.IteratorOptions{Prefix: c.k.Prefix()})
			for it.Rewind(); it.Valid(); it.Next() {
				*c.n++
			}
			it.Close()
		}
		return nil
	})
	if err != nil {
		return Stats{}, fmt.Errorf("graph: stats: %w", err)
	}
	return st, nil
}

// view runs fn in a read-only transaction under the store's read lock.
func (s *Store) view(ctx context.Context, fn func(txn *badger.Txn) error) error {
	db, err := s.acquire(ctx)
	if err != nil {
		return err
	}
	defer s.mu.RUnlock()
	return db.View(fn)
}

// pager collects one page from keys offered in ascending order, counting all of them.
type pager struct {
	first   int
	after   []byte // the cursor's key; nil for the first page
	keys    [][]byte
	total   int
	hasNext bool
}

// newPager decodes p.After, which must be the base64url (unpadded) encoding of a key of kind k.
func newPager(p PageArgs, k KeyKind) (*pager, error) {
	pg := &pager{first: p.First}
	if pg.first <= 0 {
		pg.first = defaultPageSize
	}
	if p.After == "" {
		return pg, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(p.After)
	if err != nil {
		return nil, fmt.Errorf("graph: cursor %q: %w", p.After, ErrInvalidKey)
	}
	pk, err := Parse(b)
	if err != nil || pk.Kind != k {
		return nil, fmt.Errorf("graph: cursor %q is not a %s cursor: %w", p.After, k, ErrInvalidKey)
	}
	pg.after = b
	return pg, nil
}

// add counts key and reports whether it belongs to the page. It copies key.
func (pg *pager) add(key []byte) bool {
	pg.total++
	if pg.after != nil && bytes.Compare(key, pg.after) <= 0 {
		return false
	}
	if len(pg.keys) >= pg.first {
		pg.hasNext = true
		return false
	}
	pg.keys = append(pg.keys, bytes.Clone(key))
	return true
}

func (pg *pager) finish(cursors *[]string, total *int, hasNext, hasPrev *bool) {
	for _, k := range pg.keys {
		*cursors = append(*cursors, base64.RawURLEncoding.EncodeToString(k))
	}
	*total, *hasNext, *hasPrev = pg.total, pg.hasNext, pg.after != nil
}

// dateCache looks up articles' publication dates, and nodes' countries and local flags, once per
// read.
type dateCache struct {
	txn   *badger.Txn
	m     map[string]string
	nodes map[string]nodeFacts // node ID → what relation filters ask of it
}

// nodeFacts is what relation filters read of an end node: its ActorCountry ("" for none or a
// missing node) and its Local flag (false for a missing node).
type nodeFacts struct {
	country string
	local   bool
}

func newDateCache(txn *badger.Txn) *dateCache {
	return &dateCache{txn: txn, m: map[string]string{}, nodes: map[string]nodeFacts{}}
}

// node reads the facts of the node with the given ID, the zero facts when it is missing.
func (c *dateCache) node(id string) (nodeFacts, error) {
	if nf, ok := c.nodes[id]; ok {
		return nf, nil
	}
	var n Node
	err := getJSON(c.txn, NodeKey(id), &n)
	if err != nil && !errors.Is(err, ErrNotFound) {
		return nodeFacts{}, err
	}
	c.nodes[id] = nodeFacts{country: n.ActorCountry(), local: n.Local}
	return c.nodes[id], nil
}

// country is the ActorCountry of the node with the given ID, "" when it has none or is missing.
func (c *dateCache) country(node string) (string, error) {
	nf, err := c.node(node)
	return nf.country, err
}

// countriesMatch reports whether r's end nodes satisfy f's SourceCountry, TargetCountry and
// Country (either end), reading each node's country through c.
func countriesMatch(r *relationRecord, f *RelationFilter, c *dateCache) (bool, error) {
	if f.SourceCountry == "" && f.TargetCountry == "" && f.Country == "" {
		return true, nil
	}
	src, err := c.country(r.Source)
	if err != nil {
		return false, err
	}
	tgt, err := c.country(r.Target)
	if err != nil {
		return false, err
	}
	is := func(got, want string) bool { return got != "" && strings.EqualFold(got, want) }
	if (f.SourceCountry != "" && !is(src, f.SourceCountry)) || (f.TargetCountry != "" && !is(tgt, f.TargetCountry)) {
		return false, nil
	}
	return f.Country == "" || is(src, f.Country) || is(tgt, f.Country), nil
}

func (c *dateCache) get(article string) (string, error) {
	if d, ok := c.m[article]; ok {
		return d, nil
	}
	var a struct {
		PublishedAt string `json:"published"`
	}
	err := getJSON(c.txn, ArticleKey(article), &a)
	if err != nil && !errors.Is(err, ErrNotFound) {
		return "", err
	}
	c.m[article] = a.PublishedAt
	return a.PublishedAt, nil
}

// nodeInRange reports whether some article that contributed the node was published in range.
func (c *dateCache) nodeInRange(node, from, to string) (bool, error) {
	for _, k := range collectKeys(c.txn, ArticleFactsPrefix(KeyNodeArticle, node), 0) {
		pk, err := Parse(k)
		if err != nil {
			return false, err
		}
		d, err := c.get(pk.Article)
		if err != nil {
			return false, err
		}
		if inRange(d, from, to) {
			return true, nil
		}
	}
	return false, nil
}

// inRange compares the YYYY-MM-DD part of an ISO 8601 date with inclusive bounds ("" = open).
// An unknown date is in range only when both bounds are open.
// DateInRange reports whether an article's publication date lies in [from, to] (YYYY-MM-DD, ""
// = open): the rule the from/to filters of Nodes and Relations apply. A date that is not
// YYYY-MM-DD (or its prefix of an RFC 3339 time) is unknown and in range only when both bounds are
// open.
func DateInRange(date, from, to string) bool { return inRange(date, from, to) }

func inRange(date, from, to string) bool {
	if len(date) > 10 {
		date = date[:10]
	}
	if !isoDate(date) {
		date = "" // a free-text date stored by an older loader ("yesterday") is unknown
	}
	if from != "" && (date == "" || date < from) {
		return false
	}
	if to != "" && (date == "" || date > to) {
		return false
	}
	return true
}

// isoDate reports the shape YYYY-MM-DD (digits and dashes), which compares as a date in string
// order.
func isoDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := 0; i < 10; i++ {
		if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

// getJSON decodes the value of key into v; ErrNotFound when the key is absent. The value is
// decoded inside the transaction, so v shares no memory with Badger.
func getJSON(txn *badger.Txn, key []byte, v any) error {
	item, err := txn.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return ErrNotFound
	}
	if err != nil {
		return err
	}
	return item.Value(func(b []byte) error { return json.Unmarshal(b, v) })
}

// setJSON stores the JSON encoding of v under key.
func setJSON(txn *badger.Txn, key []byte, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return txn.Set(key, b)
}

func exists(txn *badger.Txn, key []byte) bool {
	_, err := txn.Get(key)
	return err == nil
}

func hasPrefix(txn *badger.Txn, prefix []byte) bool {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
	defer it.Close()
	it.Rewind()
	return it.Valid()
}

// collectKeys copies the keys under prefix, at most limit of them (all when limit <= 0), with a
// keys-only iteration.
func collectKeys(txn *badger.Txn, prefix []byte, limit int) [][]byte {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
	defer it.Close()
	var keys [][]byte
	for it.Rewind(); it.Valid(); it.Next() {
		keys = append(keys, it.Item().KeyCopy(nil))
		if limit > 0 && len(keys) >= limit {
			break
		}
	}
	return keys
}

// scanRelations calls fn for each candidate relation in key order: the relations ids names when
// indexed (relationCandidates answered from an index), else every relation record. fn gets the
// key (valid only during the call) and a function that reads the record into r; prefetch says
// whether the full scan should prefetch values (fn will read most records).
func scanRelations(ctx context.Context, txn *badger.Txn, ids []string, indexed, prefetch bool, fn func(key []byte, load func(r *relationRecord) error) error) error {
	if indexed {
		slices.Sort(ids)
		for _, id := range slices.Compact(ids) {
			if err := ctx.Err(); err != nil {
				return err
			}
			key := RelationKey(id)
			if err := fn(key, func(r *relationRecord) error { return getJSON(txn, key, r) }); err != nil {
				return err
			}
		}
		return nil
	}
	it := txn.NewIterator(badger.IteratorOptions{Prefix: KeyRelation.Prefix(), PrefetchValues: prefetch})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		if err := ctx.Err(); err != nil {
			return err
		}
		item := it.Item()
		err := fn(item.Key(), func(r *relationRecord) error {
			return item.Value(func(b []byte) error { return json.Unmarshal(b, r) })
		})
		if err != nil {
			return err
		}
	}
	return nil
}
