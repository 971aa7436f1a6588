package loader

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/data"
	"github.com/claimgraph/claimgraph/input"
)

// TestParseStatsCounts extracts a short article of my own with the parse statistics on: the
// sentence with a stance verb and a named source is tagged, parsed by the cue gate and counted
// with a stance relation; the weather sentence (no cue, no source) is neither tagged nor parsed.
// Counting must not change the graph.
func TestParseStatsCounts(t *testing.T) {
	text := "Chile on Tuesday condemned the Peruvian blockade of the border crossing.\n\n" +
		"It rained all day in the capital.\n"
	c, err := exCleaner(t).Clean(input.Document{Source: "test", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	x, err := NewExtractor(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := x.Extract(c)
	if err != nil {
		t.Fatal(err)
	}
	var s ParseStats
	x.CountParses(&s)
	counted, err := x.Extract(c)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(plain, counted) {
		t.Fatalf("counting changed the graph:\n%+v\n%+v", plain, counted)
	}
	if s.Articles != 1 || s.Sentences != 2 || s.Tagged != 1 || s.Parsed != 1 || s.Gated != 1 {
		t.Fatalf("articles %d sentences %d gated %d tagged %d parsed %d, want 1 2 1 1 1", s.Articles, s.Sentences, s.Gated, s.Tagged, s.Parsed)
	}
	if c := s.By["frames:tagged-cue"]; c == nil || c.Sentences != 1 || c.Stance != 1 || c.Toks == 0 {
		t.Fatalf("frames:tagged-cue row %+v, want one parsed sentence with a stance relation", c)
	}
	var b bytes.Buffer
	s.Write(&b)
	if !strings.Contains(b.String(), "| frames:tagged-cue: relation candidates | 1 |") {
		t.Errorf("tables lack the frames row:\n%s", b.String())
	}
}
