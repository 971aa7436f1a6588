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
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime"
	"sync"

	"github.com/claimgraph/claimgraph/data"
	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/loader"
)

type record struct {
	URL       string   `json:"url"`
	Title     string   `json:"title"`
	Published string   `json:"published"`
	Authors   []string `json:"authors"`
	Outlet    string   `json:"outlet"`
	Text      string   `json:"text"`
}

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
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
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
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for line := 1; sc.Scan() && (limit <= 0 || n < limit); line++ {
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			close(docs)
			wg.Wait()
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
		docs <- input.Document{Source: fmt.Sprintf("%s:%d", path, line), URL: r.URL, Title: r.Title,
			Published: r.Published, Authors: r.Authors, Outlet: r.Outlet, Text: r.Text}
		n++
	}
	close(docs)
	wg.Wait()
	if err := sc.Err(); err != nil {
		return err
	}
	stats.Write(os.Stdout)
	return nil
}
