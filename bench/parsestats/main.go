// Command parsestats counts what the relations stage tags and parses on a JSONL corpus (as
// written by bench/corpus/gen) and what the parsed sentences give (issue 13, speed): the share
// of sentences tagged and parsed, and per asker of a parse (the frames stage's gates, or the rule
// that forced it) how many of the parsed sentences end with a stance relation, a claim only, or
// neither in the article's graph. It runs the whole loader pipeline (loader.Pipeline.Process)
// with loader.ParseStats on and prints Markdown tables. Usage:
//
//	go run ./bench/parsestats [-n 300] [-workers 2] CORPUS.jsonl
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"sync"

	"github.com/claimgraph/claimgraph/bench/internal/benchio"
	"github.com/claimgraph/claimgraph/data"
	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/loader"
)

func main() {
	workers := flag.Int("workers", runtime.GOMAXPROCS(0), "extraction workers")
	limit := flag.Int("n", 0, "read at most n articles (0: all)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: parsestats [-n N] [-workers N] CORPUS.jsonl")
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *limit, *workers); err != nil {
		fmt.Fprintln(os.Stderr, "parsestats:", err)
		os.Exit(1)
	}
}

func run(path string, limit, workers int) error {
	all, err := benchio.ReadCorpus(path, limit)
	if err != nil {
		return err
	}
	p, err := loader.NewPipeline(data.FS)
	if err != nil {
		return err
	}
	var stats loader.ParseStats
	p.CountParses(&stats)
	docs := make(chan input.Document)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range docs {
				if _, err := p.Process(context.Background(), d); err != nil {
					fmt.Fprintln(os.Stderr, "parsestats:", err)
				}
			}
		}()
	}
	for _, d := range all {
		docs <- d
	}
	close(docs)
	wg.Wait()
	stats.Write(os.Stdout)
	return nil
}
