//go:build unix

// Command syntax prints the benchmark table of the syntax layer (issue 11): accuracy of the
// embedded tagger and parser on UD English EWT test with gold tokens — UPOS, XPOS, UAS, LAS with
// predicted tags (and, for reference, with gold tags) — beside the published figures quoted in
// ../shared/treebanks/README.md; per-relation F1 for the relations the extractor reads; tag+parse
// speed on all cores beside the loader's current extraction speed on ../shared/corpus in the
// same run; and the memory of the loaded models.
//
// Scoring follows the CoNLL 2018 shared task: every word counts, punctuation included; LAS
// compares the full relation (with subtype, "nsubj:pass") and "LAS (universal)" only the part
// before the colon, as the shared task's LAS does. A relation's F1 counts a word as correct when
// both head and relation are right. Usage (from the repository root):
//
//	go run ./bench/syntax [-treebank ../shared/treebanks/UD_English-EWT] [-corpus ../shared/corpus]
//	go run ./bench/syntax -tagger DIR/tagger.model -parser DIR/parser.model
//
// With -tagger and -parser the tables score those files instead of the embedded models; the
// loader's extraction row still runs the loader, which uses the embedded ones.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/claimgraph/claimgraph/data"
	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/loader"
	"github.com/claimgraph/claimgraph/syntax"
	"github.com/claimgraph/claimgraph/syntax/conllu"
	"github.com/claimgraph/claimgraph/syntax/depparse"
)

// relations the extractor reads (issue 11).
var relations = []string{"nsubj", "nsubj:pass", "obj", "ccomp", "xcomp", "obl:agent", "conj", "nmod:poss"}

func main() {
	treebank := flag.String("treebank", "../shared/treebanks/UD_English-EWT", "directory with en_ewt-ud-test.conllu")
	split := flag.String("split", "test", "EWT split to score: test (report once) or dev")
	corpus := flag.String("corpus", "../shared/corpus", "directory of .txt articles for the loader's speed")
	workers := flag.Int("workers", runtime.GOMAXPROCS(0), "goroutines for the speed runs")
	rounds := flag.Int("rounds", 5, "passes over the test set for the speed run")
	widths := flag.String("widths", "1,2,4,8", "parser beam widths for the speed/accuracy table (\"\" for none)")
	taggerPath := flag.String("tagger", "", "score this tagger model file instead of the embedded one (with -parser; a file written by claimgraph-train -tagger-out)")
	parserPath := flag.String("parser", "", "score this parser model file instead of the embedded one (with -tagger)")
	clustersPath := flag.String("clusters", "", "word-cluster table the -tagger and -parser models were trained with (claimgraph-train -clusters)")
	file := flag.String("file", "", "score this CoNLL-U file instead of an EWT split (e.g. the held-back slice data/syntax/wire/heldout.conllu)")
	accuracyOnly := flag.Bool("accuracy-only", false, "print the accuracy tables only: no speed runs, no beam-width table")
	flag.Parse()
	beamWidths, err := depparse.ParseWidths(*widths)
	if err != nil {
		fail(err)
	}

	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	var m *syntax.Model
	if *taggerPath != "" || *parserPath != "" {
		if *taggerPath == "" || *parserPath == "" {
			fail(fmt.Errorf("-tagger and -parser go together"))
		}
		m, err = syntax.LoadFilesWith(*taggerPath, *parserPath, *clustersPath)
	} else {
		m, err = syntax.Default()
	}
	if err != nil {
		fail(err)
	}
	loadTime := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	modelMB := float64(after.HeapAlloc-before.HeapAlloc) / (1 << 20)

	path := filepath.Join(*treebank, "en_ewt-ud-"+*split+".conllu")
	label := "UD English EWT " + *split
	if *file != "" {
		path, label = *file, "CoNLL-U file"
	}
	gold, err := conllu.ReadFile(path)
	if err != nil {
		fail(err)
	}
	pred := score(gold, func(s []syntax.Token) { m.Annotate(s) })
	goldTags := score(gold, func(s []syntax.Token) { m.AnnotateTagged(s) })

	sents := make([][]string, len(gold))
	words := 0
	for i, s := range gold {
		for _, w := range s.Words {
			sents[i] = append(sents[i], w.Form)
		}
		words += len(s.Words)
	}
	if *accuracyOnly {
		printAccuracy(label, path, len(gold), words, m, pred, goldTags)
		return
	}
	tpWall, tpCPU := speed(*workers, *rounds, len(sents), words, func(i int) {
		toks := make([]syntax.Token, len(sents[i]))
		for j, f := range sents[i] {
			toks[j].Form = f
		}
		m.Annotate(toks)
	})
	tagWall, tagCPU := speed(*workers, *rounds, len(sents), words, func(i int) {
		upos := make([]string, len(sents[i]))
		xpos := make([]string, len(sents[i]))
		m.Tagger().Tag(sents[i], upos, xpos)
	})
	tp1Wall, tp1CPU := speed(1, *rounds, len(sents), words, func(i int) {
		toks := make([]syntax.Token, len(sents[i]))
		for j, f := range sents[i] {
			toks[j].Form = f
		}
		m.Annotate(toks)
	})
	type widthRow struct {
		k         int
		acc       *scores
		wall, cpu float64
	}
	var widthRows []widthRow
	for _, k := range beamWidths {
		mk := m.WithBeam(k)
		acc := score(gold, func(s []syntax.Token) { mk.Annotate(s) })
		wall, cpu := speed(*workers, max(*rounds/2, 1), len(sents), words, func(i int) {
			toks := make([]syntax.Token, len(sents[i]))
			for j, f := range sents[i] {
				toks[j].Form = f
			}
			mk.Annotate(toks)
		})
		widthRows = append(widthRows, widthRow{k, acc, wall, cpu})
	}
	exWall, exCPU, exWords, err := loaderSpeed(*corpus, *workers)
	if err != nil {
		fail(err)
	}

	printAccuracy(label, path, len(gold), words, m, pred, goldTags)
	// One table, one run: the parser's speed on all cores next to the whole extraction's, as
	// issue 11 asks (the loader always runs the embedded models; with -tagger/-parser the
	// first rows are the files', the last the embedded pair's).
	loaderModels := "embedded models"
	if *taggerPath != "" {
		loaderModels = "embedded models, not the -tagger/-parser files"
	}
	fmt.Printf("| speed (%d workers, GOMAXPROCS %d) | words/s wall clock | words/s CPU-bound | target (issue 11) |\n", *workers, runtime.GOMAXPROCS(0))
	fmt.Println("|---|---|---|---|")
	fmt.Printf("| tag + parse, %d workers (all cores) | %.0f | %.0f | ≥ 100000 on 2 cores |\n", *workers, tpWall, tpCPU)
	fmt.Printf("| tag + parse, 1 worker | %.0f | %.0f | – |\n", tp1Wall, tp1CPU)
	fmt.Printf("| tag only, %d workers | %.0f | %.0f | – |\n", *workers, tagWall, tagCPU)
	fmt.Printf("| loader extraction (loader.Pipeline.Process on %s, %d words; %s), %d workers | %.0f | %.0f | – |\n", *corpus, exWords, loaderModels, *workers, exWall, exCPU)
	fmt.Println()
	if len(widthRows) > 0 {
		fmt.Printf("| beam width | UAS %% | LAS %% | nsubj F1 | obj F1 | ccomp F1 | xcomp F1 | conj F1 | tag + parse words/s, %d workers, wall clock | CPU-bound |\n", *workers)
		fmt.Println("|---|---|---|---|---|---|---|---|---|---|")
		for _, r := range widthRows {
			fmt.Printf("| %d | %.2f | %.2f", r.k, r.acc.pct(r.acc.heads), r.acc.pct(r.acc.las))
			for _, rel := range []string{"nsubj", "obj", "ccomp", "xcomp", "conj"} {
				_, _, f := r.acc.prf(rel)
				fmt.Printf(" | %.1f", f)
			}
			fmt.Printf(" | %.0f | %.0f |\n", r.wall, r.cpu)
		}
		fmt.Println()
	}
	fmt.Printf("Loaded models: %.1f MB of heap (tagger + parser), loaded in %s. Model files: %s.\n", modelMB, loadTime.Round(time.Millisecond), fileSizes(*taggerPath, *parserPath))
	fmt.Println("CPU-bound = words divided by the process's CPU seconds per worker: what the same run gives on idle cores.")
}

// printAccuracy prints the accuracy tables: UPOS, XPOS, UAS, LAS with predicted and gold tags,
// and per-relation F1 for the relations the extractor reads.
func printAccuracy(label, path string, nSents, words int, m *syntax.Model, pred, goldTags *scores) {
	fmt.Printf("%s (%s): %d sentences, %d words, gold tokenization; parser beam width %d (trained with %d)\n\n", label, path, nSents, words, m.Parser().BeamWidth(), m.Parser().TrainedBeam())
	fmt.Println("| measure | claimgraph (predicted tags) | claimgraph (gold tags) | target (issue 11) | published (treebanks README) |")
	fmt.Println("|---|---|---|---|---|")
	fmt.Printf("| UPOS %% | %.2f | – | ≥ 95 | – |\n", pred.pct(pred.upos))
	fmt.Printf("| XPOS %% | %.2f | – | – | – |\n", pred.pct(pred.xpos))
	fmt.Printf("| UAS %% | %.2f | %.2f | ≥ 88 | UDPipe 1.2 84–86; greedy rich-feature 87–89; biaffine 91–93 |\n", pred.pct(pred.heads), goldTags.pct(goldTags.heads))
	fmt.Printf("| LAS %% (full relation) | %.2f | %.2f | ≥ 85 | – |\n", pred.pct(pred.las), goldTags.pct(goldTags.las))
	fmt.Printf("| LAS %% (universal relation, CoNLL 2018) | %.2f | %.2f | – | UDPipe 1.2 81–83; biaffine 89–91 |\n", pred.pct(pred.lasU), goldTags.pct(goldTags.lasU))
	fmt.Println()
	fmt.Println("| relation | gold | F1 % (predicted tags) | precision % | recall % | F1 % (gold tags) |")
	fmt.Println("|---|---|---|---|---|---|")
	for _, r := range relations {
		p, rc, f := pred.prf(r)
		_, _, fg := goldTags.prf(r)
		fmt.Printf("| %s | %d | %.1f | %.1f | %.1f | %.1f |\n", r, pred.gold[r], f, p, rc, fg)
	}
	fmt.Println()
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "bench/syntax:", err)
	os.Exit(1)
}

// scores counts agreement with the treebank.
type scores struct {
	words, upos, xpos, heads, las, lasU int
	gold, pred, correct                 map[string]int
}

func (s *scores) pct(n int) float64 { return 100 * float64(n) / float64(max(s.words, 1)) }

func (s *scores) prf(rel string) (p, r, f float64) {
	p = 100 * float64(s.correct[rel]) / float64(max(s.pred[rel], 1))
	r = 100 * float64(s.correct[rel]) / float64(max(s.gold[rel], 1))
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func universal(l string) string {
	if i := strings.IndexByte(l, ':'); i >= 0 {
		return l[:i]
	}
	return l
}

// score annotates every sentence with gold tokens (and gold tags, which annotate may keep or
// replace) and compares.
func score(gold []*conllu.Sentence, annotate func([]syntax.Token)) *scores {
	s := &scores{gold: map[string]int{}, pred: map[string]int{}, correct: map[string]int{}}
	for _, g := range gold {
		toks := make([]syntax.Token, len(g.Words))
		for i, w := range g.Words {
			toks[i] = syntax.Token{Form: w.Form, UPOS: w.UPOS, XPOS: w.XPOS}
		}
		annotate(toks)
		for i, w := range g.Words {
			t := toks[i]
			s.words++
			if t.UPOS == w.UPOS {
				s.upos++
			}
			if t.XPOS == w.XPOS {
				s.xpos++
			}
			s.gold[w.DepRel]++
			s.pred[t.DepRel]++
			if t.Head+1 == w.Head {
				s.heads++
				if t.DepRel == w.DepRel {
					s.las++
					s.correct[w.DepRel]++
				}
				if universal(t.DepRel) == universal(w.DepRel) {
					s.lasU++
				}
			}
		}
	}
	return s
}

func cpuSeconds() float64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

// speed runs fn on items 0..n-1, rounds times, on the given number of goroutines, and returns
// words/s by the wall clock and CPU-bound (words per CPU second per worker).
func speed(workers, rounds, n, words int, fn func(i int)) (wall, cpuBound float64) {
	runtime.GC()
	c0 := cpuSeconds()
	start := time.Now()
	for r := 0; r < rounds; r++ {
		var next atomic.Int64
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					i := int(next.Add(1)) - 1
					if i >= n {
						return
					}
					fn(i)
				}
			}()
		}
		wg.Wait()
	}
	secs := time.Since(start).Seconds()
	cpu := cpuSeconds() - c0
	total := float64(words * rounds)
	return total / secs, total / (cpu / float64(workers))
}

// loaderSpeed runs the loader's whole extraction on every .txt file of dir.
func loaderSpeed(dir string, workers int) (wall, cpuBound float64, words int, err error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		return 0, 0, 0, fmt.Errorf("no .txt articles in %s", dir)
	}
	p, err := loader.NewPipeline(data.FS)
	if err != nil {
		return 0, 0, 0, err
	}
	var docs []input.Document
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return 0, 0, 0, err
		}
		docs = append(docs, input.Document{Source: f, Text: string(b)})
		words += len(strings.Fields(string(b)))
	}
	const rounds = 3
	wall, cpuBound = speed(workers, rounds, len(docs), words, func(i int) {
		if _, err := p.Process(context.Background(), docs[i]); err != nil {
			fmt.Fprintln(os.Stderr, "bench/syntax: loader:", err)
		}
	})
	return wall, cpuBound, words, nil
}

// fileSizes lists the sizes of the embedded model files.
func fileSizes(taggerPath, parserPath string) string {
	var parts []string
	files := []string{"data/syntax/parser.model", "data/syntax/tagger.model"}
	if taggerPath != "" {
		files = []string{parserPath, taggerPath}
	}
	for _, f := range files {
		if st, err := os.Stat(f); err == nil {
			parts = append(parts, fmt.Sprintf("%s %.2f MB", f, float64(st.Size())/1e6))
		}
	}
	if len(parts) == 0 {
		return "(run from the repository root to list them)"
	}
	return strings.Join(parts, ", ")
}
