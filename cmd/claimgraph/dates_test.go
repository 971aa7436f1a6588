package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type articleMeta struct {
	ID              string `json:"id"`
	Title           string `json:"title"`
	URL             string `json:"url"`
	PublishedAt     string `json:"publishedAt"`
	PublishedSource string `json:"publishedSource"`
	Outlet          string `json:"outlet"`
	Source          string `json:"source"`
}

func articlesOf(t *testing.T, db string) []articleMeta {
	t.Helper()
	var d struct {
		Articles struct {
			Nodes []articleMeta `json:"nodes"`
		} `json:"articles"`
	}
	gql(t, db, `{ articles(first: 1000) { nodes { id title url publishedAt publishedSource outlet source } } }`, &d)
	return d.Articles.Nodes
}

// TestLoadCorpusFindsDates loads the shared corpus and the dev articles: nearly every article gets
// a publication date, from its JSON field, its page, a date line, its title or its file name, and
// says which.
func TestLoadCorpusFindsDates(t *testing.T) {
	paths := sharedCorpus(t)
	db := filepath.Join(t.TempDir(), "db")
	mustLoad(t, db, paths...)
	arts := articlesOf(t, db)
	dated := 0
	sources := map[string]int{}
	for _, a := range arts {
		if a.PublishedAt == "" {
			t.Logf("no date: %s", a.Source)
			continue
		}
		dated++
		sources[a.PublishedSource]++
		if a.PublishedSource == "" {
			t.Errorf("%s: date %s without a source", a.Source, a.PublishedAt)
		}
	}
	t.Logf("%d of %d articles dated; by source %v", dated, len(arts), sources)
	if len(arts) < 20 || dated*100 < len(arts)*95 {
		t.Errorf("%d of %d articles dated, want at least 95%%", dated, len(arts))
	}
	for _, src := range []string{"json", "title", "filename", "dateline"} {
		if sources[src] == 0 {
			t.Errorf("no article dated from its %s; sources %v", src, sources)
		}
	}
}

// TestLoadMetadataFlags: --published, --outlet and --url fill what a plain file lacks, and never
// overwrite what a record gives.
func TestLoadMetadataFlags(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	plain := filepath.Join(dir, "talks.txt")
	os.WriteFile(plain, []byte(talksText), 0o644)
	mustLoad(t, db, "--published", "May 10, 2019", "--outlet", "Example Times", "--url", "https://a.example/talks", plain)
	arts := articlesOf(t, db)
	if len(arts) != 1 {
		t.Fatalf("%d articles", len(arts))
	}
	a := arts[0]
	if a.PublishedAt != "2019-05-10" || a.PublishedSource != "flag" || a.Outlet != "Example Times" || a.URL != "https://a.example/talks" {
		t.Errorf("article %+v", a)
	}

	rec := filepath.Join(dir, "rec.json")
	os.WriteFile(rec, []byte(record("https://b.example/x", "Talks", "2020-01-02", "Own Outlet", talksText)), 0o644)
	mustLoad(t, db, "--published", "2011-01-01", "--outlet", "Flag Outlet", rec)
	for _, a := range articlesOf(t, db) {
		if a.URL == "https://b.example/x" && (a.PublishedAt != "2020-01-02" || a.PublishedSource != "json" || a.Outlet != "Own Outlet") {
			t.Errorf("flags overwrote the record: %+v", a)
		}
	}

	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--published", "someday", plain}, "is not a date"},
		{[]string{"--url", "https://x.example", plain, rec}, "--url names one article"},
		{[]string{"--url", "https://x.example", dir}, "is a folder"},
	} {
		code, _, errs := runCmd(t, append([]string{"load", "--db", db, "--no-progress"}, tc.args...)...)
		if code != exitUsage || !strings.Contains(errs, tc.want) {
			t.Errorf("load %q: exit %d, stderr %q; want exit 2 and %q", tc.args, code, errs, tc.want)
		}
	}
	lines := filepath.Join(dir, "two.jsonl")
	os.WriteFile(lines, []byte(record("", "One", "", "", talksText)+record("", "Two", "", "", "China's Commerce Ministry rejected the demands.")), 0o644)
	code, _, errs := runCmd(t, "load", "--db", db, "--no-progress", "--url", "https://y.example", lines)
	if code != exitRuntime || !strings.Contains(errs, "holds more than one") {
		t.Errorf("--url on two records: exit %d, stderr %q", code, errs)
	}
}
