package depparse

import (
	"bytes"
	"math/rand"
	"strings"
	"sync"
	"testing"

	"github.com/claimgraph/claimgraph/syntax/conllu"
)

func readSlice(t testing.TB, name string) []Sentence {
	t.Helper()
	ss, err := conllu.ReadFile("../testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	out, err := FromCoNLLU(ss)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

var (
	sliceOnce  sync.Once
	sliceModel *Model
	sliceErr   error
)

// slicedModel trains (once per test binary) a small model on the committed EWT train slice.
func slicedModel(t testing.TB) *Model {
	t.Helper()
	sliceOnce.Do(func() {
		train := readSlice(t, "ewt-train-slice.conllu")
		sliceModel, sliceErr = Train(train, TrainOptions{Bits: 16, Epochs: 6})
	})
	if sliceErr != nil {
		t.Fatal(sliceErr)
	}
	return sliceModel
}

// TestTrainOnSliceBeatsBaseline trains on 300 EWT sentences and checks the parse of 200 test
// sentences against the better of two trivial baselines, every word attached to its left or to
// its right neighbour, so that the trainer cannot silently rot.
func TestTrainOnSliceBeatsBaseline(t *testing.T) {
	m := slicedModel(t)
	test := readSlice(t, "ewt-test-slice.conllu")
	r := Evaluate(m, test)
	left, right := 0, 0
	for _, s := range test {
		for i := range s.Words {
			if s.Heads[i] == i { // head = previous word (heads are 1-based)
				left++
			}
			if s.Heads[i] == i+2 { // head = next word
				right++
			}
		}
	}
	baseUAS := 100 * float64(max(left, right)) / float64(r.Words)
	t.Logf("slice model: UAS %.1f LAS %.1f; neighbour baseline UAS %.1f (left %d, right %d of %d)", r.UAS(), r.LAS(), baseUAS, left, right, r.Words)
	if r.UAS() < baseUAS+25 || r.LAS() < 50 {
		t.Errorf("slice model UAS %.1f LAS %.1f: want UAS ≥ baseline %.1f + 25 and LAS ≥ 50", r.UAS(), r.LAS(), baseUAS)
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	m := slicedModel(t)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	test := readSlice(t, "ewt-test-slice.conllu")
	r1, r2 := Evaluate(m, test), Evaluate(m2, test)
	// 16-bit quantization may flip a near-tie; allow a tenth of a point.
	if d := r1.UAS() - r2.UAS(); d > 0.1 || d < -0.1 {
		t.Errorf("UAS %.2f before save, %.2f after load", r1.UAS(), r2.UAS())
	}
	if strings.Join(m.Labels(), " ") != strings.Join(m2.Labels(), " ") {
		t.Errorf("labels differ after load")
	}
	for _, bad := range [][]byte{nil, []byte("not gzip"), buf.Bytes()[:buf.Len()/2]} {
		if _, err := Load(bytes.NewReader(bad)); err == nil {
			t.Errorf("Load accepted %d bytes of bad data", len(bad))
		}
	}
}

// checkTree checks that heads form one tree rooted at exactly one word.
func checkTree(t *testing.T, words []Word, heads []int, labels []string) {
	t.Helper()
	roots := 0
	for i, h := range heads {
		if h < 0 || h > len(words) || h == i+1 {
			t.Fatalf("word %d: head %d out of range", i+1, h)
		}
		if h == 0 {
			roots++
			if labels[i] != "root" {
				t.Errorf("word %d attached to the root with %q", i+1, labels[i])
			}
		} else if labels[i] == "root" {
			t.Errorf("word %d has label root but head %d", i+1, h)
		}
	}
	if len(words) > 0 && roots != 1 {
		t.Fatalf("%d roots", roots)
	}
	for i := range heads { // no cycles: every word reaches the root within n steps
		h, steps := i+1, 0
		for h != 0 {
			h = heads[h-1]
			if steps++; steps > len(words) {
				t.Fatalf("cycle through word %d", i+1)
			}
		}
	}
}

var fuzzForms = []string{"the", "The", "minister", "said", ",", ".", "\"", "of", "U.S.", "n't", "'s", "to", "by", "was", "é", "", "--", "123", "Beijing", "and", "(", ")", "who", "?", "日本"}
var fuzzTags = []string{"DET", "NOUN", "VERB", "PUNCT", "ADP", "PROPN", "PART", "AUX", "X", "", "NUM", "CCONJ", "PRON", "SYM", "INTJ"}

func TestParseRandomSentencesIsATree(t *testing.T) {
	m := slicedModel(t)
	rng := rand.New(rand.NewSource(3))
	for trial := 0; trial < 300; trial++ {
		n := rng.Intn(40)
		ws := make([]Word, n)
		for i := range ws {
			ws[i] = Word{Form: fuzzForms[rng.Intn(len(fuzzForms))], UPOS: fuzzTags[rng.Intn(len(fuzzTags))], XPOS: fuzzTags[rng.Intn(len(fuzzTags))]}
		}
		for _, k := range []int{1, 3} {
			heads, labels, err := m.SetBeam(k).Parse(ws)
			if err != nil {
				t.Fatal(err)
			}
			checkTree(t, ws, heads, labels)
		}
	}
}

func TestParseLongAndPunctuationOnly(t *testing.T) {
	m := slicedModel(t)
	long := make([]Word, 500)
	for i := range long {
		long[i] = Word{Form: fuzzForms[i%len(fuzzForms)], UPOS: fuzzTags[i%len(fuzzTags)]}
	}
	heads, labels, _ := m.Parse(long)
	checkTree(t, long, heads, labels)
	heads, labels, _ = m.SetBeam(8).Parse(long)
	checkTree(t, long, heads, labels)
	punct := make([]Word, 30)
	for i := range punct {
		punct[i] = Word{Form: []string{".", ",", "!", "?", "\"", "..."}[i%6], UPOS: "PUNCT", XPOS: "."}
	}
	heads, labels, _ = m.Parse(punct)
	checkTree(t, punct, heads, labels)
	hb, lb, _ := m.SetBeam(8).Parse(punct)
	checkTree(t, punct, hb, lb)
	for i := range labels {
		if heads[i] != 0 && labels[i] == "" {
			t.Errorf("word %d unlabelled", i+1)
		}
	}
	if h, l, err := m.Parse(nil); err != nil || len(h) != 0 || len(l) != 0 {
		t.Errorf("empty sentence: %v %v %v", h, l, err)
	}
	if _, _, err := (*Model)(nil).Parse(long); err != ErrNoModel {
		t.Errorf("nil model: %v", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("The minister said that the plan failed .", "DET NOUN VERB SCONJ DET NOUN VERB PUNCT")
	f.Add(". . . ,", "PUNCT PUNCT")
	// Train the slice model before fuzzing starts: each worker process runs this setup once, and
	// an input that took the training's seconds (instrumented, on a loaded machine) was reported
	// as a hung fuzz process (CI, 2026-12-04: "fuzzing process hung" on seed#0 at 10 s).
	m := slicedModel(f)
	f.Fuzz(func(t *testing.T, text, tags string) {
		forms := strings.Fields(text)
		ts := strings.Fields(tags)
		ws := make([]Word, len(forms))
		for i, w := range forms {
			ws[i].Form = w
			if len(ts) > 0 {
				ws[i].UPOS = ts[i%len(ts)]
			}
		}
		for _, k := range []int{1, 4} { // greedy and beam search
			heads, labels, err := m.SetBeam(k).Parse(ws)
			if err != nil {
				t.Fatal(err)
			}
			checkTree(t, ws, heads, labels)
		}
	})
}

func BenchmarkParse(b *testing.B) {
	m := slicedModel(b)
	test := readSlice(b, "ewt-test-slice.conllu")
	words := 0
	for _, s := range test {
		words += len(s.Words)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range test {
			heads := make([]int, len(s.Words))
			labels := make([]string, len(s.Words))
			m.ParseInto(s.Words, heads, labels)
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}
