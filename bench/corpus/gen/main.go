// Command gen writes a benchmark corpus for claimgraph: N articles of about W words each, as JSONL
// records {url, title, published, authors, outlet, text}, built from real sentences.
//
// Sentences come from two places:
//   - the plain-text documents of ../shared/corpus (*.txt: US and PRC government statements, press
//     conferences, testimony, Wikinews), split into sentences by claimgraph's own cleaner and
//     sentence splitter, and taken in runs of consecutive sentences so that an article keeps the
//     discourse the extractor relies on ("Steven Mnuchin … Mr. Mnuchin said");
//   - the npm package nlp-corpus (MIT; builds/doc-*.json, arrays of 1,000 English sentences from
//     news headlines, speeches, fiction, reviews, dialogue), one sentence at a time, for variety.
//
// The corpus is deterministic for a given seed and never meant to be committed: write it to a
// temporary directory. Words are counted with strings.Fields. Usage:
//
//	go run ./bench/corpus/gen -shared ../shared/corpus -nlp /tmp/x/node_modules/nlp-corpus/builds \
//	    -n 10000 -words 700 -o /tmp/bench/corpus.jsonl [-stats /tmp/bench/corpus.stats]
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/claimgraph/claimgraph/bench/internal/benchio"
	"github.com/claimgraph/claimgraph/input"
)

// outlet is an invented publication; the host gives varied URLs.
type outlet struct{ name, host string }

var outlets = []outlet{
	{"Harbor Daily", "harbordaily.example"}, {"The Meridian Post", "meridianpost.example"},
	{"Capital Ledger", "capitalledger.example"}, {"Pacific Wire", "pacificwire.example"},
	{"The Evening Courier", "eveningcourier.example"}, {"Trade Desk Review", "tradedesk.example"},
	{"Northern Gazette", "northerngazette.example"}, {"Global Affairs Weekly", "globalaffairs.example"},
}

// Byline names are combinations of common given names and surnames, so authors vary without
// naming real reporters.
var (
	givenNames = []string{"Alex", "Maria", "Chen", "Priya", "Samuel", "Grace", "Omar", "Lena", "David", "Aiko", "Jonas", "Fatima"}
	surnames   = []string{"Hart", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Reyes", "Novak", "Abbott", "Kowalski", "Iyer", "Brennan", "Vance"}
)

// source is the sentences of one document, in order.
type source struct {
	name      string
	sentences []string
}

func main() {
	shared := flag.String("shared", "../shared/corpus", "folder of real plain-text articles (*.txt)")
	nlp := flag.String("nlp", "", "nlp-corpus builds folder (doc-*.json); empty: shared sentences only")
	n := flag.Int("n", 10000, "articles to write")
	words := flag.Int("words", 700, "mean words per article (±15%)")
	newsShare := flag.Float64("news", 0.7, "share of words taken from the shared news corpus (the rest from nlp-corpus)")
	seed := flag.Uint64("seed", 1, "random seed (same seed, same corpus)")
	out := flag.String("o", "", "output JSONL file (required)")
	statsFile := flag.String("stats", "", `also write "articles words text_bytes" to this file`)
	flag.Parse()
	if *out == "" || *n < 1 || *words < 50 {
		fmt.Fprintln(os.Stderr, "gen: -o FILE is required; -n ≥ 1, -words ≥ 50")
		flag.Usage()
		os.Exit(2)
	}
	news, err := readShared(*shared)
	if err != nil {
		fail(err)
	}
	var extra []string
	if *nlp != "" {
		if extra, err = readNLPCorpus(*nlp); err != nil {
			fail(err)
		}
	}
	if len(extra) == 0 {
		*newsShare = 1
	}
	stats, err := write(*out, news, extra, *n, *words, *newsShare, *seed)
	if err != nil {
		fail(err)
	}
	if *statsFile != "" {
		if err := os.WriteFile(*statsFile, fmt.Appendf(nil, "%d %d %d\n", *n, stats.words, stats.textBytes), 0o644); err != nil {
			fail(err)
		}
	}
	fmt.Fprintf(os.Stderr, "gen: wrote %d articles, %d words, %.1f MB of text to %s (%d news sentences from %d files, %d nlp-corpus sentences)\n",
		*n, stats.words, float64(stats.textBytes)/1e6, *out, countSentences(news), len(news), len(extra))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gen:", err)
	os.Exit(1)
}

func countSentences(src []source) int {
	n := 0
	for _, s := range src {
		n += len(s.sentences)
	}
	return n
}

// readShared splits every *.txt under dir into sentences with claimgraph's cleaner, keeping
// sentences of 4 to 80 words (headings, menu lines and run-on table rows are left out).
func readShared(dir string) ([]source, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no *.txt files in %s", dir)
	}
	sort.Strings(files)
	c, err := input.NewCleaner()
	if err != nil {
		return nil, err
	}
	var out []source
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		cl, err := c.Clean(input.Document{Source: f, Text: string(b)})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		src := source{name: filepath.Base(f)}
		for _, s := range cl.Sentences {
			if keepSentence(s.Text) {
				src.sentences = append(src.sentences, s.Text)
			}
		}
		if len(src.sentences) > 0 {
			out = append(out, src)
		}
	}
	return out, nil
}

// readNLPCorpus reads nlp-corpus's builds/doc-*.json (each a JSON array of sentences).
func readNLPCorpus(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "doc-*.json"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no doc-*.json files in %s (is it nlp-corpus's builds folder?)", dir)
	}
	sort.Strings(files)
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var arr []string
		if err := json.Unmarshal(b, &arr); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		for _, s := range arr {
			s = strings.Join(strings.Fields(s), " ")
			if keepSentence(s) && endsSentence(s) {
				out = append(out, s)
			}
		}
	}
	return out, nil
}

func keepSentence(s string) bool {
	n := len(strings.Fields(s))
	if n < 4 || n > 80 {
		return false
	}
	for _, r := range s {
		if unicode.IsControl(r) || r == unicode.ReplacementChar {
			return false
		}
	}
	return true
}

// endsSentence keeps nlp-corpus lines that read as prose (final punctuation), not lyrics or
// chat fragments, so paragraphs split where the generator meant them to.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, `"')’”`)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!")
}

type genStats struct{ words, textBytes int }

func write(path string, news []source, extra []string, n, words int, newsShare float64, seed uint64) (genStats, error) {
	var st genStats
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return st, err
	}
	f, err := os.Create(path)
	if err != nil {
		return st, err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	base := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	days := int(time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC).Sub(base).Hours() / 24)
	for i := 0; i < n; i++ {
		target := words * (85 + rng.IntN(31)) / 100
		var paras []string
		var para []string
		count := 0
		addSentence := func(s string) {
			para = append(para, s)
			count += len(strings.Fields(s))
			if len(para) >= 2+rng.IntN(4) {
				paras = append(paras, strings.Join(para, " "))
				para = nil
			}
		}
		for count < target {
			if rng.Float64() < newsShare {
				src := news[rng.IntN(len(news))]
				run := 3 + rng.IntN(6)
				start := rng.IntN(len(src.sentences))
				for k := start; k < len(src.sentences) && k < start+run && count < target; k++ {
					addSentence(src.sentences[k])
				}
			} else {
				addSentence(extra[rng.IntN(len(extra))])
			}
		}
		if len(para) > 0 {
			paras = append(paras, strings.Join(para, " "))
		}
		o := outlets[rng.IntN(len(outlets))]
		date := base.AddDate(0, 0, rng.IntN(days+1))
		title := headline(paras[0])
		rec := benchio.CorpusRecord{
			URL:       fmt.Sprintf("https://%s/%s/%s-%d", o.host, date.Format("2006/01/02"), slug(title), i),
			Title:     title,
			Published: date.Format("2006-01-02"),
			Outlet:    o.name,
			Text:      strings.Join(paras, "\n\n"),
		}
		for a := 0; a < 1+rng.IntN(2); a++ {
			rec.Authors = append(rec.Authors, givenNames[rng.IntN(len(givenNames))]+" "+surnames[rng.IntN(len(surnames))])
		}
		st.words += count
		st.textBytes += len(rec.Text)
		if err := enc.Encode(&rec); err != nil {
			f.Close()
			return st, err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return st, err
	}
	return st, f.Close()
}

// headline is the first words of the opening sentence, up to 12, without final punctuation.
func headline(p string) string {
	f := strings.Fields(p)
	if len(f) > 12 {
		f = f[:12]
	}
	return strings.TrimRight(strings.Join(f, " "), ".,;:!?")
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) && r < 128 || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
		if b.Len() > 60 {
			break
		}
	}
	return strings.Trim(b.String(), "-")
}
