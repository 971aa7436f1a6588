package loader

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/coref"
	"github.com/claimgraph/claimgraph/data"
	"github.com/claimgraph/claimgraph/input"
	"github.com/jdkato/prose/v2"
)

// benchTexts are the sample article and the dev articles, cleaned once.
func benchTexts(b *testing.B) ([]*input.Cleaned, int) {
	b.Helper()
	var texts []string
	s, err := data.FS.ReadFile(data.SamplePath)
	if err != nil {
		b.Fatal(err)
	}
	texts = append(texts, string(s))
	arts, _ := filepath.Glob("testdata/extract/dev/articles/*.json")
	for _, p := range arts {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		var a struct{ Text string }
		if err := json.Unmarshal(raw, &a); err != nil {
			b.Fatal(err)
		}
		texts = append(texts, a.Text)
	}
	var cs []*input.Cleaned
	words := 0
	for i, t := range texts {
		c, err := exCleaner(b).Clean(input.Document{Source: "bench" + string(rune('0'+i)), Text: t})
		if err != nil {
			b.Fatal(err)
		}
		cs = append(cs, c)
		words += len(strings.Fields(c.Article.Text))
	}
	return cs, words
}

// BenchmarkExtract measures the whole extraction (actors, coreference, claims, relations) on the
// sample and dev articles; words/s counts white-space separated words of the cleaned text.
func BenchmarkExtract(b *testing.B) {
	cs, words := benchTexts(b)
	benchExtract(b, testExtractor(b), cs, words)
}

// benchExtract runs x over the texts cs b.N times and reports allocations and words/s (words:
// the texts' white-space separated words).
func benchExtract(b *testing.B, x *Extractor, cs []*input.Cleaned, words int) {
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, c := range cs {
			if _, err := x.Extract(c); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkActors measures the actor layer alone (tokens, names, groups, appositives, coreference).
func BenchmarkActors(b *testing.B) {
	cs, words := benchTexts(b)
	x := testExtractor(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, c := range cs {
			d := segmentedDoc(b, x, c)
			actors.Find(d.Doc)
			coref.ResolveEntities(d.Doc)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkProseNER is the reference: prose v2's tokenizer, tagger and NER on the same cleaned
// texts. The model is built once, outside the loop (NewDocument would otherwise decode it on every
// call), and passed to each document with UsingModel.
func BenchmarkProseNER(b *testing.B) {
	cs, words := benchTexts(b)
	warm, err := prose.NewDocument("warm up", prose.WithSegmentation(false))
	if err != nil {
		b.Fatal(err)
	}
	model := warm.Model
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, c := range cs {
			doc, err := prose.NewDocument(c.Article.Text, prose.WithSegmentation(false), prose.UsingModel(model))
			if err != nil {
				b.Fatal(err)
			}
			_ = doc.Entities()
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkNewExtractor measures loading every lexicon (done once per process).
func BenchmarkNewExtractor(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := NewExtractor(data.FS); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtractLong runs the sample article forty times over as one article: its words/s
// should match BenchmarkExtract's, showing that coreference and quotation lookups stay linear in
// the article's length.
func BenchmarkExtractLong(b *testing.B) {
	s, err := data.FS.ReadFile(data.SamplePath)
	if err != nil {
		b.Fatal(err)
	}
	c, err := exCleaner(b).Clean(input.Document{Source: "long", Text: strings.Repeat(string(s)+"\n\n", 40)})
	if err != nil {
		b.Fatal(err)
	}
	words := len(strings.Fields(c.Article.Text))
	x := testExtractor(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := x.Extract(c); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
