package export_test

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/export"
	"github.com/claimgraph/claimgraph/graph"
)

// benchStore builds a synthetic store of n articles over 200 actors and 100 policies: each
// article states three relations (an actor opposes a policy, another supports it, one threatens
// another actor), dated over three years. The shape, not the numbers, matters: hub policies many
// actors relate to, relations restated across articles.
func benchStore(b *testing.B, n int) *graph.Store {
	b.Helper()
	s, err := graph.Open(graph.DefaultOptions(filepath.Join(b.TempDir(), "db")))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	actor := func(i int) graph.Node {
		name := fmt.Sprintf("Actor %03d", i%200)
		return graph.Node{ID: graph.ActorID(name), Kind: graph.Country, Name: name}
	}
	policy := func(i int) graph.Node {
		name := fmt.Sprintf("policy %03d", i%100)
		return graph.Node{ID: graph.PolicyID(name), Kind: graph.Policy, Name: name}
	}
	for i := 0; i < n; i++ {
		text := fmt.Sprintf("Article %d\n\nA opposed P. B supported P. A threatened C.", i)
		id := graph.ArticleID(fmt.Sprintf("https://example.com/%d", i), "")
		a, bb, c, p := actor(i*7), actor(i*13+1), actor(i*3+2), policy(i*11)
		ev := func(k int, cue string) graph.Evidence {
			return graph.Evidence{ArticleID: id, Sentence: k, Start: 0, End: 10, Text: text[:10], Cue: cue, Rule: "bench", Score: 0.8}
		}
		g := &graph.ArticleGraph{
			Article: graph.Article{ID: id, URL: fmt.Sprintf("https://example.com/%d", i), Title: fmt.Sprintf("Article %d", i),
				PublishedAt: fmt.Sprintf("%d-%02d-%02d", 2019+i%3, 1+i%12, 1+i%28), Text: text},
			Nodes: []graph.Node{a, bb, c, p},
			Relations: []graph.Relation{
				{ID: graph.RelationID(graph.Opposes, a.ID, p.ID, false), Type: graph.Opposes, Source: a.ID, Target: p.ID, Evidence: []graph.Evidence{ev(1, "opposed")}},
				{ID: graph.RelationID(graph.Supports, bb.ID, p.ID, false), Type: graph.Supports, Source: bb.ID, Target: p.ID, Evidence: []graph.Evidence{ev(2, "supported")}},
				{ID: graph.RelationID(graph.Threatens, a.ID, c.ID, false), Type: graph.Threatens, Source: a.ID, Target: c.ID, Evidence: []graph.Evidence{ev(3, "threatened")}},
			},
		}
		if _, err := s.RestoreArticle(context.Background(), g); err != nil {
			b.Fatal(err)
		}
	}
	return s
}

// countingWriter counts the bytes written.
type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) { w.n += int64(len(p)); return len(p), nil }

var _ io.Writer = (*countingWriter)(nil)

// watchHeap samples the heap every millisecond from a GC'd baseline, with the collector run at
// GOGC=2 so that the heap follows the live data instead of growing to twice it between cycles; the
// function it returns stops sampling, restores GOGC and gives the largest growth seen, in bytes:
// about what an export holds at once, which B/op (everything allocated) does not show. The
// frequent collections make it slow: it watches one untimed run.
func watchHeap() func() uint64 {
	old := debug.SetGCPercent(2)
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	base := sample[0].Value.Uint64()
	var peak atomic.Uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > base && v-base > peak.Load() {
				peak.Store(v - base)
			}
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(stop)
		<-done
		debug.SetGCPercent(old)
		return peak.Load()
	}
}

// BenchmarkExport times Select plus one format's writer over a 2,000-article store
// ($BENCH_EXPORT_ARTICLES to change it), whole and filtered; MB/s is output bytes, B/op everything allocated, and peak-heap-MB the most live heap
// above the starting point (what an export holds at once).
//
//	go test -run '^$' -bench Export -benchmem ./export/
func BenchmarkExport(b *testing.B) {
	n := 2000
	if v, err := strconv.Atoi(os.Getenv("BENCH_EXPORT_ARTICLES")); err == nil && v > 0 {
		n = v
	}
	s := benchStore(b, n)
	filters := []struct {
		name string
		f    export.Filter
	}{
		{"all", export.Filter{}},
		{"2020", export.Filter{From: "2020-01-01", To: "2020-12-31"}},
		{"actors-only", export.Filter{ActorsOnly: true}},
	}
	for _, f := range filters {
		for _, format := range export.Formats {
			if format == export.JSONL && f.f.ActorsOnly {
				continue
			}
			b.Run(f.name+"/"+string(format), func(b *testing.B) {
				var w countingWriter
				// One untimed run measures the heap an export holds; the timed loop runs at the
				// normal GOGC.
				peak := watchHeap()
				if err := export.Write(context.Background(), s, format, f.f, &w); err != nil {
					b.Fatal(err)
				}
				held := peak()
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					w.n = 0
					if err := export.Write(context.Background(), s, format, f.f, &w); err != nil {
						b.Fatal(err)
					}
				}
				b.SetBytes(w.n)
				b.ReportMetric(float64(held)/(1<<20), "peak-heap-MB")
			})
		}
	}
}
