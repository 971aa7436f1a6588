package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"testing"

	"github.com/dgraph-io/badger/v4"
)

var ctx = context.Background()

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// openTest opens an in-memory store closed at the end of the test.
func openTest(tb testing.TB) *Store {
	tb.Helper()
	s, err := Open(DefaultOptions("").WithInMemory(true).WithLogger(quiet))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// builder assembles an ArticleGraph the way the loader does, with the model's ID functions.
type builder struct {
	g    *ArticleGraph
	next int
}

func build(url, date, text string) *builder {
	return &builder{g: &ArticleGraph{Article: Article{
		ID: ArticleID(url, text), URL: url, PublishedAt: date, Title: "title of " + url, Text: text,
	}}}
}

// actor adds an actor node and one mention of it.
func (b *builder) actor(k Kind, name string, aliases ...string) string {
	id := ActorID(name)
	b.g.Nodes = append(b.g.Nodes, Node{ID: id, Kind: k, Name: name, Aliases: aliases, Rule: "test"})
	b.mention(id, name)
	return id
}

func (b *builder) policy(name string) string {
	id := PolicyID(name)
	b.g.Nodes = append(b.g.Nodes, Node{ID: id, Kind: Policy, Name: name})
	b.mention(id, name)
	return id
}

func (b *builder) mention(id, text string) {
	b.g.Mentions = append(b.g.Mentions, Mention{NodeID: id, Sentence: 0, Start: b.next, End: b.next + len(text), Text: text, Rule: "test"})
	b.next += len(text) + 1
}

// rel adds a relation stated by one sentence.
func (b *builder) rel(t RelType, src, tgt string, sentence int, cue string, score float64, hedged bool) string {
	id := RelationID(t, src, tgt, false)
	b.g.Relations = append(b.g.Relations, Relation{
		ID: id, Type: t, Source: src, Target: tgt, Hedged: hedged,
		Evidence: []Evidence{{Sentence: sentence, Start: sentence * 10, End: sentence*10 + 9, Text: fmt.Sprintf("sentence %d", sentence), Cue: cue, Rule: "cue:" + cue, Score: score}},
	})
	return id
}

func mustMerge(tb testing.TB, s *Store, g *ArticleGraph) MergeResult {
	tb.Helper()
	res, err := s.MergeArticle(ctx, g)
	if err != nil {
		tb.Fatalf("MergeArticle(%s): %v", g.Article.URL, err)
	}
	return res
}

// dump returns every key and value in the store.
func dump(tb testing.TB, s *Store) map[string]string {
	tb.Helper()
	out := map[string]string{}
	err := s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.DefaultIteratorOptions)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			out[string(it.Item().KeyCopy(nil))] = string(v)
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

// checkIntegrity parses every key and checks that every index key points at existing records and
// every record has its index keys.
func checkIntegrity(tb testing.TB, s *Store) {
	tb.Helper()
	d := dump(tb, s)
	has := func(k []byte) bool { _, ok := d[string(k)]; return ok }
	for k, v := range d {
		pk, err := Parse([]byte(k))
		if err != nil {
			tb.Errorf("unparsable key %q: %v", k, err)
			continue
		}
		var problem string
		switch pk.Kind {
		case KeyNode:
			var n Node
			json.Unmarshal([]byte(v), &n)
			if !hasAnyPrefix(d, ArticleFactsPrefix(KeyNodeArticle, pk.Node)) {
				problem = "node no article contributed"
			}
			for _, ik := range indexKeys(&n) {
				if !has(ik) {
					problem = "missing name index " + string(ik)
				}
			}
		case KeyRelation:
			var r relationRecord
			json.Unmarshal([]byte(v), &r)
			arts := 0
			for ek := range d {
				if epk, err := Parse([]byte(ek)); err == nil && epk.Kind == KeyEvidence && epk.Relation == r.ID {
					arts++
					if !has(ArticleRelationKey(epk.Article, r.ID)) {
						problem = "evidence without article index"
					}
				}
			}
			switch {
			case r.Evidence <= 0 || arts == 0:
				problem = "relation without evidence"
			case r.Sources.Articles() != arts:
				problem = fmt.Sprintf("relation counts %d source articles, has evidence from %d", r.Sources.Articles(), arts)
			case !has(OutKey(r.Source, r.Type, r.ID)) || !has(InKey(r.Target, r.Type, r.ID)):
				problem = "relation without adjacency"
			case !has(NodeKey(r.Source)) || !has(NodeKey(r.Target)):
				problem = "relation to a missing node"
			}
		case KeyEvidence:
			if !has(RelationKey(pk.Relation)) || !has(ArticleRelationKey(pk.Article, pk.Relation)) {
				problem = "dangling evidence"
			}
		case KeyOut, KeyIn:
			if !has(RelationKey(pk.Relation)) || !has(NodeKey(pk.Node)) || !has(NodeKey(v)) {
				problem = "dangling adjacency"
			}
		case KeyName, KeySurname:
			if !has(NodeKey(pk.Node)) {
				problem = "dangling name index"
			}
		case KeyMention:
			if !has(NodeKey(pk.Node)) || !has(ArticleNodeKey(pk.Article, pk.Node)) {
				problem = "dangling mention"
			}
		case KeyArticleNode:
			if !has(NodeKey(pk.Node)) || !has(NodeArticleKey(pk.Node, pk.Article)) {
				problem = "dangling article-node"
			}
		case KeyNodeArticle:
			if !has(ArticleNodeKey(pk.Article, pk.Node)) {
				problem = "node-article without article-node"
			}
		case KeyArticleRelation:
			if !has(RelationKey(pk.Relation)) {
				problem = "dangling article-relation"
			} else if !has(EvidenceKey(pk.Relation, pk.Article)) {
				problem = "article-relation without evidence"
			}
		}
		if problem != "" {
			tb.Errorf("%s: %s", pk, problem)
		}
	}
}

func hasAnyPrefix(d map[string]string, p []byte) bool {
	for k := range d {
		if len(k) >= len(p) && k[:len(p)] == string(p) {
			return true
		}
	}
	return false
}
