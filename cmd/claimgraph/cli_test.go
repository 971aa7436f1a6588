package main

import (
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExitCodes checks the README's contract: 0 ok, 1 runtime error naming the file or store and
// the problem, 2 usage error with a message and a pointer to --help.
func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	article := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(article, []byte("Li Wei said China opposes the tariffs.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, stderr := runCLI(t, "", "load", "--db", db, "--no-progress", article); code != exitOK || !strings.Contains(out, "read 1 article: 1 new, 0 unchanged, 0 replaced, 0 failed; store has ") {
		t.Fatalf("load: exit %d: %s%s", code, out, stderr)
	}
	missing := filepath.Join(dir, "missing.jsonl")
	notDB := filepath.Join(dir, "not-a-store")
	if err := os.WriteFile(notDB, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	freshDB := filepath.Join(dir, "fresh")
	for _, c := range []struct {
		name string
		args []string
		code int
		msg  []string // in stderr
	}{
		{"serve on a malformed address", []string{"serve", "--db", freshDB, "--addr", "no-port"}, exitUsage, []string{"--addr no-port"}},
		{"serve on a busy port", []string{"serve", "--db", freshDB, "--addr", busy.Addr().String()}, exitRuntime, []string{"listen on " + busy.Addr().String()}},
		{"unknown command", []string{"frobnicate"}, exitUsage, []string{`unknown command "frobnicate"`, "--help"}},
		{"unknown flag", []string{"load", "--db", db, "--nope", article}, exitUsage, []string{"unknown flag: --nope", "--help"}},
		// new-user trial 13, finding 5: a close flag or command is suggested (suggest.go)
		{"misspelled flag", []string{"export", "--db", db, "--fromat", "jsonl"}, exitUsage, []string{"unknown flag: --fromat", "Did you mean this?", "\t--format"}},
		{"misspelled inherited flag", []string{"stats", "--dbb", db}, exitUsage, []string{"unknown flag: --dbb", "Did you mean this?", "\t--db"}},
		{"misspelled command", []string{"exprot", "--db", db}, exitUsage, []string{`unknown command "exprot"`, "Did you mean this?", "\texport"}},
		{"load without paths", []string{"load", "--db", db}, exitUsage, []string{"give at least one PATH"}},
		{"query without a query", []string{"query", "--db", db}, exitUsage, []string{"accepts 1 arg"}},
		{"query with two", []string{"query", "--db", db, "{ a }", "{ b }"}, exitUsage, []string{"accepts 1 arg"}},
		{"vars not JSON", []string{"query", "--db", db, "--vars", "{bad", "{ articles { totalCount } }"}, exitUsage, []string{"--vars is not a JSON object"}},
		{"vars an array", []string{"query", "--db", db, "--vars", "[1]", "{ articles { totalCount } }"}, exitUsage, []string{"--vars is not a JSON object"}},
		{"export format", []string{"export", "--db", db, "--format", "xml"}, exitUsage, []string{`--format: unknown format "xml" (want one of gexf, graphml, cytoscape, csv, jsonl)`}},
		{"delete without article", []string{"delete", "--db", db}, exitUsage, []string{"delete needs --article ID"}},
		{"stats with an argument", []string{"stats", "--db", db, "extra"}, exitUsage, []string{"unknown command"}},
		{"bad memory limit", []string{"load", "--db", db, "--memory-limit", "lots", article}, exitUsage, []string{"--memory-limit"}},

		{"missing file", []string{"load", "--db", db, "--no-progress", article, missing}, exitRuntime, []string{missing, "no such file"}},
		{"missing store", []string{"stats", "--db", filepath.Join(dir, "nowhere")}, exitRuntime, []string{filepath.Join(dir, "nowhere")}},
		{"store is a file", []string{"stats", "--db", notDB}, exitRuntime, []string{"store " + notDB}},
		{"unknown article", []string{"delete", "--db", db, "--article", "d_nope"}, exitRuntime, []string{"store " + db, `no article "d_nope"`}},
		{"query error", []string{"query", "--db", db, "{ nope }"}, exitRuntime, []string{"query returned an error"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", c.args...)
			if strings.HasPrefix(c.name, "serve") {
				// A serve that cannot bind must not have created the store or loaded the sample.
				if _, err := os.Stat(freshDB); err == nil {
					t.Errorf("serve created %s before failing to bind", freshDB)
				}
			}
			if code != c.code {
				t.Errorf("exit %d, want %d: %s", code, c.code, stderr)
			}
			for _, m := range c.msg {
				if !strings.Contains(stderr, m) {
					t.Errorf("stderr lacks %q:\n%s", m, stderr)
				}
			}
			if c.code == exitUsage && !strings.Contains(stderr, "Run 'claimgraph --help' for usage.") {
				t.Errorf("a usage error should point to --help:\n%s", stderr)
			}
		})
	}
	// A missing file is reported before anything is loaded.
	if _, out, _ := runCLI(t, "", "stats", "--db", db); !strings.HasPrefix(out, "articles 1\n") {
		t.Errorf("after the failed loads: %q", out)
	}
}

// TestQueryCommand checks that query prints the GraphQL response as JSON on stdout: data on
// success, errors with extensions.code (and exit 1) otherwise, variables from --vars.
func TestQueryCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	in := filepath.Join(dir, "a.jsonl")
	os.WriteFile(in, []byte(`{"url":"http://x/1","title":"Tariffs","published":"2018-05-04","text":"Li Wei said China opposes the tariffs."}`+"\n"), 0o644)
	if code, _, stderr := runCLI(t, "", "load", "--db", db, "--no-progress", in); code != 0 {
		t.Fatal(stderr)
	}
	type response struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message    string         `json:"message"`
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	query := func(args ...string) (int, response, string) {
		t.Helper()
		code, out, stderr := runCLI(t, "", append([]string{"query", "--db", db}, args...)...)
		var r response
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("stdout is not JSON (%v): %q; stderr %s", err, out, stderr)
		}
		return code, r, stderr
	}

	code, r, _ := query(`{ articles { totalCount nodes { id title publishedAt } } }`)
	var d struct {
		Articles struct {
			TotalCount int
			Nodes      []struct{ ID, Title, PublishedAt string }
		}
	}
	if err := json.Unmarshal(r.Data, &d); code != 0 || err != nil || len(r.Errors) > 0 || d.Articles.TotalCount != 1 ||
		d.Articles.Nodes[0].Title != "Tariffs" || d.Articles.Nodes[0].PublishedAt != "2018-05-04" {
		t.Fatalf("articles: exit %d, %+v, %s", code, r.Errors, r.Data)
	}

	code, r, _ = query("--vars", `{"id": "`+d.Articles.Nodes[0].ID+`"}`, `query($id: ID!) { node(id: $id) { id kind } }`)
	var n struct{ Node struct{ ID, Kind string } }
	if err := json.Unmarshal(r.Data, &n); code != 0 || err != nil || n.Node.Kind != "ARTICLE" || n.Node.ID != d.Articles.Nodes[0].ID {
		t.Errorf("node by variable: exit %d: %s %+v", code, r.Data, r.Errors)
	}

	// Errors carry a code; the guards of the HTTP endpoint apply.
	for q, want := range map[string]string{
		`{ nope }`: "BAD_REQUEST",
		`{ nodes(first: 99999999999) { totalCount } }`:              "BAD_ARGUMENT",
		`{ nodes(first: 5000) { totalCount } }`:                     "FIRST_TOO_LARGE",
		`fragment A on Actor { ...A } { nodes { nodes { ...A } } }`: "FRAGMENT_CYCLE",
		`{ articles { ` + strings.Repeat(" ", 2<<20) + `} }`:        "BODY_TOO_LARGE",
	} {
		code, r, stderr := query(q)
		if code != exitRuntime || len(r.Errors) == 0 || r.Errors[0].Extensions["code"] != want || !strings.Contains(stderr, "query returned") {
			t.Errorf("%.60s: exit %d, errors %+v, want code %s", q, code, r.Errors, want)
		}
	}
}
