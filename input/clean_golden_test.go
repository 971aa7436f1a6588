package input

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// golden is the reviewed output of cleaning one fixture.
type golden struct {
	Title     string   `json:"title,omitempty"`
	Authors   []string `json:"authors,omitempty"`
	Published string   `json:"published,omitempty"`
	Text      string   `json:"text"`
	Sentences []string `json:"sentences"`
}

// TestCleanGolden cleans every fixture in testdata/clean and compares title, authors, date, text
// and sentences with NAME.golden (-update rewrites them).
func TestCleanGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "clean", "*"))
	if err != nil {
		t.Fatal(err)
	}
	c := testCleaner(t)
	n := 0
	for _, f := range files {
		if kindOfExt(f) == kindUnknown {
			continue
		}
		n++
		name := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		t.Run(name, func(t *testing.T) {
			var cl *Cleaned
			err := Read(context.Background(), []string{f}, nil, func(d Document, err error) error {
				if err != nil {
					return err
				}
				cl, err = c.Clean(d)
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			checkCleanedShape(t, cl)
			g := golden{Title: cl.Article.Title, Authors: cl.Article.Authors, Published: cl.Article.PublishedAt, Text: cl.Article.Text}
			for _, s := range cl.Sentences {
				g.Sentences = append(g.Sentences, s.Text)
			}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(g); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "clean", name+".golden")
			if *update {
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("output differs from %s; run with -update and review the diff.\ngot:\n%s", path, buf.String())
			}
		})
	}
	if n == 0 {
		t.Fatal("no fixtures")
	}
}
