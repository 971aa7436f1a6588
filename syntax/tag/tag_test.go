package tag

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/syntax/conllu"
)

// The slices are the first 300 sentences of EWT train and the first 200 of EWT test
// (CC BY-SA 4.0; see ../testdata/README.md).
func readSlice(t testing.TB, name string) []*conllu.Sentence {
	t.Helper()
	ss, err := conllu.ReadFile("../testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

func trainSlice(t testing.TB) *Model {
	t.Helper()
	opts := DefaultOptions()
	opts.Epochs = 5
	m, err := Train(readSlice(t, "ewt-train-slice.conllu"), opts)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// mostFrequentBaseline is the accuracy of tagging every test word with the UPOS it has most
// often in train (unseen words: the most frequent UPOS overall).
func mostFrequentBaseline(train, test []*conllu.Sentence) float64 {
	counts := map[string]map[string]int{}
	overall := map[string]int{}
	for _, s := range train {
		for _, w := range s.Words {
			if counts[w.Form] == nil {
				counts[w.Form] = map[string]int{}
			}
			counts[w.Form][w.UPOS]++
			overall[w.UPOS]++
		}
	}
	best := func(m map[string]int) string {
		b, n := "", -1
		for k, v := range m {
			if v > n || (v == n && k < b) {
				b, n = k, v
			}
		}
		return b
	}
	def := best(overall)
	right, total := 0, 0
	for _, s := range test {
		for _, w := range s.Words {
			p := def
			if c, ok := counts[w.Form]; ok {
				p = best(c)
			}
			if p == w.UPOS {
				right++
			}
			total++
		}
	}
	return float64(right) / float64(total)
}

// TestTrainOnSlice trains on 300 sentences in about a second, so the trainer cannot rot: the
// model must beat the most-frequent-tag baseline on unseen test sentences.
func TestTrainOnSlice(t *testing.T) {
	m := trainSlice(t)
	test := readSlice(t, "ewt-test-slice.conllu")
	acc := m.Evaluate(test)
	base := mostFrequentBaseline(readSlice(t, "ewt-train-slice.conllu"), test)
	t.Logf("slice-trained model on the test slice: UPOS %.3f XPOS %.3f (most-frequent baseline UPOS %.3f)", acc.UPOS, acc.XPOS, base)
	if acc.UPOS <= base+0.03 {
		t.Errorf("UPOS %.3f does not beat the most-frequent-tag baseline %.3f by 3 points", acc.UPOS, base)
	}
	if acc.XPOS < 0.75 {
		t.Errorf("XPOS %.3f below the floor 0.75", acc.XPOS)
	}
}

// TestShippedModel checks the model committed under data/syntax on the test slice (never seen
// in training). Floors sit below the measured figures (UPOS 0.95 on the slice) to catch a broken
// model or format, not to be tuned to.
func TestShippedModel(t *testing.T) {
	m, err := LoadFile("../../data/syntax/tagger.model")
	if err != nil {
		t.Fatal(err)
	}
	acc := m.Evaluate(readSlice(t, "ewt-test-slice.conllu"))
	t.Logf("shipped model on the test slice: UPOS %.4f XPOS %.4f over %d words", acc.UPOS, acc.XPOS, acc.Words)
	if acc.UPOS < 0.93 || acc.XPOS < 0.92 {
		t.Errorf("shipped tagger: UPOS %.4f, XPOS %.4f; floors 0.93 and 0.92", acc.UPOS, acc.XPOS)
	}
}

func TestSaveLoadKeepsPredictions(t *testing.T) {
	m := trainSlice(t)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if m2.NumFeatures() != m.NumFeatures() || m2.NumWeights() != m.NumWeights() {
		t.Fatalf("reloaded model has %d features / %d weights, saved %d / %d", m2.NumFeatures(), m2.NumWeights(), m.NumFeatures(), m.NumWeights())
	}
	diff, total := 0, 0
	for _, s := range readSlice(t, "ewt-test-slice.conllu") {
		a, b := m.TagSentence(s), m2.TagSentence(s)
		for i := range a.UPOS {
			total++
			if a.UPOS[i] != b.UPOS[i] || a.XPOS[i] != b.XPOS[i] {
				diff++
			}
		}
	}
	// 16-bit quantization may flip a near-tie; more than 0.5% would mean a broken format.
	if float64(diff) > 0.005*float64(total) {
		t.Errorf("%d of %d predictions changed after Save/Load", diff, total)
	}
}

func TestLoadRejectsBadInput(t *testing.T) {
	m := trainSlice(t)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	cases := map[string][]byte{
		"empty":     nil,
		"not gzip":  []byte("hello"),
		"truncated": good[:len(good)/2],
	}
	for name, in := range cases {
		if _, err := Load(bytes.NewReader(in)); !errors.Is(err, ErrFormat) {
			t.Errorf("%s: got %v, want ErrFormat", name, err)
		}
	}
	if _, err := LoadFile("testdata/does-not-exist.model"); err == nil || !strings.Contains(err.Error(), "does-not-exist") {
		t.Errorf("missing file: error %v does not name the file", err)
	}
}

func TestTrainErrors(t *testing.T) {
	if _, err := Train(nil, DefaultOptions()); !errors.Is(err, ErrNoData) {
		t.Errorf("no sentences: got %v, want ErrNoData", err)
	}
	s := &conllu.Sentence{Comments: []string{"# sent_id = x1"}, Words: []conllu.Word{{ID: 1, Form: "Hi", UPOS: "INTJ", XPOS: "_"}}}
	_, err := Train([]*conllu.Sentence{s}, DefaultOptions())
	if err == nil || !strings.Contains(err.Error(), "x1") || !strings.Contains(err.Error(), `"Hi"`) {
		t.Errorf("untagged word: error %v should name the sentence and the word", err)
	}
}

func TestJackknife(t *testing.T) {
	sents := readSlice(t, "ewt-train-slice.conllu")[:90]
	opts := DefaultOptions()
	opts.Epochs = 3
	tags, err := Jackknife(sents, 3, opts)
	if err != nil {
		t.Fatal(err)
	}
	right, total := 0, 0
	for i, s := range sents {
		if len(tags[i].UPOS) != len(s.Words) || len(tags[i].XPOS) != len(s.Words) {
			t.Fatalf("sentence %d: %d tags for %d words", i, len(tags[i].UPOS), len(s.Words))
		}
		for j, w := range s.Words {
			total++
			if tags[i].UPOS[j] == w.UPOS {
				right++
			}
		}
	}
	// Held-out folds from 60 training sentences: well above chance, well below memorization.
	acc := float64(right) / float64(total)
	if acc < 0.6 || acc > 0.99 {
		t.Errorf("jackknifed UPOS accuracy %.3f outside [0.6, 0.99]", acc)
	}
	// Folds run in parallel: one at a time gives the same tags.
	prev := runtime.GOMAXPROCS(1)
	serial, err := Jackknife(sents, 3, opts)
	runtime.GOMAXPROCS(prev)
	if err != nil {
		t.Fatal(err)
	}
	for i := range tags {
		if strings.Join(tags[i].XPOS, " ") != strings.Join(serial[i].XPOS, " ") {
			t.Fatalf("sentence %d tagged differently with GOMAXPROCS %d and 1", i, prev)
		}
	}
	for _, k := range []int{0, 1, len(sents) + 1} {
		if _, err := Jackknife(sents, k, opts); err == nil {
			t.Errorf("k = %d accepted", k)
		}
	}
}

func TestTagOddInput(t *testing.T) {
	m := trainSlice(t)
	for _, words := range [][]string{
		nil,
		{""},
		{".", ".", "!", "?"},
		{strings.Repeat("x", 10000)},
		{"日本語", "😀", "\xff\xfe"},
		strings.Fields(strings.Repeat("the cat sat ", 200)),
	} {
		u, x := make([]string, len(words)), make([]string, len(words))
		m.Tag(words, u, x)
		for i := range words {
			if u[i] == "" || x[i] == "" {
				t.Errorf("%q: word %d untagged", words, i)
			}
		}
	}
}

func TestShapeAndNormalize(t *testing.T) {
	for _, c := range []struct{ in, shape, norm string }{
		{"Washington", "Xxx", "washington"},
		{"U.S.", "X.X.", "u.s."},
		{"1,000", "d,dd", "!DIGITS"},
		{"2019", "dd", "!YEAR"},
		{"e-mail", "x-xx", "e-mail"},
		{"", "", ""},
		{"Ünïcode", "Xxx", "ünïcode"},
	} {
		if got := shape(c.in); got != c.shape {
			t.Errorf("shape(%q) = %q, want %q", c.in, got, c.shape)
		}
		if got := normalize(c.in); got != c.norm {
			t.Errorf("normalize(%q) = %q, want %q", c.in, got, c.norm)
		}
	}
}

// TestFeatures checks that every template yields a distinct ID, that IDs depend only on what
// the template reads, and that the first and last words get sentinels rather than panics.
func TestFeatures(t *testing.T) {
	m := &Model{lex: map[string]lexEntry{"the": {amb: 7}}}
	words := []string{"The", "cat", "sat"}
	info := make([]tokenInfo, len(words))
	m.fillInfo(words, info)
	var a, b [nTemplates]uint64
	h := history{p1: 3, p2: 4, lastVerb: hStart}
	na := features(info, 1, &h, a[:])
	if na != fClu4-1 {
		t.Fatalf("%d features, want one per template before the cluster ones (%d)", na, fClu4-1)
	}
	seen := map[uint64]bool{}
	for _, f := range a[:na] {
		if seen[f] {
			t.Errorf("duplicate feature ID %x", f)
		}
		seen[f] = true
	}
	// Changing the previous tag changes exactly the templates that read it.
	h2 := h
	h2.p1 = 5
	nb := features(info, 1, &h2, b[:])
	changed := 0
	for i := 0; i < nb; i++ {
		if a[i] != b[i] {
			changed++
		}
	}
	if changed != 7 { // P1, P2P1, P1Lower, P1Amb, P1Suf3, P1AmbP1, P1LowerP1
		t.Errorf("changing the previous tag changed %d features, want 7", changed)
	}
	// The nearest verb to the left is recorded only for verbal classes.
	h3 := newHistory()
	h3.push(2, false, info, 0)
	if h3.lastVerb != hStart {
		t.Error("a non-verbal class changed lastVerb")
	}
	h3.push(2, true, info, 1)
	if h3.lastVerb != info[1].lower || h3.p1 != 2 || h3.p2 != 2 {
		t.Errorf("push: %+v", h3)
	}
	h0 := newHistory()
	features(info, 0, &h0, b[:])
	features(info, 2, &h, b[:])
	// Case is seen by the form feature but not by the lower-case one.
	info2 := make([]tokenInfo, 3)
	m.fillInfo([]string{"the", "cat", "sat"}, info2)
	features(info2, 0, &h0, b[:])
	features(info, 0, &h0, a[:])
	if a[fLower-1] != b[fLower-1] || a[fForm-1] == b[fForm-1] {
		t.Errorf("lower-case feature should ignore case and form feature should not")
	}
}

func TestEvaluateEmpty(t *testing.T) {
	m := trainSlice(t)
	if a := m.Evaluate(nil); a.Words != 0 || a.UPOS != 0 {
		t.Errorf("Evaluate(nil) = %+v", a)
	}
}

func BenchmarkTag(b *testing.B) {
	m, err := LoadFile("../../data/syntax/tagger.model")
	if err != nil {
		b.Skip(err)
	}
	f, err := os.Open("../testdata/ewt-test-slice.conllu")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	sents, err := conllu.ReadAll(f, "slice")
	if err != nil {
		b.Fatal(err)
	}
	words := 0
	forms := make([][]string, len(sents))
	for i, s := range sents {
		for _, w := range s.Words {
			forms[i] = append(forms[i], w.Form)
		}
		words += len(s.Words)
	}
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		u, x := make([]string, 1000), make([]string, 1000)
		for pb.Next() {
			for _, ws := range forms {
				m.Tag(ws, u, x)
			}
		}
	})
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// TestConcurrentTag: a Model is used from several goroutines at once (run with -race) and gives
// the same tags as sequential use.
func TestConcurrentTag(t *testing.T) {
	m := trainSlice(t)
	sents := readSlice(t, "ewt-test-slice.conllu")
	want := make([]Tags, len(sents))
	for i, s := range sents {
		want[i] = m.TagSentence(s)
	}
	errs := make(chan string, 4)
	for g := 0; g < 4; g++ {
		go func() {
			for i, s := range sents {
				got := m.TagSentence(s)
				if strings.Join(got.XPOS, " ") != strings.Join(want[i].XPOS, " ") {
					errs <- fmt.Sprintf("sentence %d tagged differently", i)
					return
				}
			}
			errs <- ""
		}()
	}
	for g := 0; g < 4; g++ {
		if e := <-errs; e != "" {
			t.Error(e)
		}
	}
}

// TestTypographicApostrophe: "’" is read as "'" and the caller's words are left as they were.
func TestTypographicApostrophe(t *testing.T) {
	m, err := LoadFile("../../data/syntax/tagger.model")
	if err != nil {
		t.Fatal(err)
	}
	curly := []string{"we", "\u2019ve", "seen", "China", "\u2019s", "offer"}
	plain := []string{"we", "'ve", "seen", "China", "'s", "offer"}
	u1, x1 := make([]string, 6), make([]string, 6)
	u2, x2 := make([]string, 6), make([]string, 6)
	m.Tag(curly, u1, x1)
	m.Tag(plain, u2, x2)
	if strings.Join(x1, " ") != strings.Join(x2, " ") {
		t.Errorf("curly %v, plain %v", x1, x2)
	}
	if curly[1] != "\u2019ve" {
		t.Error("Tag modified the caller's words")
	}
	if u1[1] != "AUX" || x1[4] != "POS" {
		t.Errorf("’ve tagged %s, ’s tagged %s", u1[1], x1[4])
	}
}

// TestBidirectional: the model's tag for a word is the class whose summed scores of the two
// directions are highest, so where the left-to-right and the right-to-left passes agree it is
// their class; where they disagree it may be either. Save and Load keep both directions.
func TestBidirectional(t *testing.T) {
	m := trainSlice(t)
	if !m.Bidirectional() {
		t.Fatal("DefaultOptions no longer bidirectional: this test and the figures of bench/README.md assume it")
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(bytes.NewReader(buf.Bytes()))
	if err != nil || !m2.Bidirectional() || m2.back.NumWeights() != m.back.NumWeights() {
		t.Fatalf("reloaded: %v, bidirectional %v", err, err == nil && m2.Bidirectional())
	}
	agree, differ, fromBack := 0, 0, 0
	for _, s := range readSlice(t, "ewt-test-slice.conllu") {
		ws := make([]string, len(s.Words))
		for i, w := range s.Words {
			ws[i] = w.Form
		}
		n := len(ws)
		info := make([]tokenInfo, n)
		m.fillInfo(ws, info)
		fwd := make([]int32, n)
		m.greedy(ws, info, nil, fwd, nil)
		rws, rinfo := make([]string, n), make([]tokenInfo, n)
		for i := range ws {
			rws[n-1-i], rinfo[n-1-i] = ws[i], info[i]
		}
		bwd := make([]int32, n)
		m.back.greedy(rws, rinfo, nil, bwd, nil)
		both := make([]int32, n)
		m.tagClasses(ws, both)
		for i := range ws {
			b := bwd[n-1-i]
			switch {
			case fwd[i] == b:
				agree++
				if both[i] != b {
					t.Errorf("%q: both directions say %v, the model %v", ws[i], m.classes[b], m.classes[both[i]])
				}
			default:
				differ++
				if both[i] == b {
					fromBack++
				}
			}
		}
	}
	t.Logf("directions agree on %d words, differ on %d; the right-to-left class won %d times", agree, differ, fromBack)
	if differ == 0 || fromBack == 0 {
		t.Errorf("the right-to-left pass never decides (%d disagreements)", differ)
	}
}
