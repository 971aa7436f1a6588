package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestStoreAsArgumentHint: new-user trial 13 — a store directory given as a positional argument
// ("claimgraph stats /tmp/db2") gets a line saying the store is given with --db, with the command
// line corrected; a word that is no path, and the file arguments of parse, get none.
func TestStoreAsArgumentHint(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db2")
	if err := os.Mkdir(db, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		hint string // "" = no hint wanted
	}{
		{[]string{"stats", db}, "The store is given with --db DIR: claimgraph stats --db " + db},
		{[]string{"export", "./nowhere/yet"}, "claimgraph export --db ./nowhere/yet"},
		{[]string{"serve", "data/store"}, "claimgraph serve --db data/store"},
		{[]string{"stats", "extra"}, ""},
		{[]string{"parse", "a.txt", "b/c.txt"}, ""},
	} {
		code, _, stderr := runCLI(t, "", c.args...)
		if code != exitUsage {
			t.Errorf("%v: exit %d, want %d", c.args, code, exitUsage)
		}
		has := strings.Contains(stderr, "The store is given with --db")
		if c.hint == "" && has {
			t.Errorf("%v: unwanted --db hint:\n%s", c.args, stderr)
		}
		if c.hint != "" && !strings.Contains(stderr, c.hint) {
			t.Errorf("%v: stderr lacks %q:\n%s", c.args, c.hint, stderr)
		}
	}
}

// TestLockAndNotFoundMessages: a store held by another process and an unknown article are
// reported in plain words with what to do; Badger's lock text and "graph: not found" appear only
// with --verbose.
func TestLockAndNotFoundMessages(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	article := filepath.Join(dir, "a.txt")
	os.WriteFile(article, []byte("China opposes the new tariffs, Li Wei said on Monday.\n"), 0o644)
	if code, _, stderr := runCLI(t, "", "load", "--db", db, "--no-progress", article); code != exitOK {
		t.Fatal(stderr)
	}
	for _, verbose := range []bool{false, true} {
		args := []string{"delete", "--db", db, "--article", "d_nope"}
		if verbose {
			args = append(args, "--verbose")
		}
		code, _, stderr := runCLI(t, "", args...)
		if code != exitRuntime || !strings.Contains(stderr, `has no article "d_nope"`) || !strings.Contains(stderr, "articles query") {
			t.Errorf("delete unknown (verbose %v): exit %d:\n%s", verbose, code, stderr)
		}
		if got := strings.Contains(stderr, graph.ErrNotFound.Error()); got != verbose {
			t.Errorf("delete unknown (verbose %v): cause shown %v:\n%s", verbose, got, stderr)
		}
	}

	held, err := graph.Open(graph.DefaultOptions(db))
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	for _, verbose := range []bool{false, true} {
		args := []string{"stats", "--db", db}
		if verbose {
			args = append(args, "-v")
		}
		code, _, stderr := runCLI(t, "", args...)
		if code != exitRuntime || !strings.Contains(stderr, "is in use by another claimgraph process") || !strings.Contains(stderr, "stop that process") {
			t.Errorf("held store (verbose %v): exit %d:\n%s", verbose, code, stderr)
		}
		if got := strings.Contains(stderr, "directory lock"); got != verbose {
			t.Errorf("held store (verbose %v): Badger's lock text shown %v:\n%s", verbose, got, stderr)
		}
	}
	// export names the server's export route, not POST /graphql (nu18 A21).
	code, _, stderr := runCLI(t, "", "export", "--db", db, "--format", "csv", "-o", filepath.Join(t.TempDir(), "tables"))
	if code != exitRuntime || !strings.Contains(stderr, "is in use") || !strings.Contains(stderr, "GET /export?format=") || strings.Contains(stderr, "POST /graphql") {
		t.Errorf("export of a held store: exit %d:\n%s", code, stderr)
	}
	// load names the server's ingest route and its token, not POST /graphql, which only queries.
	txt := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(txt, []byte("Norway rejected the fishing quota, Ola Berg said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runCLI(t, "", "load", "--db", db, "--no-progress", txt)
	if code != exitRuntime || !strings.Contains(stderr, "is in use") || !strings.Contains(stderr, "POST /articles") ||
		!strings.Contains(stderr, "--ingest-token") || strings.Contains(stderr, "POST /graphql") {
		t.Errorf("load into a held store: exit %d:\n%s", code, stderr)
	}
}

// TestErrorTextNotFound: any other error wrapping graph.ErrNotFound loses the raw suffix.
func TestErrorTextNotFound(t *testing.T) {
	err := hintError{"x", nil}
	if got := errorText(err, true); got != "x" {
		t.Errorf("hintError without cause: %q", got)
	}
	wrapped := fmt.Errorf("node n_abc: %w", graph.ErrNotFound)
	got := errorText(wrapped, false)
	if strings.Contains(got, "graph: not found") || !strings.HasPrefix(got, "node n_abc: not found in the store") {
		t.Errorf("not-found: %q", got)
	}
	if got := errorText(wrapped, true); !strings.Contains(got, "cause: node n_abc: graph: not found") {
		t.Errorf("not-found verbose: %q", got)
	}
}

// TestLoadWhileServeHoldsStore: load into a store a running serve holds advises POST /articles
// only when that serve has ingest on (with its address); a serve without an ingest token gets
// the advice to stop it or load into another store, or to restart it with --ingest-token, and
// no curl example that would end in a 404 (new-user trial 28, finding 9). Once serve stops, its
// file is gone and load works.
func TestLoadWhileServeHoldsStore(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(article, []byte("Norway rejected the fishing quota, Ola Berg said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, "b.txt")
	if err := os.WriteFile(other, []byte("Kenya opposed the import levy, Peter Otieno said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv(ingestTokenEnv, "")
	for _, ingest := range []bool{false, true} {
		db := filepath.Join(t.TempDir(), "db")
		if code, _, stderr := runCLI(t, "", "load", "--db", db, "--no-progress", article); code != exitOK {
			t.Fatal(stderr)
		}
		args := []string{"--db", db}
		if ingest {
			args = append(args, "--ingest-token", "ingest-token-sixteen")
		}
		base, _ := startServe(t, args...)
		addr := strings.TrimPrefix(base, "http://")
		code, _, stderr := runCLI(t, "", "load", "--db", db, "--no-progress", other)
		if code != exitRuntime || !strings.Contains(stderr, "running claimgraph serve") || !strings.Contains(stderr, addr) {
			t.Fatalf("ingest %v: load into a served store: exit %d:\n%s", ingest, code, stderr)
		}
		if ingest {
			if !strings.Contains(stderr, "ingest on") || !strings.Contains(stderr, "curl http://"+addr+"/articles") {
				t.Errorf("serve with ingest on: no POST /articles advice with its address:\n%s", stderr)
			}
			continue
		}
		for _, want := range []string{"ingest off", "stop that serve", "another store (--db OTHER_DIR)", "restart it with --ingest-token TOKEN"} {
			if !strings.Contains(stderr, want) {
				t.Errorf("serve with ingest off: advice lacks %q:\n%s", want, stderr)
			}
		}
		if strings.Contains(stderr, "curl") || strings.Contains(stderr, "Authorization: Bearer") {
			t.Errorf("serve with ingest off: advice to POST /articles, which would end in a 404:\n%s", stderr)
		}
		// export names the address of the serve that holds the store
		code, _, stderr = runCLI(t, "", "export", "--db", db, "--format", "csv", "-o", filepath.Join(t.TempDir(), "tables"))
		if code != exitRuntime || !strings.Contains(stderr, "http://"+addr+"/export?format=") {
			t.Errorf("export of a served store: exit %d:\n%s", code, stderr)
		}
	}
}

// TestServeFileRemovedWhenServeStops: the file a serve leaves in its store directory goes with
// it, and one left by a serve that did not stop cleanly is removed by the next open for writing.
func TestServeFileRemovedWhenServeStops(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	article := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(article, []byte("Norway rejected the fishing quota, Ola Berg said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCLI(t, "", "load", "--db", db, "--no-progress", article); code != exitOK {
		t.Fatal(stderr)
	}
	writeServeInfo(db, serveInfo{PID: 1, Addr: "127.0.0.1:1"}) // a stale file
	if code, _, stderr := runCLI(t, "", "load", "--db", db, "--no-progress", article); code != exitOK {
		t.Fatal(stderr)
	}
	if _, ok := readServeInfo(db); ok {
		t.Errorf("a stale serve file outlived a load that opened the store")
	}
}
