package loader

import (
	"context"
	"io"
	"log/slog"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// mergedStore opens an in-memory store (its log discarded), merges the extraction of each
// document into it in order, as `load` does across articles, and closes it when the test ends.
// It fails the test on any error.
func mergedStore(t *testing.T, docs ...input.Document) *graph.Store {
	t.Helper()
	s, err := graph.Open(graph.DefaultOptions("").WithInMemory(true).WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil))))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	for _, d := range docs {
		if _, err := s.MergeArticle(context.Background(), extractDoc(t, d)); err != nil {
			t.Fatal(err)
		}
	}
	return s
}
