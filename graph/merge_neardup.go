package graph

// A corrected or reposted copy of a statement — same title, same date, its text differing by a
// few words — has another text, so the article-text index (merge_text.go) does not make it the
// same article, and it is stored as a second one: its relations count the statement twice. It
// stays stored (only the exact text is one article), but its record names the stored copy it
// nearly repeats (Article.NearDuplicateOf, MergeResult.NearDuplicateOf), so that the load can say
// so and a researcher can leave it out. The article-title index (KeyArticleTitle: date and
// folded title) finds the candidates; the texts' resemblance decides.

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/dgraph-io/badger/v4"
)

// shingleWords is the length w of the word sequences (w-shingles) whose sets resemblance compares.
const shingleWords = 4

// minResemblance is the resemblance from which two texts under the same title and date are one
// statement in two versions: half their shingles shared, the threshold at which Broder et al.
// (1997, "Syntactic clustering of the Web") cluster documents as near-duplicates. A few words
// changed in a statement of a hundred words leave about 0.8; two different statements under a
// generic title ("Statement", "Remarks") share far less.
const minResemblance = 0.5

// resemblance is Broder's (1997, "On the resemblance and containment of documents") resemblance
// of two texts: |S(a) ∩ S(b)| / |S(a) ∪ S(b)| over their sets S of w-shingles (contiguous
// sequences of shingleWords words, lower-cased; a text shorter than that is one shingle). 0..1.
func resemblance(a, b string) float64 {
	sa, sb := shingles(a), shingles(b)
	if len(sa) == 0 || len(sb) == 0 {
		return 0
	}
	both := 0
	for s := range sa {
		if sb[s] {
			both++
		}
	}
	return float64(both) / float64(len(sa)+len(sb)-both)
}

func shingles(text string) map[string]bool {
	words := strings.Fields(strings.ToLower(text))
	out := map[string]bool{}
	if len(words) == 0 {
		return out
	}
	w := min(shingleWords, len(words))
	for i := 0; i+w <= len(words); i++ {
		out[strings.Join(words[i:i+w], " ")] = true
	}
	return out
}

// nearDuplicateOf returns the ID of the stored article that a (not yet stored under its ID)
// nearly repeats: another article under the same title and date (TitleKey) whose text resembles
// a's (minResemblance). When that article is itself a near-duplicate, the one it repeats is
// returned, so that every copy names the first. "" when there is none or a lacks a title or date.
func nearDuplicateOf(txn *badger.Txn, a *Article) (string, error) {
	key := TitleKey(a)
	if key == "" {
		return "", nil
	}
	it := txn.NewIterator(badger.IteratorOptions{Prefix: ArticleTitlePrefix(key)})
	var ids []string
	for it.Rewind(); it.Valid(); it.Next() {
		pk, err := Parse(it.Item().KeyCopy(nil))
		if err != nil {
			it.Close()
			return "", err
		}
		if pk.Article != a.ID {
			ids = append(ids, pk.Article)
		}
	}
	it.Close()
	for _, id := range ids {
		old, err := getArticle(txn, id)
		if errors.Is(err, ErrNotFound) {
			continue
		}
		if err != nil {
			return "", err
		}
		if TitleKey(&old.Article) != key || resemblance(old.Text, a.Text) < minResemblance {
			continue
		}
		if old.NearDuplicateOf != "" {
			return old.NearDuplicateOf, nil
		}
		return old.ID, nil
	}
	return "", nil
}

// ensureTitleIndex builds the article-title index of a store written before it existed, once per
// Store, as ensureTextIndex builds the text index: it indexes every article record with a title
// and a date and then sets TitleIndexedKey. Articles stored before it are not marked as
// near-duplicates; those merged after it are compared with them.
func (s *Store) ensureTitleIndex(ctx context.Context, db *badger.DB) error {
	s.textMu.Lock()
	defer s.textMu.Unlock()
	if s.titleIndexed {
		return nil
	}
	err := buildArticleIndex(ctx, db, TitleIndexedKey(), func(a *storedArticle) []byte {
		if k := TitleKey(&a.Article); k != "" {
			return ArticleTitleKey(k, a.ID)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("graph: build the article-title index: %w", err)
	}
	s.titleIndexed = true
	return nil
}

// isNearDuplicate reports whether a, about to be stored, nearly repeats a stored article
// (nearDuplicateOf; or a restored article that says so itself): its evidence then counts as
// evidence but adds no independent source to a relation's confidence (relationRecord.count), so
// a corrected copy of one wire story does not raise the confidence of what it states (nu20
// finding A13).
func isNearDuplicate(txn *badger.Txn, a *Article) (bool, error) {
	if a.NearDuplicateOf != "" {
		return true, nil
	}
	if TitleKey(a) == "" {
		return false, nil
	}
	dup, err := nearDuplicateOf(txn, a)
	return dup != "", err
}
