package loader

import (
	"reflect"
	"sync"
	"testing"

	"github.com/claimgraph/claimgraph/data"
	"github.com/claimgraph/claimgraph/input"
)

// TestExtractConcurrent: one Extractor serves many goroutines and gives each the same graph (run
// with -race to check that Extract shares no mutable state).
func TestExtractConcurrent(t *testing.T) {
	b, err := data.FS.ReadFile(data.SamplePath)
	if err != nil {
		t.Fatal(err)
	}
	c, err := exCleaner(t).Clean(input.Document{Source: "sample", Text: string(b)})
	if err != nil {
		t.Fatal(err)
	}
	x := testExtractor(t)
	want, err := x.Extract(c)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			g, err := x.Extract(c)
			if err != nil {
				errs <- err.Error()
				return
			}
			if !reflect.DeepEqual(g, want) {
				errs <- "a concurrent Extract gave a different graph"
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestExtractRejectsBadInput: offsets outside the text are an *ExtractError, not a panic.
func TestExtractRejectsBadInput(t *testing.T) {
	x := testExtractor(t)
	if _, err := x.Extract(nil); err == nil {
		t.Error("nil input accepted")
	}
	c := &input.Cleaned{Sentences: []input.Sentence{{Start: 0, End: 50, Text: "x"}}}
	c.Article.Text = "short"
	_, err := x.Extract(c)
	if _, ok := err.(*ExtractError); !ok {
		t.Errorf("got %v, want *ExtractError", err)
	}
	c = &input.Cleaned{Sentences: []input.Sentence{{Start: 0, End: 5, Text: "other"}}}
	c.Article.Text = "short"
	if _, err := x.Extract(c); err == nil {
		t.Error("sentence text that differs from the article accepted")
	}
	empty := &input.Cleaned{}
	if g, err := x.Extract(empty); err != nil || len(g.Nodes) != 0 {
		t.Errorf("empty article: %v %v", g, err)
	}
}
