package loader

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// corpusGraphs extracts every real input once (the shared corpus and the evaluation articles),
// for the tests below that check properties every graph must have. Skips when none is present.
var (
	corpusGraphsOnce sync.Once
	corpusGraphsVal  []*graph.ArticleGraph
	corpusGraphsErr  []string
)

func corpusGraphs(t *testing.T) []*graph.ArticleGraph {
	t.Helper()
	var have []string
	for _, p := range []string{corpusDir, "../../shared/eval/articles"} {
		if _, err := os.Stat(p); err == nil {
			have = append(have, p)
		}
	}
	if len(have) == 0 {
		t.Skip("no shared corpus")
	}
	p := testPipeline(t)
	corpusGraphsOnce.Do(func() {
		err := input.Read(context.Background(), have, nil, func(d input.Document, err error) error {
			if err != nil {
				corpusGraphsErr = append(corpusGraphsErr, err.Error())
				return nil
			}
			g, err := p.Process(context.Background(), d)
			if err != nil {
				corpusGraphsErr = append(corpusGraphsErr, filepath.Base(d.Source)+": "+err.Error())
				return nil
			}
			if g.Article.Source == "" {
				g.Article.Source = d.Source
			}
			corpusGraphsVal = append(corpusGraphsVal, g)
			return nil
		})
		if err != nil {
			corpusGraphsErr = append(corpusGraphsErr, err.Error())
		}
	})
	for _, e := range corpusGraphsErr {
		t.Error(e)
	}
	return corpusGraphsVal
}

// TestCorpusNoOrphanNodes: every node an article's graph carries is supported by a fact of that
// article — a relation it is an endpoint of, or a mention of it. A node with neither (a claim
// built for a relation that was then dropped) would show up in search and exports with nothing
// to explain it, and a JSONL backup could not restore it.
func TestCorpusNoOrphanNodes(t *testing.T) {
	for _, g := range corpusGraphs(t) {
		supported := map[string]bool{}
		for _, r := range g.Relations {
			supported[r.Source], supported[r.Target] = true, true
		}
		for _, m := range g.Mentions {
			supported[m.NodeID] = true
		}
		for _, n := range g.Nodes {
			if !supported[n.ID] {
				t.Errorf("%s: %s node %s %q has no relation and no mention", filepath.Base(g.Article.Source), n.Kind, n.ID, n.Label())
			}
		}
	}
}

// TestCorpusCueOffsets: an evidence's cue offsets (Unicode code points into the cleaned text)
// cover exactly its cue — Text[CueStart:CueEnd] == Cue — and lie inside its sentence; a cue
// always has offsets, and offsets always a cue (graph.Evidence). Two cues of MEMBER_OF pointed
// elsewhere: the role's normalized text was measured from its title word.
func TestCorpusCueOffsets(t *testing.T) {
	n := 0
	for _, g := range corpusGraphs(t) {
		runes := []rune(g.Article.Text)
		for _, r := range g.Relations {
			for _, e := range r.Evidence {
				if e.CueEnd == 0 {
					if e.Cue != "" {
						t.Errorf("%s: %s (%s) cue %q without offsets", filepath.Base(g.Article.Source), r.ID, e.Rule, e.Cue)
					}
					continue
				}
				n++
				if e.CueStart < e.Start || e.CueEnd > e.End || e.CueStart >= e.CueEnd || e.CueEnd > len(runes) {
					t.Errorf("%s: %s (%s) cue %q at %d..%d outside its sentence %d..%d", filepath.Base(g.Article.Source), r.ID, e.Rule, e.Cue, e.CueStart, e.CueEnd, e.Start, e.End)
					continue
				}
				if got := string(runes[e.CueStart:e.CueEnd]); got != e.Cue {
					t.Errorf("%s: %s (%s) cue %q, but %d..%d is %q", filepath.Base(g.Article.Source), r.ID, e.Rule, e.Cue, e.CueStart, e.CueEnd, got)
				}
			}
		}
	}
	if n == 0 {
		t.Error("no evidence with cue offsets")
	}
}
