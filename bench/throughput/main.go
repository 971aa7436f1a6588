//go:build unix

// Command throughput measures the two floors under `claimgraph load` on a JSONL corpus (as written
// by bench/corpus/gen), with no store involved:
//
//   - tokenize: split every article's text into word tokens (maximal runs of letters, digits and
//     in-word apostrophes or hyphens, over the text decoded to code points as the extractor does)
//     — the least any extractor must do;
//   - extract: the whole loader pipeline (loader.Pipeline.Process: cleaning, sentence splitting,
//     actors, coreference, claims, relations) on a pool of workers, results dropped.
//
// Words are counted with strings.Fields on the input text, the same count bench/run.sh uses for
// the full load, so the three rates compare. It prints one line per mode: "MODE articles words
// seconds words_per_s articles_per_s cpu_seconds" (cpu_seconds: user+system time of the process
// during the mode, which stays meaningful when other work shares the machine). With -cpuprofile
// it writes a CPU profile of the extract mode. Usage:
//
//	go run ./bench/throughput -mode tokenize,extract -workers 2 /tmp/bench/corpus.jsonl
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unicode"

	"github.com/claimgraph/claimgraph/bench/internal/benchio"
	"github.com/claimgraph/claimgraph/data"
	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/loader"
)

func main() {
	modes := flag.String("mode", "tokenize,extract", "comma-separated: tokenize, extract")
	workers := flag.Int("workers", runtime.GOMAXPROCS(0), "extraction workers")
	limit := flag.Int("n", 0, "read at most n articles (0: all)")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the extract mode to this file")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: throughput [-mode tokenize,extract] [-workers N] CORPUS.jsonl")
		os.Exit(2)
	}
	docs, err := benchio.ReadCorpus(flag.Arg(0), *limit)
	if err != nil {
		fmt.Fprintln(os.Stderr, "throughput:", err)
		os.Exit(1)
	}
	words := 0
	for _, d := range docs {
		words += len(strings.Fields(d.Text))
	}
	for _, m := range strings.Split(*modes, ",") {
		var secs float64
		cpu0 := cpuSeconds()
		switch strings.TrimSpace(m) {
		case "tokenize":
			secs = tokenizeAll(docs, *workers)
		case "extract":
			secs, err = extractAll(docs, *workers, *cpuprofile)
			if err != nil {
				fmt.Fprintln(os.Stderr, "throughput:", err)
				os.Exit(1)
			}
		default:
			fmt.Fprintf(os.Stderr, "throughput: unknown mode %q\n", m)
			os.Exit(2)
		}
		fmt.Printf("%s %d %d %.3f %.0f %.1f %.3f\n", m, len(docs), words, secs, float64(words)/secs, float64(len(docs))/secs, cpuSeconds()-cpu0)
	}
}

// cpuSeconds is the user+system CPU time of this process so far.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

// parallel runs fn on every document with n workers and returns the wall-clock seconds.
func parallel(docs []input.Document, n int, fn func(input.Document) error) (float64, error) {
	var next atomic.Int64
	var wg sync.WaitGroup
	var firstErr error
	var once sync.Once
	start := time.Now()
	for w := 0; w < max(n, 1); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(docs) {
					return
				}
				if err := fn(docs[i]); err != nil {
					once.Do(func() { firstErr = err })
				}
			}
		}()
	}
	wg.Wait()
	return time.Since(start).Seconds(), firstErr
}

var sink atomic.Int64

func tokenizeAll(docs []input.Document, workers int) float64 {
	secs, _ := parallel(docs, workers, func(d input.Document) error {
		sink.Add(int64(tokenize(d.Text)))
		return nil
	})
	return secs
}

// tokenize counts word tokens: runs of letters and digits, joined by an apostrophe or hyphen
// between two of them ("U.S." is two tokens here, "don't" one); the text is decoded to code
// points first because every offset the loader reports is in code points.
func tokenize(text string) int {
	rs := []rune(text)
	n := 0
	in := false
	for i, r := range rs {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if !word && in && (r == '\'' || r == '’' || r == '-') && i+1 < len(rs) && unicode.IsLetter(rs[i+1]) {
			continue
		}
		if word && !in {
			n++
		}
		in = word
	}
	return n
}

func extractAll(docs []input.Document, workers int, cpuprofile string) (float64, error) {
	p, err := loader.NewPipeline(data.FS)
	if err != nil {
		return 0, err
	}
	if cpuprofile != "" {
		f, err := os.Create(cpuprofile)
		if err != nil {
			return 0, err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return 0, err
		}
		defer pprof.StopCPUProfile()
	}
	var failed atomic.Int64
	ctx := context.Background()
	secs, _ := parallel(docs, workers, func(d input.Document) error {
		if _, err := p.Process(ctx, d); err != nil {
			failed.Add(1)
			fmt.Fprintln(os.Stderr, "throughput:", err)
		}
		return nil
	})
	if n := failed.Load(); n > 0 {
		fmt.Fprintf(os.Stderr, "throughput: %d of %d articles failed extraction\n", n, len(docs))
	}
	return secs, nil
}
