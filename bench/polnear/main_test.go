package main

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestNameHeads(t *testing.T) {
	for src, want := range map[string][]string{
		"Donald Trump":                     {"trump"},
		"Trump's spokeswoman, Hope Hicks,": {"hicks"},
		"Irwin Redlener, a pediatrician and director of the National Center": {"redlener", "center"},
		"Sen. Ted Cruz (R-Texas)":              {"cruz"},
		"Huffman, who does not support Murphy": {"huffman"},
		"Secretary of State John Kerry":        {"secretary", "kerry"},
		"he":                                   nil,
		"the Clinton campaign":                 nil,
		"the Republican front-runner":          nil,
	} {
		if got := nameHeads(src); !reflect.DeepEqual(got, want) {
			t.Errorf("nameHeads(%q) = %q, want %q", src, got, want)
		}
	}
}

func TestReadAnnAndFind(t *testing.T) {
	raw := "Title line.\n\n\u201cWe will win,\u201d said Ana  Ruiz, the mayor."
	text := []rune(raw)
	at := func(s string) span { // code points of s in text
		i := strings.Index(raw, s)
		a := len([]rune(raw[:i]))
		return span{a, a + len([]rune(s))}
	}
	src, cue, content := at("Ana  Ruiz"), at("said"), at("We will win,")
	dir := t.TempDir()
	p := filepath.Join(dir, "a_x.ann")
	ann := fmt.Sprintf("T1\tSource %d %d\tAna  Ruiz\nT2\tCue %d %d\tsaid\nT3\tContent %d %d\tWe will win,\n", src.s, src.e, cue.s, cue.e, content.s, content.e) +
		"E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\nT9\tSource 9 5\tbad\n"
	if err := os.WriteFile(p, []byte(ann), 0o644); err != nil {
		t.Fatal(err)
	}
	atts, err := readAnn(p, text)
	if err != nil {
		t.Fatal(err)
	}
	if len(atts) != 1 || atts[0].sourceText != "Ana  Ruiz" || atts[0].cue != cue {
		t.Fatalf("readAnn = %+v", atts)
	}
	norm, idx := normalized(text)
	if got := find(norm, idx, "said Ana Ruiz", 0); got != (span{cue.s, src.e}) {
		t.Errorf("find across doubled white space = %+v, want {%d %d}", got, cue.s, src.e)
	}
	c := []claim{{speaker: []string{"ruiz"}, content: content}}
	if bestClaim(atts[0], c) == nil {
		t.Error("a claim over the gold content is not matched")
	}
}
