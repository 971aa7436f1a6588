package tag

import (
	"bytes"
	"compress/gzip"
	"io"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/syntax/clusters"
	"github.com/claimgraph/claimgraph/syntax/conllu"
)

// tagClusterTable is a stand-in for a table learned from unlabelled text: every word of the
// slices in the cluster of the UPOS it has most often (clusters.ByUPOS), so that a word the
// training slice never had shares a cluster with trained words of its tag. It tests the
// mechanism (features, save, load), not the value of a real table.
func tagClusterTable(t *testing.T, sets ...[]*conllu.Sentence) *clusters.Table {
	t.Helper()
	tab, err := clusters.ByUPOS(sets...)
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

// TestClusterFeatures: a model trained with a cluster table tags the test slice's words that
// training never saw better than one without, is saved as format 4 and loads only with its
// table, with the same predictions; a model without clusters is still written as format 3.
func TestClusterFeatures(t *testing.T) {
	train, test := readSlice(t, "ewt-train-slice.conllu"), readSlice(t, "ewt-test-slice.conllu")
	tab := tagClusterTable(t, train, test)
	opts := OneDirectionOptions()
	opts.Epochs = 5
	plain, err := Train(train, opts)
	if err != nil {
		t.Fatal(err)
	}
	opts.Clusters = tab
	withC, err := Train(train, opts)
	if err != nil {
		t.Fatal(err)
	}
	if withC.Clusters() != tab || plain.Clusters() != nil {
		t.Fatal("Clusters() does not report the training table")
	}
	seen := map[string]bool{}
	for _, s := range train {
		for _, w := range s.Words {
			seen[w.Form] = true
		}
	}
	unseenRight := func(m *Model) (int, int) {
		right, n := 0, 0
		for _, s := range test {
			tg := m.TagSentence(s)
			for i, w := range s.Words {
				if !seen[w.Form] {
					n++
					if tg.UPOS[i] == w.UPOS {
						right++
					}
				}
			}
		}
		return right, n
	}
	pr, n := unseenRight(plain)
	cr, _ := unseenRight(withC)
	t.Logf("words unseen in training: %d; UPOS right without clusters %d, with %d", n, pr, cr)
	if cr <= pr {
		t.Errorf("cluster features did not help on unseen words: %d right with, %d without (of %d)", cr, pr, n)
	}

	var buf bytes.Buffer
	if err := withC.Save(&buf); err != nil {
		t.Fatal(err)
	}
	if h := header(t, buf.Bytes()); h != magicV4 {
		t.Errorf("a model with clusters saved as %q", h)
	}
	if _, err := Load(bytes.NewReader(buf.Bytes())); err == nil || !strings.Contains(err.Error(), "clusters") {
		t.Errorf("loaded without its table: %v", err)
	}
	other := tagClusterTable(t, train)
	if _, err := LoadWith(bytes.NewReader(buf.Bytes()), other); err == nil {
		t.Error("loaded with another table")
	}
	back, err := LoadWith(bytes.NewReader(buf.Bytes()), tab)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range test {
		a, b := withC.TagSentence(s), back.TagSentence(s)
		if strings.Join(a.XPOS, " ") != strings.Join(b.XPOS, " ") {
			t.Fatalf("predictions changed after Save/LoadWith:\n%v\n%v", a.XPOS, b.XPOS)
		}
	}
	buf.Reset()
	if err := plain.Save(&buf); err != nil {
		t.Fatal(err)
	}
	if h := header(t, buf.Bytes()); h != magic {
		t.Errorf("a model without clusters saved as %q, want format 3", h)
	}
	if _, err := LoadWith(bytes.NewReader(buf.Bytes()), tab); err != nil {
		t.Errorf("a model without clusters does not load beside a table: %v", err)
	}
}

// header returns the magic line of a saved model.
func header(t *testing.T, b []byte) string {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	h := make([]byte, len(magic))
	if _, err := io.ReadFull(zr, h); err != nil {
		t.Fatal(err)
	}
	return string(h)
}

// TestClusterTemplates: with a table, a word and both neighbours in it give every template
// once; a word outside the table gives none of its own cluster templates.
func TestClusterTemplates(t *testing.T) {
	tab, err := clusters.Read(strings.NewReader("the\t0001\ncat\t011010\nsat\t1100\n"), "t")
	if err != nil {
		t.Fatal(err)
	}
	m := &Model{lex: map[string]lexEntry{}, clusters: tab}
	h := history{p1: 3, p2: 4, lastVerb: hStart}
	var a [nTemplates]uint64
	info := make([]tokenInfo, 3)
	m.fillInfo([]string{"The", "cat", "sat"}, info)
	if n := features(info, 1, &h, a[:]); n != nTemplates-1 {
		t.Errorf("%d features with all three words in the table, want %d", n, nTemplates-1)
	}
	m.fillInfo([]string{"The", "dog", "sat"}, info)
	if n := features(info, 1, &h, a[:]); n != nTemplates-1-3 {
		t.Errorf("%d features with the word outside the table, want %d", n, nTemplates-1-3)
	}
}
