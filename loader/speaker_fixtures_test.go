package loader

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestSpeakerFixtures reads the invented statements and multi-paragraph quotations of
// testdata/speakers (text, HTML and JSON records, in many wordings and layouts: issue 12) with
// Read, as `load` does, and checks the claims expect.tsv lists for each. Every file of the folder
// must have at least one check, so a fixture cannot be added without saying what it must give.
func TestSpeakerFixtures(t *testing.T) {
	dir := filepath.Join("testdata", "speakers")
	b, err := os.ReadFile(filepath.Join(dir, "expect.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{}
	for n, ln := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(ln) == "" || strings.HasPrefix(ln, "#") {
			continue
		}
		file, check, ok := strings.Cut(ln, "\t")
		if !ok {
			t.Fatalf("expect.tsv:%d: want file<TAB>check", n+1)
		}
		want[file] = append(want[file], check)
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, e := range ents {
		if e.Name() != "expect.tsv" {
			files = append(files, e.Name())
		}
	}
	sort.Strings(files)
	for _, f := range files {
		if len(want[f]) == 0 {
			t.Errorf("%s: no checks in expect.tsv", f)
			continue
		}
		t.Run(f, func(t *testing.T) {
			var docs []input.Document
			err := input.Read(context.Background(), []string{filepath.Join(dir, f)}, nil, func(d input.Document, err error) error {
				if err != nil {
					return err
				}
				docs = append(docs, d)
				return nil
			})
			if err != nil || len(docs) != 1 {
				t.Fatalf("read %s: %v (%d documents)", f, err, len(docs))
			}
			checkExpect(t, extractDoc(t, docs[0]), want[f])
		})
		delete(want, f)
	}
	for f := range want {
		t.Errorf("expect.tsv names %s, which is not in %s", f, dir)
	}
}
