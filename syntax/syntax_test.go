package syntax

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/syntax/conllu"
)

func mustDefault(t testing.TB) *Model {
	t.Helper()
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func tokens(s string) []Token {
	var out []Token
	pos := 0
	for _, f := range strings.Fields(s) {
		i := strings.Index(s[pos:], f) + pos
		out = append(out, Token{Form: f, Start: i, End: i + len(f)})
		pos = i + len(f)
	}
	return out
}

// checkTree checks one root (Head -1, relation root) and no cycles.
func checkTree(t *testing.T, sent []Token) {
	t.Helper()
	roots := 0
	for i, tok := range sent {
		if tok.Head < -1 || tok.Head >= len(sent) || tok.Head == i {
			t.Fatalf("token %d %q: head %d", i, tok.Form, tok.Head)
		}
		if tok.Head == -1 {
			roots++
		}
		if (tok.Head == -1) != (tok.DepRel == "root") {
			t.Errorf("token %d %q: head %d with relation %q", i, tok.Form, tok.Head, tok.DepRel)
		}
		if tok.UPOS == "" || tok.DepRel == "" {
			t.Errorf("token %d %q not annotated: %+v", i, tok.Form, tok)
		}
	}
	if len(sent) > 0 && roots != 1 {
		t.Fatalf("%d roots", roots)
	}
	for i := range sent {
		h, n := i, 0
		for h != -1 {
			h = sent[h].Head
			if n++; n > len(sent) {
				t.Fatalf("cycle through token %d", i)
			}
		}
	}
}

func TestAnnotateSentence(t *testing.T) {
	m := mustDefault(t)
	sent := tokens("The minister said that the plan was rejected by parliament .")
	m.Annotate(sent)
	checkTree(t, sent)
	if sent[2].Form != "said" || sent[2].DepRel != "root" {
		t.Errorf("root: %+v", sent[2])
	}
	if sent[1].Head != 2 || sent[1].DepRel != "nsubj" {
		t.Errorf("minister: head %d %s, want 2 nsubj", sent[1].Head, sent[1].DepRel)
	}
	// Known parser miss of the parse26b pair (kept, checked and logged, never failed; the KNOWN
	// convention): its tagger gives "rejected" VBD after "was", so the parser reads "was" as a
	// copula and loses the passive (nsubj for nsubj:pass, obl for obl:agent); the EWT-only pair
	// had both. Logged "now met" when the pair gets them again.
	const knownPassive = "rejected VBD after was: was cop, passive lost"
	if sent[5].Head != 7 || sent[5].DepRel != "nsubj:pass" || sent[9].Head != 7 || sent[9].DepRel != "obl:agent" {
		t.Logf("known parser miss (%s): plan head %d %s, parliament head %d %s; want 7 nsubj:pass, 7 obl:agent",
			knownPassive, sent[5].Head, sent[5].DepRel, sent[9].Head, sent[9].DepRel)
	} else {
		t.Logf("now met, drop the known mark (%s)", knownPassive)
	}
	if sent[5].Head != 7 || !strings.HasPrefix(sent[5].DepRel, "nsubj") || sent[9].Head != 7 {
		t.Errorf("plan: head %d %s, parliament: head %d; want both on rejected (7), plan a subject", sent[5].Head, sent[5].DepRel, sent[9].Head)
	}
	if sent[2].Lemma != "say" || sent[7].Lemma != "reject" {
		t.Errorf("lemmas: %q %q", sent[2].Lemma, sent[7].Lemma)
	}
	if sent[3].Start != strings.Index("The minister said that", "that") {
		t.Errorf("offsets not carried: %+v", sent[3])
	}
}

// TestShippedModelFloor scores the embedded models on the committed EWT test slice (gold tokens,
// predicted tags). The floors sit a little under the figures of the shipped model; they catch a
// broken model or a feature mismatch between training and parsing, not a point of accuracy.
func TestShippedModelFloor(t *testing.T) {
	sliceFloor(t, mustDefault(t), floorUPOS, floorUAS, floorLAS)
}

// TestLoadFiles loads the shipped model files through LoadFiles, as a candidate pair written by
// claimgraph-train is loaded, and checks it annotates like the embedded models (same floors) and
// that a missing file is named in the error.
func TestLoadFiles(t *testing.T) {
	m, err := LoadFiles("../data/syntax/tagger.model", "../data/syntax/parser.model")
	if err != nil {
		t.Fatal(err)
	}
	sliceFloor(t, m, floorUPOS, floorUAS, floorLAS)
	if _, err := LoadFiles("../data/syntax/tagger.model", "testdata/missing.model"); err == nil || !strings.Contains(err.Error(), "missing.model") {
		t.Errorf("missing parser file: error %v does not name it", err)
	}
}

// sliceFloor scores m on the committed EWT test slice and fails below the floors (percent).
func sliceFloor(t *testing.T, m *Model, floorUPOS, floorUAS, floorLAS float64) {
	t.Helper()
	gold, err := conllu.ReadFile("testdata/ewt-test-slice.conllu")
	if err != nil {
		t.Fatal(err)
	}
	var words, upos, uas, las int
	for _, g := range gold {
		sent := make([]Token, len(g.Words))
		for i, w := range g.Words {
			sent[i].Form = w.Form
		}
		m.Annotate(sent)
		for i, w := range g.Words {
			words++
			if sent[i].UPOS == w.UPOS {
				upos++
			}
			if sent[i].Head+1 == w.Head {
				uas++
				if sent[i].DepRel == w.DepRel {
					las++
				}
			}
		}
	}
	pct := func(n int) float64 { return 100 * float64(n) / float64(words) }
	t.Logf("EWT test slice, %d words: UPOS %.2f UAS %.2f LAS %.2f", words, pct(upos), pct(uas), pct(las))
	if pct(upos) < floorUPOS || pct(uas) < floorUAS || pct(las) < floorLAS {
		t.Errorf("UPOS %.2f UAS %.2f LAS %.2f: below the floors %.0f / %.0f / %.0f", pct(upos), pct(uas), pct(las), floorUPOS, floorUAS, floorLAS)
	}
}

func TestAnnotateNeverPanics(t *testing.T) {
	m := mustDefault(t)
	forms := []string{"the", "The", "minister", "said", ",", ".", "\"", "of", "U.S.", "n't", "'s", "to", "by", "was", "é", "--", "123", "Beijing", "and", "(", ")", "who", "?", "日本", "\x00", "a\tb", strings.Repeat("x", 300)}
	rng := rand.New(rand.NewSource(5))
	for trial := 0; trial < 200; trial++ {
		sent := make([]Token, rng.Intn(60))
		for i := range sent {
			sent[i].Form = forms[rng.Intn(len(forms))]
		}
		m.Annotate(sent)
		checkTree(t, sent)
	}
	long := make([]Token, 500)
	for i := range long {
		long[i].Form = forms[i%len(forms)]
	}
	m.Annotate(long)
	checkTree(t, long)
	punct := tokens(". , ! ? ... ; : \" ' ( ) - -- .")
	m.Annotate(punct)
	checkTree(t, punct)
	m.Annotate(nil)
}

func BenchmarkAnnotate(b *testing.B) {
	m := mustDefault(b)
	gold, err := conllu.ReadFile("testdata/ewt-test-slice.conllu")
	if err != nil {
		b.Fatal(err)
	}
	words := 0
	for _, g := range gold {
		words += len(g.Words)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, g := range gold {
			sent := make([]Token, len(g.Words))
			for j, w := range g.Words {
				sent[j].Form = w.Form
			}
			m.Annotate(sent)
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

// TestTypographicApostrophe: news text writes ’ where EWT writes '; the annotation must not
// depend on which.
func TestTypographicApostrophe(t *testing.T) {
	m := mustDefault(t)
	a := tokens("We 've said that China 's offer was rejected .")
	b := tokens("We ’ve said that China ’s offer was rejected .")
	m.Annotate(a)
	m.Annotate(b)
	for i := range a {
		if a[i].Head != b[i].Head || a[i].DepRel != b[i].DepRel || a[i].UPOS != b[i].UPOS {
			t.Errorf("token %d: %q %d %s %s vs %q %d %s %s", i, a[i].Form, a[i].Head, a[i].DepRel, a[i].UPOS, b[i].Form, b[i].Head, b[i].DepRel, b[i].UPOS)
		}
	}
	if b[4].DepRel != "nmod:poss" || b[0].DepRel != "nsubj" {
		t.Errorf("China ’s: %s; We: %s", b[4].DepRel, b[0].DepRel)
	}
}

// TestAnnotateConcurrent: one Model serves many goroutines with the same results as one.
func TestAnnotateConcurrent(t *testing.T) {
	m := mustDefault(t)
	gold, err := conllu.ReadFile("testdata/ewt-test-slice.conllu")
	if err != nil {
		t.Fatal(err)
	}
	gold = gold[:60]
	annotate := func() [][]Token {
		out := make([][]Token, len(gold))
		for i, g := range gold {
			out[i] = make([]Token, len(g.Words))
			for j, w := range g.Words {
				out[i][j].Form = w.Form
			}
			m.Annotate(out[i])
		}
		return out
	}
	want := annotate()
	results := make(chan [][]Token, 4)
	for g := 0; g < 4; g++ {
		go func() { results <- annotate() }()
	}
	for g := 0; g < 4; g++ {
		got := <-results
		for i := range want {
			for j := range want[i] {
				if got[i][j] != want[i][j] {
					t.Fatalf("sentence %d token %d: %+v concurrently, %+v alone", i, j, got[i][j], want[i][j])
				}
			}
		}
	}
}
