package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSameLoadRicherWins: two inputs of one load with the same text are one article, and the store
// holds the one with the richer metadata (a URL, else a publication date) whichever file comes
// first in load order (sameLoadRule): the same stored article, the summary "1 new, 1 duplicate" in
// both orders, and a second load of the same files changes nothing (0 new, 1 unchanged,
// 1 duplicate). Under another ID (a URL from a JSON file against none) the richer one replaces
// the poorer within the load (MergeResult.Upgraded); under the same ID (no URL, a date from the
// file name against none) a poorer one after the richer is not merged (sameLoadDuplicate), and a
// richer one after the poorer replaces it.
func TestSameLoadRicherWins(t *testing.T) {
	const text = "Chile rejected the copper export levy, the minister Rosa Vidal said on Tuesday."
	json := record("https://mining.example/levy", "Chile rejects copper levy", "2020-06-02", "", text)
	for _, c := range []struct {
		name          string
		files         map[string]string
		wantURL, date string
	}{
		{"URL first", map[string]string{"a.jsonl": json, "b.txt": text + "\n"}, "https://mining.example/levy", "2020-06-02"},
		{"URL last", map[string]string{"a.txt": text + "\n", "b.jsonl": json}, "https://mining.example/levy", "2020-06-02"},
		{"date first", map[string]string{"a-2020-06-02.txt": text + "\n", "b.txt": text + "\n"}, "", "2020-06-02"},
		{"date last", map[string]string{"a.txt": text + "\n", "b-2020-06-02.txt": text + "\n"}, "", "2020-06-02"},
	} {
		dir := t.TempDir()
		for name, body := range c.files {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		db := filepath.Join(t.TempDir(), "db")
		if out := mustLoad(t, db, dir); !strings.Contains(out, "read 2 articles: 1 new, 0 unchanged, 0 replaced, 1 duplicate of another input, 0 failed") {
			t.Errorf("%s: first load: %s", c.name, out)
		}
		arts := articlesOf(t, db)
		if len(arts) != 1 || arts[0].URL != c.wantURL || arts[0].PublishedAt != c.date {
			t.Errorf("%s: stored %+v, want one article with URL %q and date %s", c.name, arts, c.wantURL, c.date)
		}
		before := snapshot(t, db)
		if out := mustLoad(t, db, dir); !strings.Contains(out, "read 2 articles: 0 new, 1 unchanged, 0 replaced, 1 duplicate of another input, 0 failed") {
			t.Errorf("%s: second load: %s", c.name, out)
		}
		sameSnapshot(t, c.name+": loaded once", c.name+": loaded twice", before, snapshot(t, db))
	}
}

// TestSameLoadTieKeepsFirst: two inputs of one load with the same text and metadata of the same
// rank (each a date, different ones) keep the first in load order; the second is its duplicate,
// under the same ID too (not a replacement), and a second load changes nothing.
func TestSameLoadTieKeepsFirst(t *testing.T) {
	const text = "Peru opposed the new fishing quota, the minister Luis Prado said."
	dir := t.TempDir()
	for _, name := range []string{"a-2020-01-05.txt", "b-2020-02-07.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "db")
	for i, want := range []string{
		"read 2 articles: 1 new, 0 unchanged, 0 replaced, 1 duplicate of another input",
		"read 2 articles: 0 new, 1 unchanged, 0 replaced, 1 duplicate of another input",
	} {
		if out := mustLoad(t, db, dir); !strings.Contains(out, want) {
			t.Errorf("load %d: %s, want %q", i+1, out, want)
		}
	}
	if arts := articlesOf(t, db); len(arts) != 1 || arts[0].PublishedAt != "2020-01-05" {
		t.Errorf("stored %+v, want the first file's date", arts)
	}
}
