package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadSummaryAddsUp: the load summary says what was read and what became of each document,
// with English plurals, and its parts add up to the number read (a new user read "loaded 1
// articles (1 unchanged)" as one article loaded when nothing was).
func TestLoadSummaryAddsUp(t *testing.T) {
	for _, c := range []struct {
		sum  loadSummary
		want string
	}{
		{loadSummary{Articles: 1, Unchanged: 1, Nodes: 1, Relations: 1},
			"read 1 article: 0 new, 1 unchanged, 0 replaced, 0 failed; store has 1 node, 1 relation; 0.00 s"},
		{loadSummary{Articles: 27, Duplicates: 7, Nodes: 40, Relations: 0},
			"read 27 articles: 20 new, 0 unchanged, 0 replaced, 7 duplicates of another input, 0 failed; store has 40 nodes, 0 relations; 0.00 s"},
		{loadSummary{Articles: 3, Duplicates: 1, Replaced: 1, Failed: 2},
			"read 5 articles: 1 new, 0 unchanged, 1 replaced, 1 duplicate of another input, 2 failed; store has 0 nodes, 0 relations; 0.00 s"},
		{loadSummary{Failed: 1},
			"read 1 article: 0 new, 0 unchanged, 0 replaced, 1 failed; store has 0 nodes, 0 relations; 0.00 s"},
	} {
		if got := c.sum.String(); got != c.want {
			t.Errorf("%+v:\n got %q\nwant %q", c.sum, got, c.want)
		}
		s := c.sum
		if s.New()+s.Unchanged+s.Replaced+s.Duplicates+s.Failed != s.Read() {
			t.Errorf("%+v: parts do not add up to %d read", s, s.Read())
		}
	}
}

// TestLoadTwiceSaysUnchanged: loading a stored file again reads it and adds nothing.
func TestLoadTwiceSaysUnchanged(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	a := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(a, []byte("Brazil demanded an end to the export quotas, the minister said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := runCLI(t, "", "load", "--db", db, "--no-progress", a); code != exitOK || !strings.HasPrefix(out, "read 1 article: 1 new, 0 unchanged, 0 replaced, 0 failed; store has ") {
		t.Fatalf("first load: exit %d: %s%s", code, out, errs)
	}
	if code, out, errs := runCLI(t, "", "load", "--db", db, "--no-progress", a); code != exitOK || !strings.HasPrefix(out, "read 1 article: 0 new, 1 unchanged, 0 replaced, 0 failed; store has ") {
		t.Fatalf("second load: exit %d: %s%s", code, out, errs)
	}
}
