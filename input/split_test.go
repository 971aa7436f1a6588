package input

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"unicode/utf8"
)

var (
	sharedSplitter     *Splitter
	sharedSplitterErr  error
	sharedSplitterOnce sync.Once
)

// testSplitter loads the sentence model once for the whole test binary.
func testSplitter(t testing.TB) *Splitter {
	t.Helper()
	sharedSplitterOnce.Do(func() { sharedSplitter, sharedSplitterErr = NewSplitter() })
	if sharedSplitterErr != nil {
		t.Fatal(sharedSplitterErr)
	}
	return sharedSplitter
}

type splitCase struct {
	Name string   `json:"name"`
	Text string   `json:"text"`
	Want []string `json:"want"`
}

// TestSplitCases runs the named edge cases of testdata/split_cases.json.
func TestSplitCases(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "split_cases.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []splitCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	sp := testSplitter(t)
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			got := sp.Split(c.Text)
			var texts []string
			for _, s := range got {
				texts = append(texts, s.Text)
			}
			if !reflect.DeepEqual(texts, c.Want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", c.Text, texts, c.Want)
			}
			checkSentences(t, c.Text, got)
		})
	}
}

// checkSentences checks the offset contract: Text == text[Start:End] in code points, sentences in
// order, not overlapping, trimmed, indexes consecutive, paragraphs non-decreasing.
func checkSentences(t *testing.T, text string, sents []Sentence) {
	t.Helper()
	runes := []rune(text)
	prevEnd, prevPara := 0, 0
	for i, s := range sents {
		if s.Index != i {
			t.Errorf("sentence %d has Index %d", i, s.Index)
		}
		if s.Start < prevEnd || s.End <= s.Start || s.End > len(runes) {
			t.Fatalf("sentence %d span [%d,%d) after %d in %d code points", i, s.Start, s.End, prevEnd, len(runes))
		}
		if got := string(runes[s.Start:s.End]); got != s.Text {
			t.Fatalf("sentence %d: text[%d:%d] = %q, Text = %q", i, s.Start, s.End, got, s.Text)
		}
		if s.Paragraph < prevPara {
			t.Errorf("sentence %d paragraph %d < %d", i, s.Paragraph, prevPara)
		}
		r0, _ := utf8.DecodeRuneInString(s.Text)
		r1, _ := utf8.DecodeLastRuneInString(s.Text)
		if r0 == ' ' || r0 == '\n' || r1 == ' ' || r1 == '\n' {
			t.Errorf("sentence %d not trimmed: %q", i, s.Text)
		}
		prevEnd, prevPara = s.End, s.Paragraph
	}
}

func TestSplitParagraphsAreHardBoundaries(t *testing.T) {
	sp := testSplitter(t)
	text := "Headline Without Period\n\nFirst paragraph. Second sentence.\n\n\n  Third paragraph after extra blank lines  \n"
	got := sp.Split(text)
	checkSentences(t, text, got)
	want := []struct {
		text string
		para int
	}{{"Headline Without Period", 0}, {"First paragraph.", 1}, {"Second sentence.", 1}, {"Third paragraph after extra blank lines", 2}}
	if len(got) != len(want) {
		t.Fatalf("got %d sentences %+v", len(got), got)
	}
	for i, w := range want {
		if got[i].Text != w.text || got[i].Paragraph != w.para {
			t.Errorf("sentence %d = %q para %d, want %q para %d", i, got[i].Text, got[i].Paragraph, w.text, w.para)
		}
	}
}

func TestSplitNonASCIIOffsets(t *testing.T) {
	sp := testSplitter(t)
	text := "Schreinemacher met “tête-à-tête” in Zürich — 北京 said nothing. Prices rose 5% to €2.2 billion.\n\nÉté."
	got := sp.Split(text)
	checkSentences(t, text, got)
	if len(got) != 3 {
		t.Fatalf("got %+v", got)
	}
}

func TestSplitEmpty(t *testing.T) {
	sp := testSplitter(t)
	for _, s := range []string{"", " ", "\n\n \n"} {
		if got := sp.Split(s); len(got) != 0 {
			t.Errorf("Split(%q) = %v, want none", s, got)
		}
	}
}

// TestSplitCorpusOffsets checks the offset contract on every text of the shared corpus (read in
// place, skipped when absent) and of testdata.
func TestSplitCorpusOffsets(t *testing.T) {
	sp := testSplitter(t)
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*"))
	more, _ := filepath.Glob(filepath.Join("testdata", "clean", "*.txt"))
	files = append(files, more...)
	if len(files) == 0 {
		t.Skip("no corpus")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkSentences(t, string(data), sp.Split(string(data)))
	}
}

func BenchmarkSplit(b *testing.B) {
	sp := testSplitter(b)
	data, err := os.ReadFile(filepath.Join(corpusDir, "013_treasury-malpass-testimony-2018-12-12.txt"))
	if err != nil {
		b.Skip("no corpus")
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sp.Split(text)
	}
}
