package graph

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math"
	"path/filepath"
	"slices"
	"testing"

	"github.com/dgraph-io/badger/v4"
)

// Tests for loading a corpus: person names across articles, claims of renamed speakers, evidence
// from many articles, and the upgrade of version 1 stores.

// TestPersonNamesAcrossArticles loads the articles of each case in order and checks which surface
// forms end up on one node.
func TestPersonNamesAcrossArticles(t *testing.T) {
	tests := []struct {
		name     string
		articles [][]string // person names per article, in load order
		same     [][2]string
		apart    [][2]string
		label    map[string]string // surface form → expected canonical name of its node
	}{{
		name:     "bare surname stored before the full name",
		articles: [][]string{{"Mnuchin"}, {"Steven Mnuchin"}, {"Mnuchin"}},
		same:     [][2]string{{"Mnuchin", "Steven Mnuchin"}},
		label:    map[string]string{"Mnuchin": "Steven Mnuchin"},
	}, {
		name:     "short form of the given name",
		articles: [][]string{{"Steven Mnuchin"}, {"Steve Mnuchin"}},
		same:     [][2]string{{"Steve Mnuchin", "Steven Mnuchin"}},
		label:    map[string]string{"Steve Mnuchin": "Steven Mnuchin"},
	}, {
		name:     "middle initial",
		articles: [][]string{{"Steven Mnuchin"}, {"Steven T. Mnuchin"}, {"Donald J. Trump"}, {"Donald Trump"}},
		same:     [][2]string{{"Steven T. Mnuchin", "Steven Mnuchin"}, {"Donald Trump", "Donald J. Trump"}},
	}, {
		name:     "the bare surname, then variants, all one person",
		articles: [][]string{{"Mnuchin"}, {"Steven T. Mnuchin"}, {"Steve Mnuchin"}, {"Steven Mnuchin"}},
		same:     [][2]string{{"Mnuchin", "Steven T. Mnuchin"}, {"Mnuchin", "Steve Mnuchin"}, {"Mnuchin", "Steven Mnuchin"}},
	}, {
		name:     "two people with one surname stay two",
		articles: [][]string{{"Steven Mnuchin"}, {"Louise Mnuchin"}, {"Mnuchin"}},
		apart:    [][2]string{{"Steven Mnuchin", "Louise Mnuchin"}, {"Mnuchin", "Steven Mnuchin"}, {"Mnuchin", "Louise Mnuchin"}},
	}, {
		name:     "different middle initials stay apart",
		articles: [][]string{{"George W. Bush"}, {"George H. W. Bush"}, {"George Bush"}},
		apart:    [][2]string{{"George W. Bush", "George H. W. Bush"}, {"George Bush", "George W. Bush"}, {"George Bush", "George H. W. Bush"}},
	}, {
		name:     "a bare surname shared with a stored namesake is not taken",
		articles: [][]string{{"Mnuchin"}, {"Steven Mnuchin"}, {"Louise Mnuchin"}},
		same:     [][2]string{{"Mnuchin", "Steven Mnuchin"}},
		apart:    [][2]string{{"Louise Mnuchin", "Steven Mnuchin"}},
	}, {
		name:     "two unstored namesakes in one article leave the bare surname alone",
		articles: [][]string{{"Mnuchin"}, {"Steven Mnuchin", "Louise Mnuchin"}},
		apart:    [][2]string{{"Mnuchin", "Steven Mnuchin"}, {"Mnuchin", "Louise Mnuchin"}},
	}, {
		name:     "given names that only share a short prefix",
		articles: [][]string{{"Li Wei"}, {"Liu Wei"}, {"Jo Smith"}, {"John Smith"}},
		apart:    [][2]string{{"Li Wei", "Liu Wei"}, {"Jo Smith", "John Smith"}},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := openTest(t)
			for i, names := range tc.articles {
				b := build(fmt.Sprintf("https://example.com/%d", i), "2019-01-01", fmt.Sprintf("article %d of %s", i, tc.name))
				for _, n := range names {
					b.actor(Person, n)
				}
				mustMerge(t, s, b.g)
			}
			checkIntegrity(t, s)
			owner, names := aliasOwners(t, s)
			for _, p := range tc.same {
				if owner[p[0]] == "" || owner[p[0]] != owner[p[1]] {
					t.Errorf("%q and %q are not one node: %v", p[0], p[1], owner)
				}
			}
			for _, p := range tc.apart {
				if owner[p[0]] == owner[p[1]] {
					t.Errorf("%q and %q were merged: %v", p[0], p[1], owner)
				}
			}
			for form, want := range tc.label {
				if got := names[owner[form]]; got != want {
					t.Errorf("node of %q is named %q, want %q", form, got, want)
				}
			}
		})
	}
}

// aliasOwners maps each alias to the node holding it ("(several)" when more than one does) and
// each node ID to its canonical name.
func aliasOwners(t *testing.T, s *Store) (owner, names map[string]string) {
	t.Helper()
	owner, names = map[string]string{}, map[string]string{}
	page, err := s.Nodes(ctx, NodeFilter{}, PageArgs{First: 1000})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range page.Items {
		names[n.ID] = n.Name
		for _, a := range n.Aliases {
			if prev, ok := owner[a]; ok && prev != n.ID {
				owner[a] = "(several)"
			} else {
				owner[a] = n.ID
			}
		}
	}
	return owner, names
}

// TestClaimFollowsRenamedSpeaker: the same words from one speaker, named differently in two
// articles, are one claim with evidence from both.
func TestClaimFollowsRenamedSpeaker(t *testing.T) {
	s := openTest(t)
	claim := func(i int, speaker string) (string, string) {
		b := build(fmt.Sprintf("https://example.com/%d", i), "2019-01-01", fmt.Sprintf("%s said tariffs hurt farmers.", speaker))
		sp := b.actor(Person, speaker)
		c := ClaimID(sp, "tariffs hurt farmers")
		b.g.Nodes = append(b.g.Nodes, Node{ID: c, Kind: ClaimKind, Name: "tariffs hurt farmers", Text: "tariffs hurt farmers"})
		rel := b.rel(Claims, sp, c, 0, "said", 0.9, false)
		mustMerge(t, s, b.g)
		return c, rel
	}
	c1, r1 := claim(1, "Steven Mnuchin")
	c2, _ := claim(2, "Mnuchin")
	if c1 == c2 {
		t.Fatal("test needs different loader-made claim IDs")
	}
	if _, err := s.Node(ctx, c2); err == nil {
		t.Error("the claim of the renamed speaker got a node of its own")
	}
	r, err := s.Relation(ctx, r1)
	if err != nil || len(r.Evidence) != 2 {
		t.Fatalf("CLAIMS relation: %v, %v; want evidence from both articles", r, err)
	}
	if st, _ := s.Stats(ctx); st.Nodes != 2 || st.Relations != 1 {
		t.Errorf("stats %+v, want one speaker, one claim, one relation", st)
	}
	checkIntegrity(t, s)
}

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
	lite, err := s.Relation(ctx, rel, WithoutEvidence())
	if err != nil || lite.Evidence != nil || lite.EvidenceCount != n || lite.Confidence != r.Confidence {
		t.Errorf("Relation(WithoutEvidence) = %+v, %v; want no evidence, count %d", lite, err, n)
	}
	if ev, err := s.Evidence(ctx, rel, 0); err != nil || !slices.Equal(ev, r.Evidence) {
		t.Errorf("Evidence: %d items, %v; want the %d of Relation", len(ev), err, len(r.Evidence))
	}
	page, err := s.Relations(ctx, RelationFilter{Source: r.Source}, PageArgs{}, WithoutEvidence())
	if err != nil || len(page.Items) != 1 || page.Items[0].Evidence != nil || page.Items[0].EvidenceCount != n {
		t.Errorf("Relations(WithoutEvidence): %+v, %v", page.Items, err)
	}
	sg, err := s.Neighborhood(ctx, r.Source, 1, nil, 0, WithoutEvidence())
	if err != nil || len(sg.Relations) != 1 || sg.Relations[0].Evidence != nil {
		t.Errorf("Neighborhood(WithoutEvidence): %+v, %v", sg, err)
	}
	for _, max := range []int{1, 3, n - 1} {
		if ev, err := s.Evidence(ctx, rel, max); err != nil || !slices.Equal(ev, r.Evidence[:max]) {
			t.Errorf("Evidence(max %d): %d items, %v; want the first %d of Relation", max, len(ev), err, max)
		}
	}
	if _, err := s.Evidence(ctx, "r_missing", 0); !errors.Is(err, ErrNotFound) {
		t.Errorf("Evidence of an unknown relation: %v", err)
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
