package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/dgraph-io/badger/v4"
)

// An article's identity across loads (nu18 finding A13). Its ID comes from its URL, or from its
// text when it has none (ArticleID), so the same document loaded once with a manifest (which gives
// it a URL) and once without, or from another file whose metadata differ, got two IDs and was
// stored twice, doubling every relation's evidence. The article-text index (KeyArticleText) makes
// the text the identity too: MergeArticle stores an article whose ID is new but whose text
// (TextKey: white space collapsed) is already stored under another ID as nothing, keeping the
// first one with its URL and metadata, and says so in MergeResult.SameTextAs.

// sameTextArticle returns the stored article, other than id, whose text has textKey, or nil. An
// index entry whose article record is gone (a crash between writes) is passed over.
func sameTextArticle(txn *badger.Txn, textKey, id string) (*storedArticle, error) {
	for _, k := range collectKeys(txn, ArticleTextPrefix(textKey), 0) {
		pk, err := Parse(k)
		if err != nil {
			return nil, err
		}
		if pk.Article == id {
			continue
		}
		a, err := getArticle(txn, pk.Article)
		if errors.Is(err, ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		return a, nil
	}
	return nil, nil
}

// Richer reports whether article a has richer metadata than article b, by rank: a URL before
// none; then, between two with or two without a URL, a publication date before none; then an
// outlet before none. Two of the same rank are not richer either way (then the one stored first is
// kept). A rank is a total preorder, so among the inputs with one text the richest wins whatever
// their order — the rule a load applies to two inputs of its own with the same text (cmd/claimgraph
// load) and MergeArticle applies across loads: a load with a manifest after one without upgrades
// the stored copy (the URL and date it lacked; dates and outlets feed extraction), the reverse
// order keeps it. upgrade18 let any field the stored copy lacked win, which made the winner of a
// URL-without-date and a date-without-URL copy depend on their order.
func Richer(a, b *Article) bool {
	for _, has := range [][2]bool{
		{a.URL != "", b.URL != ""},
		{a.PublishedAt != "", b.PublishedAt != ""},
		{a.Outlet != "", b.Outlet != ""},
	} {
		if has[0] != has[1] {
			return has[0]
		}
	}
	return false
}

// keptRicher reports whether the stored article old, under the ID of article a, has a's text
// (TextKey) and richer metadata (Richer): a is then the same article with less, and old is kept.
func keptRicher(old *storedArticle, a *Article) bool {
	return TextKey(&old.Article) == TextKey(a) && Richer(&old.Article, a)
}

// keepFirst fills res for an article whose text first is already stored under: skipped, with the
// stored article named.
func keepFirst(res *MergeResult, first *storedArticle) {
	res.Skipped, res.Replaced = true, false
	res.SameTextAs, res.SameTextURL, res.SameTextSource = first.ID, first.URL, first.Source
}

// deleteArticleRecord deletes the record of article id and its text and title index entries. old is the
// stored record (nil: read it here; absent: only the key is deleted).
func deleteArticleRecord(txn *badger.Txn, id string, old *storedArticle) error {
	if old == nil {
		a, err := getArticle(txn, id)
		if err != nil && !errors.Is(err, ErrNotFound) {
			return err
		}
		old = a
	}
	if old != nil {
		if err := txn.Delete(ArticleTextKey(TextKey(&old.Article), id)); err != nil {
			return err
		}
		if k := TitleKey(&old.Article); k != "" {
			if err := txn.Delete(ArticleTitleKey(k, id)); err != nil {
				return err
			}
		}
	}
	return txn.Delete(ArticleKey(id))
}

// ensureTextIndex builds the article-text index of a store written before it existed, once per
// Store: it indexes every article record and then sets TextIndexedKey. A store that has the key
// is left as it is (MergeArticle and DeleteArticle keep the index current).
func (s *Store) ensureTextIndex(ctx context.Context, db *badger.DB) error {
	s.textMu.Lock()
	defer s.textMu.Unlock()
	if s.textIndexed {
		return nil
	}
	err := buildArticleIndex(ctx, db, TextIndexedKey(), func(a *storedArticle) []byte {
		return ArticleTextKey(TextKey(&a.Article), a.ID)
	})
	if err != nil {
		return fmt.Errorf("graph: build the article-text index: %w", err)
	}
	s.textIndexed = true
	return nil
}

// buildArticleIndex writes, unless the store holds doneKey, the index key keyOf gives for every
// stored article (nil: none for that article), in batches of 1,000, and then doneKey: the one
// pass ensureTextIndex and ensureTitleIndex make over a store written before their index existed.
// A crash midway leaves no doneKey, so the next open builds the index again (Set is idempotent).
func buildArticleIndex(ctx context.Context, db *badger.DB, doneKey []byte, keyOf func(*storedArticle) []byte) error {
	done := false
	var keys [][]byte
	err := db.View(func(txn *badger.Txn) error {
		done = exists(txn, doneKey)
		if done {
			return nil
		}
		it := txn.NewIterator(badger.IteratorOptions{Prefix: KeyArticle.Prefix(), PrefetchValues: true})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			var a storedArticle
			if err := it.Item().Value(func(v []byte) error { return json.Unmarshal(v, &a) }); err != nil {
				return err
			}
			if k := keyOf(&a); k != nil {
				keys = append(keys, k)
			}
		}
		return nil
	})
	if err != nil || done {
		return err
	}
	const batch = 1000
	for i := 0; i < len(keys); i += batch {
		part := keys[i:min(i+batch, len(keys))]
		if err := update(db, func(txn *badger.Txn) error {
			for _, k := range part {
				if err := txn.Set(k, nil); err != nil {
					return err
				}
			}
			return nil
		}); err != nil {
			return err
		}
	}
	return update(db, func(txn *badger.Txn) error { return txn.Set(doneKey, nil) })
}
