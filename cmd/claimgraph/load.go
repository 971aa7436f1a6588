package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/claimgraph/claimgraph/data"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/loader"
)

func newLoadCmd(g *globals) *cobra.Command {
	var workers int
	var noProgress bool
	cmd := &cobra.Command{
		Use:   "load PATH...",
		Short: "Load articles (.txt, .html, .json, .jsonl, folders, - for stdin) into the store",
		Long: `Load reads each PATH — a .txt, .html, .json (one object with url, title, published,
authors, text or html) or .jsonl file, a folder (recursively), or - for standard input — extracts
its actors, relations and claims, and merges them into the store. Loading an article that is
already stored changes nothing; one with a stored URL and new text replaces the old facts.
A bad article is reported with its file (and line) and skipped; the exit status is 1 if any failed.`,
		Args: argsUsage(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := openStore(g, false)
			if err != nil {
				return err
			}
			defer s.Close()
			p, err := loader.NewPipeline(data.FS)
			if err != nil {
				return err
			}
			sum, err := loadPaths(cmd.Context(), g, s, p, args, workers, !noProgress)
			if err != nil {
				return err
			}
			fmt.Fprintln(g.stdout, sum.String())
			if sum.Failed > 0 {
				return fmt.Errorf("%d of %d articles failed (see the messages above)", sum.Failed, sum.Articles+sum.Failed)
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&workers, "workers", runtime.GOMAXPROCS(0), "extraction workers")
	cmd.Flags().BoolVar(&noProgress, "no-progress", false, "no progress bar, even on a terminal")
	return cmd
}

// loadSummary is what a load did.
type loadSummary struct {
	Articles  int // articles read and stored (new, replaced or unchanged)
	Unchanged int // already stored with identical content
	Replaced  int // same URL, new text
	Failed    int
	Nodes     int // in the store after the load
	Relations int
	Seconds   float64
}

func (s loadSummary) String() string {
	return fmt.Sprintf("loaded %d articles (%d unchanged, %d replaced, %d failed); store has %d nodes, %d relations; %.2f s",
		s.Articles, s.Unchanged, s.Replaced, s.Failed, s.Nodes, s.Relations, s.Seconds)
}

// job is one document in input order; seq orders the writer so that entity resolution across
// articles, and so every ID, does not depend on which worker finished first.
type job struct {
	seq int
	doc loader.Document
	err error // a read error for this document
	g   *graph.ArticleGraph
}

// loadPaths streams documents from paths through a pool of extraction workers into one writer that
// commits each article in its own transaction, in input order. Memory stays bounded: at most
// 4×workers documents are in flight.
func loadPaths(ctx context.Context, g *globals, s *graph.Store, p *loader.Pipeline, paths []string, workers int, progress bool) (loadSummary, error) {
	if workers < 1 {
		workers = 1
	}
	start := time.Now()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	in := make(chan job, workers*2)
	out := make(chan job, workers*2)
	var readErr error
	go func() {
		defer close(in)
		seq := 0
		readErr = loader.Read(ctx, paths, g.stdin, func(d loader.Document, err error) error {
			select {
			case in <- job{seq: seq, doc: d, err: err}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				if j.err == nil {
					j.g, j.err = p.Process(ctx, j.doc)
				}
				select {
				case out <- j:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()

	bar := newProgress(g.stderr, progress)
	var sum loadSummary
	pending := map[int]job{}
	next := 0
	var writeErr error
	for j := range out {
		pending[j.seq] = j
		for {
			j, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if writeErr != nil {
				continue
			}
			if j.err != nil {
				sum.Failed++
				bar.clear()
				fmt.Fprintf(g.stderr, "error: %v\n", j.err)
			} else {
				res, err := s.MergeArticle(ctx, j.g)
				if err != nil {
					// A store error is not the article's fault: stop, keeping what is committed.
					writeErr = fmt.Errorf("%s: storing article: %w", j.doc.Source, err)
					cancel()
					continue
				}
				sum.Articles++
				if res.Skipped {
					sum.Unchanged++
				}
				if res.Replaced {
					sum.Replaced++
				}
			}
			bar.add(sum.Articles, sum.Failed)
		}
	}
	bar.finish()
	if writeErr != nil {
		return sum, writeErr
	}
	if readErr != nil && ctx.Err() == nil {
		return sum, readErr
	}
	if err := ctx.Err(); err != nil {
		return sum, fmt.Errorf("load interrupted after %d articles: %w", sum.Articles, err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		return sum, err
	}
	sum.Nodes, sum.Relations = st.Nodes, st.Relations
	sum.Seconds = time.Since(start).Seconds()
	return sum, nil
}

// progress shows articles done, rate and errors: a bar on a terminal, a log line every 5 s
// otherwise (so CI logs and pipes stay readable).
type progress struct {
	bar      *progressbar.ProgressBar
	w        io.Writer
	start    time.Time
	lastLog  time.Time
	done     int
	failed   int
	logLines bool
}

func newProgress(w io.Writer, enabled bool) *progress {
	p := &progress{w: w, start: time.Now(), lastLog: time.Now()}
	if !enabled {
		return p
	}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.bar = progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("loading"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("articles"),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	} else {
		p.logLines = true
	}
	return p
}

func (p *progress) add(done, failed int) {
	p.done, p.failed = done, failed
	if p.bar != nil {
		p.bar.Describe(fmt.Sprintf("loading (%d errors)", failed))
		_ = p.bar.Set(done + failed)
		return
	}
	if p.logLines && time.Since(p.lastLog) >= 5*time.Second {
		p.lastLog = time.Now()
		el := time.Since(p.start).Seconds()
		fmt.Fprintf(p.w, "progress: %d articles, %.1f articles/s, %d errors\n", done, float64(done)/el, failed)
	}
}

// clear removes the bar line so an error message prints on a clean line.
func (p *progress) clear() {
	if p.bar != nil {
		_ = p.bar.Clear()
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
