package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestQueryStdinVersionAndDeleteByURL: `query -` reads the query from standard input, --version
// prints one line, `delete --url` removes the article loaded from that URL.
func TestQueryStdinVersionAndDeleteByURL(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	in := filepath.Join(dir, "in.jsonl")
	os.WriteFile(in, []byte(record("https://a.example/talks/", "Talks", "2019-05-10", "Example Times", talksText)), 0o644)
	mustLoad(t, db, in)

	code, out, errs := runCLI(t, "{ articles { totalCount nodes { url } } }\n", "query", "--db", db, "-")
	if code != exitOK || !strings.Contains(out, `"totalCount": 1`) {
		t.Errorf("query -: exit %d\n%s\n%s", code, out, errs)
	}
	if code, _, errs := runCLI(t, "  \n", "query", "--db", db, "-"); code != exitUsage || !strings.Contains(errs, "standard input is empty") {
		t.Errorf("query - with empty stdin: exit %d, %s", code, errs)
	}

	code, out, _ = runCmd(t, "--version")
	if code != exitOK || !strings.HasPrefix(out, "claimgraph ") || strings.Count(out, "\n") != 1 {
		t.Errorf("--version: exit %d, %q", code, out)
	}

	if code, _, errs := runCmd(t, "delete", "--db", db, "--url", "https://nowhere.example/"); code != exitRuntime || !strings.Contains(errs, "no article with URL") {
		t.Errorf("delete unknown URL: exit %d, %s", code, errs)
	}
	if code, _, errs := runCmd(t, "delete", "--db", db, "--url", "https://a.example/talks", "--article", "d_x"); code != exitUsage {
		t.Errorf("delete --url --article: exit %d, %s", code, errs)
	}
	// the URL as loaded, with or without its trailing slash
	if code, out, errs := runCmd(t, "delete", "--db", db, "--url", "https://a.example/talks"); code != exitOK || !strings.Contains(out, "deleted article") {
		t.Fatalf("delete --url: exit %d, %s %s", code, out, errs)
	}
	if st := stats(t, db); st.Articles != 0 || st.Relations != 0 {
		t.Errorf("after delete --url: %+v", st)
	}
}
