package lemma

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/syntax/conllu"
	"github.com/claimgraph/claimgraph/syntax/tag"
)

func readSlice(t testing.TB, name string) []*conllu.Sentence {
	t.Helper()
	ss, err := conllu.ReadFile("../testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

// TestRules checks the spelling rules alone (no exceptions; a small known-lemma set where a
// case needs one), on words chosen to exercise each rule.
func TestRules(t *testing.T) {
	l := &Lemmatizer{except: map[string]string{}, known: map[string]bool{"model": true, "flee": true, "stop": true, "crisis": true}}
	for _, c := range []struct{ form, upos, xpos, want string }{
		{"cities", "NOUN", "NNS", "city"},
		{"boxes", "NOUN", "NNS", "box"},
		{"churches", "NOUN", "NNS", "church"},
		{"classes", "NOUN", "NNS", "class"},
		{"crises", "NOUN", "NNS", "crisis"},
		{"cases", "NOUN", "NNS", "case"},
		{"cats", "NOUN", "NNS", "cat"},
		{"glass", "NOUN", "NN", "glass"},
		{"Americans", "PROPN", "NNPS", "American"},
		{"Washington", "PROPN", "NNP", "Washington"},
		{"The", "DET", "DT", "the"},
		{"carries", "VERB", "VBZ", "carry"},
		{"pushes", "VERB", "VBZ", "push"},
		{"makes", "VERB", "VBZ", "make"},
		{"tried", "VERB", "VBD", "try"},
		{"stopped", "VERB", "VBD", "stop"},
		{"planned", "VERB", "VBN", "plan"},
		{"called", "VERB", "VBD", "call"},
		{"hoped", "VERB", "VBD", "hope"},
		{"walked", "VERB", "VBD", "walk"},
		{"solved", "VERB", "VBD", "solve"},
		{"handled", "VERB", "VBN", "handle"},
		{"agreed", "VERB", "VBD", "agree"},
		{"needed", "VERB", "VBD", "need"},
		{"rotated", "VERB", "VBD", "rotate"},
		{"included", "VERB", "VBD", "include"},
		{"conceded", "VERB", "VBD", "concede"},
		{"deviated", "VERB", "VBN", "deviate"},
		{"aroused", "VERB", "VBD", "arouse"},
		{"proposed", "VERB", "VBD", "propose"},
		{"opened", "VERB", "VBD", "open"},
		{"running", "VERB", "VBG", "run"},
		{"making", "VERB", "VBG", "make"},
		{"seeing", "VERB", "VBG", "see"},
		{"modelling", "VERB", "VBG", "model"},
		{"bigger", "ADJ", "JJR", "big"},
		{"happier", "ADJ", "JJR", "happy"},
		{"largest", "ADJ", "JJS", "large"},
		{"2,000", "NUM", "CD", "2000"},
		{"1,200.50", "NUM", "CD", "1200.50"},
		{"7,5", "NUM", "CD", "7,5"},
		{"Two", "NUM", "CD", "two"},
		{"", "NOUN", "NN", ""},
		{"x", "", "", "x"},
	} {
		if got := l.Lemma(c.form, c.upos, c.xpos); got != c.want {
			t.Errorf("Lemma(%q, %s, %s) = %q, want %q", c.form, c.upos, c.xpos, got, c.want)
		}
	}
}

// TestLearnExceptions learns from the train slice and checks that irregular forms come from the
// exception table while regular ones are left to the rules.
func TestLearnExceptions(t *testing.T) {
	l := Learn(readSlice(t, "ewt-train-slice.conllu"))
	if l.NumExceptions() == 0 || l.NumKnown() == 0 {
		t.Fatalf("learned %d exceptions and %d known lemmas", l.NumExceptions(), l.NumKnown())
	}
	for _, c := range []struct{ form, upos, xpos, want string }{
		{"is", "AUX", "VBZ", "be"},
		{"n't", "PART", "RB", "not"},
		{"me", "PRON", "PRP", "I"},
		{"n\u2019t", "PART", "RB", "not"},
	} {
		if got := l.Lemma(c.form, c.upos, c.xpos); got != c.want {
			t.Errorf("Lemma(%q, %s, %s) = %q, want %q", c.form, c.upos, c.xpos, got, c.want)
		}
	}
	for k := range l.except {
		if strings.HasPrefix(k, "cats\t") || strings.HasPrefix(k, "walked\t") {
			t.Errorf("regular form %q stored as an exception", k)
		}
	}
}

// TestSliceAccuracy: a lemmatizer learned from 300 sentences lemmatizes unseen test sentences
// (gold tags) well above the lower-cased-form baseline.
func TestSliceAccuracy(t *testing.T) {
	test := readSlice(t, "ewt-test-slice.conllu")
	l := Learn(readSlice(t, "ewt-train-slice.conllu"))
	acc := l.Evaluate(test, nil).Right
	right, total := 0, 0
	for _, s := range test {
		for _, w := range s.Words {
			if w.Lemma == "_" {
				continue
			}
			total++
			if strings.ToLower(w.Form) == w.Lemma {
				right++
			}
		}
	}
	base := float64(right) / float64(total)
	t.Logf("test slice: %.4f (lower-cased form baseline %.4f)", acc, base)
	if acc < base+0.05 || acc < 0.93 {
		t.Errorf("accuracy %.4f: want ≥ 0.93 and ≥ baseline %.4f + 0.05", acc, base)
	}
}

var ewtFile = flag.String("ewt", "../testdata/ewt-test-slice.conllu", "CoNLL-U file TestShippedData lemmatizes")

// TestShippedData checks the committed data file on the EWT test slice (never seen in learning),
// with gold tags and with the shipped tagger's tags, or on the file given with -ewt:
//
//	go test ./syntax/lemma -run ShippedData -v -args -ewt $PWD/../shared/treebanks/UD_English-EWT/en_ewt-ud-test.conllu
//
// gives 98.88% with gold tags and 97.11% with predicted tags on EWT test (dev: 98.92 / 97.17).
// The floors catch a broken file, they are not targets.
func TestShippedData(t *testing.T) {
	f, err := os.Open("../../data/syntax/lemma.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	l, err := Load(f, "lemma.tsv")
	if err != nil {
		t.Fatal(err)
	}
	tg, err := tag.LoadFile("../../data/syntax/tagger.model")
	if err != nil {
		t.Fatal(err)
	}
	gold, err := conllu.ReadFile(*ewtFile)
	if err != nil {
		t.Fatal(err)
	}
	tags := make([]tag.Tags, len(gold))
	for i, s := range gold {
		tags[i] = tg.TagSentence(s)
	}
	withGold := l.Evaluate(gold, nil)
	withPred := l.Evaluate(gold, func(i int) ([]string, []string) { return tags[i].UPOS, tags[i].XPOS })
	t.Logf("%s: %.4f with gold tags, %.4f with the shipped tagger's tags, over %d words", *ewtFile, withGold.Right, withPred.Right, withGold.Words)
	if withGold.Right < 0.97 || withPred.Right < 0.95 {
		t.Errorf("accuracy %.4f / %.4f below the floors 0.97 / 0.95", withGold.Right, withPred.Right)
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	l := Learn(readSlice(t, "ewt-train-slice.conllu"))
	var buf bytes.Buffer
	if err := l.Save(&buf); err != nil {
		t.Fatal(err)
	}
	l2, err := Load(bytes.NewReader(buf.Bytes()), "x")
	if err != nil {
		t.Fatal(err)
	}
	var buf2 bytes.Buffer
	l2.Save(&buf2)
	if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
		t.Error("Save(Load(Save(l))) differs from Save(l)")
	}
}

func TestLoadErrors(t *testing.T) {
	for name, in := range map[string]string{
		"empty":      "",
		"no header":  "x\ta\tNN\tb\n",
		"bad kind":   header + "z\tfoo\n",
		"short line": header + "x\tfoo\tNN\n",
	} {
		_, err := Load(strings.NewReader(in), "f.tsv")
		if err == nil || !strings.Contains(err.Error(), "f.tsv") {
			t.Errorf("%s: error %v should name the file", name, err)
		}
	}
	_, err := Load(strings.NewReader(header+"k\tok\nbogus\n"), "f.tsv")
	if err == nil || !strings.Contains(err.Error(), "f.tsv:3") {
		t.Errorf("error %v should give line 3", err)
	}
}

// TestShippedKeepsKnownLemmas: a word that is itself a known lemma keeps its form when stripping
// a suffix gives no known word ("Rather" tagged RBR once became "rath").
func TestShippedKeepsKnownLemmas(t *testing.T) {
	f, err := os.Open("../../data/syntax/lemma.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	l, err := Load(f, "lemma.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ form, upos, xpos, want string }{
		{"Rather", "ADV", "RBR", "rather"},
		{"faster", "ADJ", "JJR", "fast"},
		{"Faster", "ADV", "RBR", "fast"},
		{"bigger", "ADJ", "JJR", "big"},
	} {
		if got := l.Lemma(c.form, c.upos, c.xpos); got != c.want {
			t.Errorf("Lemma(%q, %s, %s) = %q, want %q", c.form, c.upos, c.xpos, got, c.want)
		}
	}
}
