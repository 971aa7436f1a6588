package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimgraph/claimgraph/syntax/conllu"
	"github.com/claimgraph/claimgraph/syntax/lemma"
	"github.com/claimgraph/claimgraph/syntax/tag"
)

// TestTrainTaggerLemma runs -tagger-out and -lemma-out on the committed EWT slices (CC BY-SA 4.0,
// see syntax/testdata/README.md) and checks that the files written load and work on the test
// slice, so the commands that made the shipped files cannot rot.
func TestTrainTaggerLemma(t *testing.T) {
	dir := t.TempDir()
	tp, lp := filepath.Join(dir, "tagger.model"), filepath.Join(dir, "lemma.tsv")
	*taggerOut, *lemmaOut = tp, lp
	defer func() { *taggerOut, *lemmaOut = "", "" }()
	train := "../../syntax/testdata/ewt-train-slice.conllu"
	test := "../../syntax/testdata/ewt-test-slice.conllu"
	done, err := trainTaggerLemma(train, "", test)
	if err != nil || !done {
		t.Fatalf("done %v, err %v", done, err)
	}
	tg, err := tag.LoadFile(tp)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(lp)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	lm, err := lemma.Load(f, lp)
	if err != nil {
		t.Fatal(err)
	}
	gold, err := conllu.ReadFile(test)
	if err != nil {
		t.Fatal(err)
	}
	// 300 training sentences: far from the shipped figures, far above chance.
	if a := tg.Evaluate(gold); a.UPOS < 0.85 {
		t.Errorf("tagger trained on the slice: UPOS %.3f below 0.85", a.UPOS)
	}
	if a := lm.Evaluate(gold, nil); a.Right < 0.93 {
		t.Errorf("lemmatizer learned from the slice: %.3f below 0.93", a.Right)
	}

	*taggerOut, *lemmaOut = "", ""
	if done, err := trainTaggerLemma(train, "", test); done || err != nil {
		t.Errorf("without -tagger-out and -lemma-out: done %v, err %v", done, err)
	}
	*taggerOut = filepath.Join(dir, "x.model")
	if _, err := trainTaggerLemma(filepath.Join(dir, "missing.conllu"), "", ""); err == nil {
		t.Error("a missing training file gave no error")
	}
}

// TestReadExtra checks the -extra list: files in order, FILE*N repeated N times, bad counts and
// missing files refused.
func TestReadExtra(t *testing.T) {
	a, b := "../../syntax/testdata/ewt-test-slice.conllu", "../../data/syntax/wire/train.conllu"
	na, err := conllu.ReadFile(a)
	if err != nil {
		t.Fatal(err)
	}
	nb, err := conllu.ReadFile(b)
	if err != nil {
		t.Fatal(err)
	}
	got, err := readExtra(a + "," + b + "*3")
	if err != nil {
		t.Fatal(err)
	}
	if want := len(na) + 3*len(nb); len(got) != want {
		t.Fatalf("%d sentences, want %d", len(got), want)
	}
	if got[len(na)].Text() != nb[0].Text() || got[len(na)+len(nb)].Text() != nb[0].Text() {
		t.Error("the repeated file's sentences are not in order after the first file")
	}
	for _, bad := range []string{b + "*0", b + "*x", b + "*-2", "missing.conllu"} {
		if _, err := readExtra(bad); err == nil {
			t.Errorf("-extra %q: no error", bad)
		}
	}
}
