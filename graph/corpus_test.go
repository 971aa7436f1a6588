package graph

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"path/filepath"
	"testing"

	"github.com/dgraph-io/badger/v4"
)

// Tests for loading a corpus: evidence from many articles and the upgrade of version 1 stores.

// TestManySourcesOneRelation merges one relation from many articles: one evidence per article,
// confidence as Confidence over all of it, a record that does not grow with the sources, and
// deletions that undo additions exactly.
func TestManySourcesOneRelation(t *testing.T) {
	s := openTest(t)
	const n = 60
	var rel string
	var ids []string
	recordSize := func() int {
		var size int
		s.db.View(func(txn *badger.Txn) error {
			item, err := txn.Get(RelationKey(rel))
			if err == nil {
				size = int(item.ValueSize())
			}
			return err
		})
		return size
	}
	var sizes []int
	for i := range n {
		b := build(fmt.Sprintf("https://example.com/%d", i), fmt.Sprintf("2019-01-%02d", i%28+1), fmt.Sprintf("article %d", i))
		us, cn := b.actor(Country, "United States"), b.actor(Country, "China")
		rel = b.rel(Threatens, us, cn, 0, "threatened", []float64{0.5, 0.6, 0.9}[i%3], i%2 == 0)
		mustMerge(t, s, b.g)
		ids = append(ids, b.g.Article.ID)
		sizes = append(sizes, recordSize())
	}
	r, err := s.Relation(ctx, rel)
	if err != nil || len(r.Evidence) != n {
		t.Fatalf("Relation: %d evidence, %v; want %d", len(r.Evidence), err, n)
	}
	if math.Abs(r.Confidence-Confidence(r.Evidence)) > 1e-12 || r.Hedged {
		t.Errorf("confidence %v (evidence gives %v), hedged %v", r.Confidence, Confidence(r.Evidence), r.Hedged)
	}
	if sizes[n-1] > sizes[2]+16 {
		t.Errorf("relation record grows with its sources: %d bytes after 3 articles, %d after %d", sizes[2], sizes[n-1], n)
	}
	before := dump(t, s)
	for i := 0; i < n; i += 2 {
		if err := s.DeleteArticle(ctx, ids[i]); err != nil {
			t.Fatal(err)
		}
	}
	r, _ = s.Relation(ctx, rel)
	if len(r.Evidence) != n/2 || r.Hedged || math.Abs(r.Confidence-Confidence(r.Evidence)) > 1e-12 {
		t.Errorf("after deleting the hedged half: %d evidence, hedged %v, confidence %v (want %v)", len(r.Evidence), r.Hedged, r.Confidence, Confidence(r.Evidence))
	}
	checkIntegrity(t, s)
	// Loading the deleted articles again restores the same store, byte for byte.
	for i := 0; i < n; i += 2 {
		b := build(fmt.Sprintf("https://example.com/%d", i), fmt.Sprintf("2019-01-%02d", i%28+1), fmt.Sprintf("article %d", i))
		us, cn := b.actor(Country, "United States"), b.actor(Country, "China")
		b.rel(Threatens, us, cn, 0, "threatened", []float64{0.5, 0.6, 0.9}[i%3], i%2 == 0)
		mustMerge(t, s, b.g)
	}
	if after := dump(t, s); !maps.Equal(before, after) {
		t.Errorf("delete and reload changed the store (%d keys before, %d after)", len(before), len(after))
	}
}

// TestUpgradeFromVersion1 writes a store in the version 1 layout (evidence inside relation
// records, full mention values, the article-mention index) and expects Open to upgrade it to
// exactly what merging the same articles into a new store gives.
func TestUpgradeFromVersion1(t *testing.T) {
	merge := func(s *Store) {
		b, _ := tradeArticle()
		mustMerge(t, s, b.g)
		c := build("https://example.com/second", "2019-05-11", "Beijing offered purchases again.")
		cn := c.actor(Government, "China", "Beijing")
		c.rel(Offers, cn, c.policy("purchases of American goods"), 0, "offered", 0.6, false)
		mustMerge(t, s, c.g)
	}
	want := openTest(t)
	merge(want)
	wantDump := dump(t, want)

	// Rewrite the version 2 contents in the version 1 layout.
	dir := filepath.Join(t.TempDir(), "v1")
	db, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(txn *badger.Txn) error {
		for k, v := range wantDump {
			key := []byte(k)
			pk, _ := Parse(key)
			switch pk.Kind {
			case KeyEvidence:
				continue
			case KeyRelation:
				r, err := want.Relation(ctx, pk.Relation)
				if err != nil {
					return err
				}
				b, _ := json.Marshal(r)
				v = string(b)
			case KeyMention:
				m, err := decodeMention(key, []byte(v))
				if err != nil {
					return err
				}
				b, _ := json.Marshal(m)
				v = string(b)
				if err := txn.Set(keyOf(0x52, pk.Article, pk.Node+"\x00"+string(binary.BigEndian.AppendUint32(nil, uint32(pk.Start)))), nil); err != nil {
					return err
				}
			case KeySchemaVersion:
				v = string(binary.BigEndian.AppendUint32(nil, 1))
			}
			if err := txn.Set(key, []byte(v)); err != nil {
				return err
			}
		}
		return nil
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}

	if _, err := Open(DefaultOptions(dir).WithReadOnly(true).WithLogger(quiet)); err == nil {
		t.Error("read-only Open of a version 1 store succeeded")
	}
	s, err := Open(DefaultOptions(dir).WithLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := dump(t, s); !maps.Equal(got, wantDump) {
		for k, v := range got {
			if wantDump[k] != v {
				pk, _ := Parse([]byte(k))
				t.Errorf("%s: %q, want %q", pk, v, wantDump[k])
			}
		}
		for k := range wantDump {
			if _, ok := got[k]; !ok {
				pk, _ := Parse([]byte(k))
				t.Errorf("%s missing after upgrade", pk)
			}
		}
	}
	checkIntegrity(t, s)
}
