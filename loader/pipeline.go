package loader

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"time"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// DefaultArticleTimeout bounds the time spent cleaning and extracting one article. A
// 10,000-word article takes milliseconds; the limit only exists so that one pathological input
// cannot stall a corpus load.
const DefaultArticleTimeout = 30 * time.Second

// ErrArticleTimeout is returned by Process when an article takes longer than the pipeline's limit.
var ErrArticleTimeout = errors.New("loader: article took too long to process")

// MaxArticleBytes bounds the cleaned text of one article: 1 MiB, about 170,000 words, where the
// longest news features run to 20,000. Extraction takes time superlinear in an article's length
// (about 4 s for 1 MiB on a 2-core machine, 0.2 s for 100 KiB), so a longer text is refused with
// ErrArticleTooLarge rather than left to run into the time limit. Plain text over four times the
// bound is refused before cleaning (0.4 s a MiB), which drops page-furniture lines, not prose.
const MaxArticleBytes = 1 << 20

// ErrArticleTooLarge is returned by Process for an article over MaxArticleBytes.
var ErrArticleTooLarge = errors.New("article too long")

// Pipeline composes the loader's stages: Clean (page furniture, sentences) then Extract (actors,
// relations, claims). Build it once per process with NewPipeline; it is safe for concurrent use.
type Pipeline struct {
	cleaner *input.Cleaner
	ex      *Extractor
	timeout time.Duration
	err     error // an option's failure (WithLearnedStances: the model would not load)
}

// PipelineOption configures NewPipeline.
type PipelineOption func(*Pipeline)

// WithArticleTimeout sets the per-article time limit (DefaultArticleTimeout when unset; <= 0
// disables it).
func WithArticleTimeout(d time.Duration) PipelineOption {
	return func(p *Pipeline) { p.timeout = d }
}

// NewPipeline loads the sentence model and the lexicons in fsys (data.FS in production) once.
// It returns an error naming the lexicon that could not be parsed.
func NewPipeline(fsys fs.FS, opts ...PipelineOption) (*Pipeline, error) {
	c, err := input.NewCleaner()
	if err != nil {
		return nil, err
	}
	ex, err := NewExtractor(fsys)
	if err != nil {
		return nil, err
	}
	p := &Pipeline{cleaner: c, ex: ex, timeout: DefaultArticleTimeout}
	for _, o := range opts {
		o(p)
	}
	if p.err != nil {
		return nil, p.err
	}
	return p, nil
}

// Process cleans and extracts one document. Errors name doc.Source. When the per-article limit
// passes or ctx is done, Process returns at once (ErrArticleTimeout wrapped, or ctx's error); the
// abandoned extraction stops at its next sentence (Extractor.ExtractContext), while cleaning,
// which has no stopping points, finishes first. Its result is dropped.
func (p *Pipeline) Process(ctx context.Context, doc input.Document) (*graph.ArticleGraph, error) {
	if p.timeout <= 0 {
		return p.process(ctx, doc)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // stops the abandoned extraction when Process returns early
	type result struct {
		g   *graph.ArticleGraph
		err error
	}
	ch := make(chan result, 1)
	go func() {
		defer func() {
			// An extraction bug must cost one article, not the whole load.
			if r := recover(); r != nil {
				ch <- result{nil, fmt.Errorf("%s: internal error in extraction: %v", doc.Source, r)}
			}
		}()
		g, err := p.process(ctx, doc)
		ch <- result{g, err}
	}()
	t := time.NewTimer(p.timeout)
	defer t.Stop()
	select {
	case r := <-ch:
		return r.g, r.err
	case <-t.C:
		return nil, fmt.Errorf("%s: %w (limit %s)", doc.Source, ErrArticleTimeout, p.timeout)
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func (p *Pipeline) process(ctx context.Context, doc input.Document) (*graph.ArticleGraph, error) {
	if n := len(doc.Text); n > 4*MaxArticleBytes {
		return nil, fmt.Errorf("%s: %w: %s of text; at most %s is cleaned and %s extracted per article",
			doc.Source, ErrArticleTooLarge, mib(n), mib(4*MaxArticleBytes), mib(MaxArticleBytes))
	}
	c, err := p.cleaner.Clean(doc)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", doc.Source, err)
	}
	if n := len(c.Article.Text); n > MaxArticleBytes {
		return nil, fmt.Errorf("%s: %w: %s of text after cleaning; at most %s is extracted per article",
			doc.Source, ErrArticleTooLarge, mib(n), mib(MaxArticleBytes))
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	g, err := p.ex.ExtractContext(ctx, c)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", doc.Source, err)
	}
	return g, nil
}

// mib formats a byte count in MiB for messages.
func mib(n int) string { return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20)) }

// CountParses makes the pipeline's extractor count its parses into s (Extractor.CountParses;
// bench/parsestats). Not safe to call while the pipeline processes.
func (p *Pipeline) CountParses(s *ParseStats) { p.ex.CountParses(s) }
