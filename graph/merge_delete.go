package graph

import (
	"context"
	"errors"
	"fmt"

	"github.com/dgraph-io/badger/v4"
)

// DeleteArticle removes an article: its record, its mentions and its evidence in relations.
// Relations left without evidence are deleted with their adjacency keys; nodes no other article
// contributed, left without mentions and relations, are deleted with their name-index keys.
// Aliases and roles an article added to a surviving node stay (the store does not keep per-article
// provenance of node attributes). It runs in one transaction, or in several (article record first)
// when the article is too large, retried on conflict. Errors: ErrNotFound when neither the article
// nor any fact of it is stored, ErrClosed, the context's error, Badger errors.
func (s *Store) DeleteArticle(ctx context.Context, id string) error {
	db, err := s.acquire(ctx)
	if err != nil {
		return err
	}
	defer s.mu.RUnlock()
	err = update(db, func(txn *badger.Txn) error {
		if !exists(txn, ArticleKey(id)) && !hasFacts(txn, id) {
			return ErrNotFound
		}
		if err := deleteArticleRecord(txn, id, nil); err != nil {
			return err
		}
		_, err := deleteFacts(txn, id, 0)
		return err
	})
	if errors.Is(err, badger.ErrTxnTooBig) {
		err = update(db, func(txn *badger.Txn) error { return deleteArticleRecord(txn, id, nil) })
		if err == nil {
			err = deleteFactsInParts(ctx, db, id)
		}
	}
	if errors.Is(err, ErrNotFound) {
		return fmt.Errorf("graph: delete article %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("graph: delete article %s: %w", id, err)
	}
	return nil
}

// deleteFactsInParts runs deleteFacts in as many transactions as needed, halving the number of
// index keys per transaction on badger.ErrTxnTooBig.
func deleteFactsInParts(ctx context.Context, db *badger.DB, id string) error {
	limit := 1024
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		var done bool
		err := update(db, func(txn *badger.Txn) (err error) {
			done, err = deleteFacts(txn, id, limit)
			return err
		})
		if errors.Is(err, badger.ErrTxnTooBig) && limit > 1 {
			limit /= 2
			continue
		}
		if err != nil || done {
			return err
		}
	}
}

// deleteFacts removes at most limit (all when limit <= 0) of the facts article id contributed,
// mentions first (found through the article's node index), then evidence, then nodes, so that a
// node is judged orphaned only after its mentions and relations from this article are gone. It
// reports whether none are left. It does not touch the article record.
func deleteFacts(txn *badger.Txn, id string, limit int) (done bool, err error) {
	budget := limit
	spent := func() bool { return limit > 0 && budget <= 0 }
	take := func(prefix []byte) [][]byte {
		n := 0
		if limit > 0 {
			n = budget
		}
		keys := collectKeys(txn, prefix, n)
		budget -= len(keys)
		return keys
	}

	for _, k := range collectKeys(txn, ArticleFactsPrefix(KeyArticleNode, id), 0) {
		if spent() {
			return false, nil
		}
		pk, err := Parse(k)
		if err != nil {
			return false, err
		}
		if err := deleteKeys(txn, take(ArticleMentionPrefix(pk.Node, id))...); err != nil {
			return false, err
		}
	}
	if spent() {
		return false, nil
	}
	for _, k := range take(ArticleFactsPrefix(KeyArticleRelation, id)) {
		pk, err := Parse(k)
		if err != nil {
			return false, err
		}
		if err := removeEvidence(txn, pk.Relation, id); err != nil {
			return false, err
		}
		if err := txn.Delete(k); err != nil {
			return false, err
		}
	}
	if spent() {
		return false, nil
	}
	for _, k := range take(ArticleFactsPrefix(KeyArticleNode, id)) {
		pk, err := Parse(k)
		if err != nil {
			return false, err
		}
		if err := deleteKeys(txn, k, NodeArticleKey(pk.Node, id)); err != nil {
			return false, err
		}
		if err := deleteIfOrphan(txn, pk.Node); err != nil {
			return false, err
		}
	}
	if spent() {
		return !hasFacts(txn, id), nil
	}
	return true, nil
}

// removeEvidence drops an article's evidence from a relation, deleting the relation and its
// adjacency keys when none is left.
func removeEvidence(txn *badger.Txn, relID, article string) error {
	ev, _, err := getArticleEvidence(txn, relID, article)
	if errors.Is(err, ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	if err := txn.Delete(EvidenceKey(relID, article)); err != nil {
		return err
	}
	rec, _, err := getRecord(txn, relID, false)
	if errors.Is(err, ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	rec.count(ev, -1)
	if rec.Evidence <= 0 {
		return deleteKeys(txn, RelationKey(relID), OutKey(rec.Source, rec.Type, relID), InKey(rec.Target, rec.Type, relID))
	}
	return setJSON(txn, RelationKey(relID), rec)
}

// deleteIfOrphan deletes a node no article lists and no mention or relation refers to, with its
// name-index keys.
func deleteIfOrphan(txn *badger.Txn, id string) error {
	for _, p := range [][]byte{
		ArticleFactsPrefix(KeyNodeArticle, id), MentionPrefix(id),
		AdjacencyPrefix(id, Out, ""), AdjacencyPrefix(id, In, ""),
	} {
		if hasPrefix(txn, p) {
			return nil
		}
	}
	var n Node
	if err := getJSON(txn, NodeKey(id), &n); errors.Is(err, ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	keys := [][]byte{NodeKey(id)}
	for _, k := range indexKeys(&n) {
		keys = append(keys, k)
	}
	return deleteKeys(txn, keys...)
}

// indexKeys are the name-index keys of a node: one per distinct normalized alias (claims are not
