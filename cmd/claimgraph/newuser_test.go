package main

import (
	"fmt"
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
	a := writeTestFile(t, dir, "a.txt", "Brazil demanded an end to the export quotas, the minister said.\n")
	if code, out, errs := runCLI(t, "", "load", "--db", db, "--no-progress", a); code != exitOK || !strings.HasPrefix(out, "read 1 article: 1 new, 0 unchanged, 0 replaced, 0 failed; store has ") {
		t.Fatalf("first load: exit %d: %s%s", code, out, errs)
	}
	if code, out, errs := runCLI(t, "", "load", "--db", db, "--no-progress", a); code != exitOK || !strings.HasPrefix(out, "read 1 article: 0 new, 1 unchanged, 0 replaced, 0 failed; store has ") {
		t.Fatalf("second load: exit %d: %s%s", code, out, errs)
	}
}

// TestLoadNamedFileOfOtherExtensionWarns: a file named on the command line with an extension load
// does not know (.md, .log, none) is still read, by its content, with a warning naming it; the
// same file in a folder is skipped as before, and known extensions get no warning.
func TestLoadNamedFileOfOtherExtensionWarns(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string { return writeTestFile(t, dir, name, text) }
	md := write("notes.md", "Kenya opposed the new fishing quotas, the ministry said on Tuesday.\n")
	feed := write("feed.log", `{"url":"https://example.org/a","text":"Chile offered talks on the copper levy."}`+"\n"+
		`{"url":"https://example.org/b","text":"Peru rejected the offer of talks on the levy."}`+"\n")
	txt := write("plain.txt", "Norway threatened sanctions over the whaling ban.\n")

	db := filepath.Join(dir, "db")
	code, out, errs := runCLI(t, "", "load", "--db", db, "--no-progress", md, feed, txt)
	if code != exitOK || !strings.HasPrefix(out, "read 4 articles: 4 new,") {
		t.Fatalf("load: exit %d: %s%s", code, out, errs)
	}
	for _, want := range []string{
		"warning: " + md + ": read as plain text: not a .txt/.html/.json/.jsonl file\n",
		"warning: " + feed + ":1: read as JSON: not a .txt/.html/.json/.jsonl file\n",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	// One warning a file, not one a JSON line; none for plain.txt.
	if n := strings.Count(errs, "not a .txt/.html/.json/.jsonl file"); n != 2 {
		t.Errorf("%d warnings, want 2:\n%s", n, errs)
	}
	if strings.Contains(errs, "plain.txt") {
		t.Errorf("a .txt file was warned about:\n%s", errs)
	}

	// A folder load skips the .md and .log files silently, as before.
	code, out, errs = runCLI(t, "", "load", "--db", filepath.Join(dir, "db2"), "--no-progress", dir)
	if code != exitOK || !strings.HasPrefix(out, "read 1 article: 1 new,") || strings.Contains(errs, "warning") {
		t.Errorf("folder load: exit %d: %s%s", code, out, errs)
	}
}

// TestExportSaysWhatItWrote: export tells on stderr how many nodes and relations it wrote and
// where, and when filters match no relation it says so, naming them (a new user got an empty
// file and exit status 0 from --types OPPOSES with no such relation, and nothing said).
func TestExportSaysWhatItWrote(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	a := writeTestFile(t, dir, "a.txt", "Japan opposed the proposed fishing ban, the foreign minister said on Friday.\n")
	if code, out, errs := runCLI(t, "", "load", "--db", db, "--no-progress", a); code != exitOK {
		t.Fatalf("load: exit %d: %s%s", code, out, errs)
	}
	var st struct{ nodes, relations int }
	_, stats, _ := runCLI(t, "", "stats", "--db", db)
	if _, err := fmt.Sscanf(stats, "articles 1\nnodes %d\nrelations %d", &st.nodes, &st.relations); err != nil || st.relations == 0 {
		t.Fatalf("stats: %q (%v); want a relation to export", stats, err)
	}

	// The whole store, streamed to standard output: the store's counts.
	code, _, errs := runCLI(t, "", "export", "--db", db, "--format", "graphml")
	want := fmt.Sprintf("wrote %s, %s to standard output\n", plural(st.nodes, "node"), plural(st.relations, "relation"))
	if code != exitOK || errs != want {
		t.Errorf("export: exit %d, stderr %q, want %q", code, errs, want)
	}
	// To a file, with a filter that keeps something: no note.
	out := filepath.Join(dir, "g.cyjs")
	code, _, errs = runCLI(t, "", "export", "--db", db, "--format", "cytoscape", "--types", "OPPOSES,SUPPORTS", "-o", out)
	if code != exitOK || !strings.HasPrefix(errs, "wrote ") || !strings.HasSuffix(errs, " to "+out+"\n") || strings.Contains(errs, "note:") || strings.Contains(errs, " 0 relations") {
		t.Errorf("export --types OPPOSES,SUPPORTS: exit %d, stderr %q", code, errs)
	}
	// Filters that match no relation: still exit 0 (an empty result is an answer), with a note.
	for _, args := range [][]string{
		{"--types", "SANCTIONS"},
		{"--from", "2031-01-01"},
		{"--actors-only", "--min-confidence", "1"},
	} {
		code, _, errs = runCLI(t, "", append([]string{"export", "--db", db, "--format", "gexf"}, args...)...)
		if code != exitOK || !strings.Contains(errs, ", 0 relations to standard output\n") ||
			!strings.Contains(errs, "note: no relation matched the filters (") || !strings.Contains(errs, args[0]) {
			t.Errorf("export %v: exit %d, stderr %q", args, code, errs)
		}
	}
}

// TestNoStoreAtDir: the commands that read a store, given a --db that does not exist (a typo, or
// a store never loaded), say there is no store there and how to make one, exit 1, and create
// nothing; serve --ingest-token, which fills its store over HTTP, may still create it.
func TestNoStoreAtDir(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "typo-db")
	want := "claimgraph: no store at " + db + " (run 'claimgraph load --db " + db + " FILES' first)\n"
	for _, args := range [][]string{
		{"query", "{ stats { articles } }"},
		{"stats"},
		{"export", "--format", "graphml"},
		{"export", "--format", "csv", "-o", filepath.Join(dir, "tables")},
		{"delete", "--url", "https://example.org/a"},
		{"serve", "--addr", freeAddr(t)},
	} {
		code, _, errs := runCLI(t, "", append([]string{args[0], "--db", db}, args[1:]...)...)
		if code != exitRuntime || errs != want {
			t.Errorf("%v: exit %d, stderr %q, want 1 and %q", args, code, errs, want)
		}
		if _, err := os.Stat(db); err == nil {
			t.Fatalf("%v created %s", args, db)
		}
	}
	// $CLAIMGRAPH_DB names the store the same way.
	t.Setenv("CLAIMGRAPH_DB", db)
	if code, _, errs := runCLI(t, "", "stats"); code != exitRuntime || errs != want {
		t.Errorf("stats with $CLAIMGRAPH_DB: exit %d, stderr %q", code, errs)
	}
}

// writeTestFile writes text to dir/name and returns its path.
func writeTestFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestLoadUndatedAndEmptyJSONL: an article whose published value is not a date is stored undated
// and the summary counts it (nu19 A8); an empty or blank .jsonl is an empty document, an error
// with exit 1, as an empty .txt is (nu19 A9).
func TestLoadUndatedAndEmptyJSONL(t *testing.T) {
	dir := t.TempDir()
	recs := record("https://n.example/1", "Quota", "2027-14-40", "N", "Peru rejected the new fishing quota, the minister said.") +
		record("https://n.example/2", "Port", "2027-02-11", "N", "Ecuador welcomed the port agreement, officials said.")
	f := writeTestFile(t, dir, "two.jsonl", recs)
	code, out, errs := runCLI(t, "", "load", "--db", filepath.Join(dir, "db"), "--no-progress", f)
	if code != exitOK || !strings.Contains(out, "2 new") || !strings.Contains(out, "; 1 stored undated") {
		t.Errorf("a record with a bad date: exit %d, %q (%s); want 2 new and \"1 stored undated\"", code, out, errs)
	}
	// the summary names the input stored undated and how to date it (nu21 A22: a readout whose
	// date line was not read went unnoticed)
	if !strings.Contains(out, "two.jsonl") || !strings.Contains(out, "date them with --published or --manifest") {
		t.Errorf("the undated input is not named: %q", out)
	}
	for _, body := range []string{"", "\n\n  \n"} {
		e := writeTestFile(t, dir, "empty.jsonl", body)
		code, out, errs := runCLI(t, "", "load", "--db", filepath.Join(dir, "db2"), "--no-progress", e)
		if code == exitOK || !strings.Contains(errs, "empty.jsonl: empty document") || !strings.Contains(out, "1 failed") {
			t.Errorf("empty .jsonl %q: exit %d, out %q, errors %q; want an empty document error", body, code, out, errs)
		}
	}
	code, out, _ = runCLI(t, "", "load", "--db", filepath.Join(dir, "db3"), "--no-progress", writeTestFile(t, dir, "dated.jsonl",
		record("https://n.example/3", "Port", "2027-02-11", "N", "Ecuador welcomed the port agreement, officials said.")))
	if code != exitOK || strings.Contains(out, "undated") {
		t.Errorf("a dated record: exit %d, %q; want no undated count", code, out)
	}
}
