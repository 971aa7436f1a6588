package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dgraph-io/badger/v4"
)

// Lists sorted in memory: any Order but ByID, a search (ranked by relevance), or backward paging.
// They read every match once (records only, never evidence), sort, and cut the page with
// windowOf; the page's items are then completed as the key-order lists complete them.

// ArticlesWhere returns a page of the articles matching f, in f.Order. Errors: ErrInvalidKey for
// a bad cursor or an order articles do not take, ErrClosed, the context's error.
func (s *Store) ArticlesWhere(ctx context.Context, f ArticleFilter, p PageArgs) (Page[*Article], error) {
	switch f.Order.Field {
	case ByID, ByPublished, ByLabel:
	default:
		return Page[*Article]{}, fmt.Errorf("graph: articles cannot be ordered by %s: %w", f.Order.Field, ErrInvalidKey)
	}
	search := strings.ToLower(strings.TrimSpace(f.Search))
	outlet := outletWords(f.Outlet)
	var es []sortEntry[*Article]
	err := s.view(ctx, func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: KeyArticle.Prefix(), PrefetchValues: true})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			item := it.Item()
			var a storedArticle
			if err := item.Value(func(b []byte) error { return json.Unmarshal(b, &a) }); err != nil {
				return err
			}
			art := &a.Article
			if (f.From != "" || f.To != "") && !inRange(art.PublishedAt, f.From, f.To) {
				continue
			}
			if len(outlet) > 0 && !containsRun(outletWords(art.Outlet), outlet) {
				continue
			}
			if search != "" && !strings.Contains(strings.ToLower(art.Title), search) &&
				!strings.Contains(strings.ToLower(art.URL), search) && !strings.Contains(strings.ToLower(art.Text), search) {
				continue
			}
			e := sortEntry[*Article]{key: item.KeyCopy(nil), item: art}
			switch f.Order.Field {
			case ByPublished:
				d := art.PublishedAt
				if len(d) > 10 {
					d = d[:10]
				}
				e.str, e.undef = d, !isoDate(d)
			case ByLabel:
				e.str = strings.ToLower(articleTitle(art))
			}
			es = append(es, e)
		}
		return nil
	})
	if err != nil {
		return Page[*Article]{}, fmt.Errorf("graph: articles: %w", err)
	}
	sortEntries(es, f.Order, true)
	page, err := windowOf(es, p, KeyArticle)
	if err != nil {
		return Page[*Article]{}, err
	}
	return page, nil
}

// articleTitle is an article's title, or its URL or ID when it has none (the label the schema
// shows).
// outletWords are the words of an outlet's name, lower-cased: its runs of letters and digits.
func outletWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// containsRun reports whether words holds want as consecutive words: the outlet filter matches a
// whole name ("VOA"), or words of it in their order ("white house" matches "The White House",
// "The White House (reposted by democracyinaction.us)" and "Office of the Vice President / The
// White House": a manifest's publisher names its outlet several ways; nu18 finding A22), but no
// part of a word ("voa" does not match "Voanews").
func containsRun(words, want []string) bool {
	for i := 0; i+len(want) <= len(words); i++ {
		if slices.Equal(words[i:i+len(want)], want) {
			return true
		}
	}
	return false
}

func articleTitle(a *Article) string {
	switch {
	case a.Title != "":
		return a.Title
	case a.URL != "":
		return a.URL
	}
	return a.ID
}

// nodesInMemory is Nodes for a search, an Order or backward paging. A search ranks by SearchRank
// unless another order is asked for.
func (s *Store) nodesInMemory(ctx context.Context, f NodeFilter, p PageArgs) (Page[*Node], error) {
	order := f.Order
	search := strings.ToLower(strings.TrimSpace(f.Search))
	if order.Field == ByID && search != "" {
		order.Field = ByRelevance // a search is ranked, and its cursors page through the ranking
	}
	switch order.Field {
	case ByID, ByLabel, ByRelevance:
	default:
		return Page[*Node]{}, fmt.Errorf("graph: nodes cannot be ordered by %s: %w", order.Field, ErrInvalidKey)
	}
	var es []sortEntry[*Node]
	err := s.view(ctx, func(txn *badger.Txn) error {
		dates := newDateCache(txn)
		it := txn.NewIterator(badger.IteratorOptions{Prefix: KeyNode.Prefix(), PrefetchValues: true})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			item := it.Item()
			n := new(Node)
			if err := item.Value(func(b []byte) error { return json.Unmarshal(b, n) }); err != nil {
				return err
			}
			if !nodeMatches(n, &f) {
				continue
			}
			if f.Article != "" && !exists(txn, ArticleNodeKey(f.Article, n.ID)) {
				continue
			}
			rank := 0
			if search != "" {
				if rank = SearchRank(n, search); rank == NoMatch {
					continue
				}
			}
			if f.From != "" || f.To != "" {
				ok, err := dates.nodeInRange(n.ID, f.From, f.To)
				if err != nil {
					return err
				}
				if !ok {
					continue
				}
			}
			e := sortEntry[*Node]{key: item.KeyCopy(nil), item: n}
			switch order.Field {
			case ByRelevance:
				// rank first, then the better-connected node (of two "Foreign Ministry" aliases,
				// the one the store says most about is the likelier meant), then the shorter label
				// (the closer match), then ID
				e.str = fmt.Sprintf("%02d%06d%06d", rank, maxDegreeRank-degree(txn, n.ID), len([]rune(n.Label())))
			case ByLabel:
				e.str = strings.ToLower(n.Label())
			}
			es = append(es, e)
		}
		return nil
	})
	if err != nil {
		return Page[*Node]{}, fmt.Errorf("graph: nodes: %w", err)
	}
	sortEntries(es, order, true)
	return windowOf(es, p, KeyNode)
}

// maxDegreeRank caps the relations degree counts for the search ranking: past it, two nodes are
// equally well connected, and a hub's count costs no more than this many key reads.
const maxDegreeRank = 100000

// degree is the number of relations of node id, both directions, counted on the adjacency index
// (keys only) up to maxDegreeRank.
func degree(txn *badger.Txn, id string) int {
	n := 0
	for _, d := range []Direction{Out, In} {
		pre := AdjacencyPrefix(id, d, "")
		it := txn.NewIterator(badger.IteratorOptions{Prefix: pre})
		for it.Rewind(); it.Valid() && n < maxDegreeRank; it.Next() {
			n++
		}
		it.Close()
	}
	return min(n, maxDegreeRank)
}

// Search ranks, best first (SearchRank).
const (
	RankExact      = 0  // the name or an alias is the query (case-insensitive, or equal under NormalizeName)
	RankWord       = 1  // the query is a whole word (or words) of the name: "xi" in "Xi Jinping"
	RankAliasWord  = 2  // … of an alias only: "commerce" in Ross's "Commerce Secretary Ross"
	RankWordPrefix = 3  // a word of the name or an alias starts with the query: "jin" in "Xi Jinping"
	RankInsideWord = 4  // the query is inside a word of an actor's name or alias: "xi" in "Mexico"
	RankTextWord   = 5  // a claim's text holds the query as a whole word or a word's start
	NoMatch        = -1 // no match
)

// SearchRank ranks how node n matches query q (lower case, trimmed): exact name or alias first,
// then a whole word of the name, then of an alias, then a word prefix, then a match inside a word
// (actors only), then a claim's text; NoMatch when none of the name, aliases or text holds q. A
// word boundary is the start or end of the string or a character that is neither a letter nor a
// digit. A policy's name and a claim's text are phrases of prose, so there q must start at a word
// boundary (new-user trial 13: "ross" no longer finds claims saying "across"); an actor's name
// still matches inside a word ("xi" in "Mexico"), ranked below every word match.
func SearchRank(n *Node, q string) int {
	if q == "" {
		return RankExact
	}
	best := NoMatch
	better := func(r int) {
		if r != NoMatch && (best == NoMatch || r < best) {
			best = r
		}
	}
	nq := NormalizeName(q)
	names := append([]string{n.Name}, n.Aliases...)
	text := n.Text
	if n.Kind == ClaimKind {
		// a claim's name is its text: it ranks as text, below every actor or policy named so,
		// unless the query is the whole claim
		if text == "" {
			text = n.Name
		}
		names = nil
		if l := strings.ToLower(text); l == q || (nq != "" && NormalizeName(text) == nq) {
			return RankExact
		}
	}
	for i, name := range names {
		if name == "" {
			continue
		}
		l := strings.ToLower(name)
		if l == q || (nq != "" && NormalizeName(name) == nq) {
			return RankExact
		}
		switch matchKind(l, q) {
		case 2:
			// a word of the node's own name before a word of an alias: "commerce" finds the
			// Ministry of Commerce before a secretary whose alias holds his title (new-user trial 12)
			if i == 0 {
				better(RankWord)
			} else {
				better(RankAliasWord)
			}
		case 1:
			better(RankWordPrefix)
		case 0:
			if n.Kind != Policy {
				better(RankInsideWord)
			}
		}
	}
	if text != "" && best == NoMatch {
		if k := matchKind(strings.ToLower(text), q); k >= 1 {
			better(RankTextWord)
		}
	}
	return best
}

// matchKind is the best kind of occurrence of q in s: 2 at word boundaries on both sides, 1 at
// the start of a word, 0 inside a word, -1 nowhere.
func matchKind(s, q string) int {
	best := -1
	for i := 0; i <= len(s)-len(q); {
		j := strings.Index(s[i:], q)
		if j < 0 {
			break
		}
		at := i + j
		before, _ := utf8.DecodeLastRuneInString(s[:at])
		after, _ := utf8.DecodeRuneInString(s[at+len(q):])
		start := at == 0 || !isWordRune(before)
		end := at+len(q) == len(s) || !isWordRune(after)
		k := 0
		switch {
		case start && end:
			k = 2
		case start:
			k = 1
		}
		best = max(best, k)
		if best == 2 {
			break
		}
		i = at + 1
	}
	return best
}

// isWordRune reports whether r belongs to a word: a letter or a digit.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// relationsInMemory is Relations for an Order or backward paging.
func (s *Store) relationsInMemory(ctx context.Context, f RelationFilter, p PageArgs, o readOptions) (Page[*Relation], error) {
	switch f.Order.Field {
	case ByID, ByConfidence, ByEvidenceCount, ByPublished, ByLabel:
	default:
		return Page[*Relation]{}, fmt.Errorf("graph: relations cannot be ordered by %s: %w", f.Order.Field, ErrInvalidKey)
	}
	var page Page[*Relation]
	err := s.view(ctx, func(txn *badger.Txn) error {
		dates := newDateCache(txn)
		labels := map[string]string{}
		label := func(id string) string {
			if l, ok := labels[id]; ok {
				return l
			}
			var n Node
			if err := getJSON(txn, NodeKey(id), &n); err == nil {
				labels[id] = strings.ToLower(n.Label())
			} else if a, err := getArticle(txn, id); err == nil {
				labels[id] = strings.ToLower(articleTitle(&a.Article))
			}
			return labels[id]
		}
		var es []sortEntry[*relationRecord]
		o := relationWindow(o, f, dates)
		err := eachRelation(ctx, txn, f, dates, func(key []byte, rec *relationRecord) error {
			if err := windowCount(txn, rec, o); err != nil {
				return err
			}
			e := sortEntry[*relationRecord]{key: key, item: rec}
			switch f.Order.Field {
			case ByConfidence:
				e.num = rec.Confidence
			case ByEvidenceCount:
				e.num = float64(rec.Evidence)
			case ByPublished:
				d, err := firstPublished(txn, rec.ID, dates)
				if err != nil {
					return err
				}
				e.str, e.undef = d, d == ""
			case ByLabel:
				e.str = label(rec.Source) + "\x00" + string(rec.Type) + "\x00" + label(rec.Target)
			}
			es = append(es, e)
			return nil
		})
		if err != nil {
			return err
		}
		sortEntries(es, f.Order, f.Order.Field == ByPublished || f.Order.Field == ByLabel)
		recs, err := windowOf(es, p, KeyRelation)
		if err != nil {
			return err
		}
		page = Page[*Relation]{Cursors: recs.Cursors, Total: recs.Total, HasNext: recs.HasNext, HasPrevious: recs.HasPrevious}
		for _, rec := range recs.Items {
			r, err := withEvidence(txn, rec, o)
			if err != nil {
				return err
			}
			page.Items = append(page.Items, r)
		}
		return nil
	})
	if err != nil {
		return Page[*Relation]{}, fmt.Errorf("graph: relations: %w", err)
	}
	return page, nil
}

// eachRelation calls fn with the key (a copy) and record of every relation matching f, in no
// promised order, reading each record once.
func eachRelation(ctx context.Context, txn *badger.Txn, f RelationFilter, dates *dateCache, fn func(key []byte, rec *relationRecord) error) error {
	ids, indexed, rest, err := relationCandidates(txn, f)
	if err != nil {
		return err
	}
	return scanRelations(ctx, txn, ids, indexed, true, func(key []byte, load func(*relationRecord) error) error {
		rec := new(relationRecord)
		if err := load(rec); err != nil {
			return err
		}
		ok, err := relationMatches(txn, rec, &rest, dates)
		if err != nil || !ok {
			return err
		}
		return fn(slices.Clone(key), rec)
	})
}

// firstPublished is the earliest publication date (YYYY-MM-DD) of an article that states the
// relation, or "" when none is dated.
func firstPublished(txn *badger.Txn, rel string, dates *dateCache) (string, error) {
	arts, err := evidenceArticles(txn, rel)
	if err != nil {
		return "", err
	}
	first := ""
	for _, a := range arts {
		d, err := dates.get(a)
		if err != nil {
			return "", err
		}
		if len(d) > 10 {
			d = d[:10]
		}
		if isoDate(d) && (first == "" || d < first) {
			first = d
		}
	}
	return first, nil
}

// mentionsInMemory is Mentions for backward paging (last/before).
func (s *Store) mentionsInMemory(ctx context.Context, nodeID string, p PageArgs) (Page[*Mention], error) {
	var es []sortEntry[*Mention]
	err := s.view(ctx, func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: MentionPrefix(nodeID), PrefetchValues: true})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			item := it.Item()
			var m *Mention
			err := item.Value(func(b []byte) (err error) {
				m, err = decodeMention(item.Key(), b)
				return err
			})
			if err != nil {
				return err
			}
			es = append(es, sortEntry[*Mention]{key: item.KeyCopy(nil), item: m})
		}
		return nil
	})
	if err != nil {
		return Page[*Mention]{}, fmt.Errorf("graph: mentions of %s: %w", nodeID, err)
	}
	return windowOf(es, p, KeyMention)
}
