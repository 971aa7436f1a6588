package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/httpguard"
)

// syncBuffer is a bytes.Buffer safe for the server goroutine to write while the test reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startServe runs `claimgraph serve --addr FREE args...` in this process until the test ends and
// returns its base URL and its log.
func startServe(t *testing.T, args ...string) (string, *syncBuffer) {
	t.Helper()
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	log := &syncBuffer{}
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, append([]string{"serve", "--addr", addr, "--drain", "2s"}, args...), strings.NewReader(""), io.Discard, log)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case code := <-done:
			if code != exitOK {
				t.Errorf("serve exited %d\n%s", code, log.String())
			}
		case <-time.After(20 * time.Second):
			t.Errorf("serve did not stop\n%s", log.String())
		}
	})
	base := "http://" + addr
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case code := <-done:
			t.Fatalf("serve exited %d before it was up\n%s", code, log.String())
		default:
		}
		if resp, err := http.Get(base + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return base, log
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("serve not up\n%s", log.String())
	return "", nil
}

func countArticles(t *testing.T, base string) int {
	t.Helper()
	var d struct {
		Articles struct{ TotalCount int } `json:"articles"`
	}
	postGraphQL(t, base+"/graphql", `{ articles { totalCount } }`, nil, &d)
	return d.Articles.TotalCount
}

// TestServeDemoStoreNeverMixes: with no store named, serve serves the in-memory demo store and
// says so, writing nothing to disk; a store named with --db starts empty and stays free of the
// sample; --demo with --db is a usage error.
func TestServeDemoStoreNeverMixes(t *testing.T) {
	t.Chdir(t.TempDir())
	t.Setenv("CLAIMGRAPH_DB", "")
	base, log := startServe(t)
	if n := countArticles(t, base); n != 1 {
		t.Errorf("demo store: %d articles, want the sample", n)
	}
	if !strings.Contains(log.String(), "DEMO") || !strings.Contains(log.String(), "sample") {
		t.Errorf("serve does not say it serves the demo store:\n%s", log.String())
	}
	if _, err := os.Stat(defaultDB); err == nil {
		t.Errorf("the demo store wrote %s", defaultDB)
	}

	// An empty directory made for the store (one that does not exist is an error: below).
	db := t.TempDir()
	mine, mineLog := startServe(t, "--db", db)
	if n := countArticles(t, mine); n != 0 {
		t.Errorf("a new --db store holds %d articles, want 0", n)
	}
	if strings.Contains(mineLog.String(), "sample") {
		t.Errorf("serve --db mentions the sample:\n%s", mineLog.String())
	}
	if code, _, errs := runCmd(t, "serve", "--demo", "--db", db, "--addr", freeAddr(t)); code != exitUsage {
		t.Errorf("--demo with --db: exit %d, %s", code, errs)
	}
}

// TestServeDefaultStoreWithArticles: `load` without --db fills ./claimgraph-data; `serve`
// without --db then serves it, not the demo.
func TestServeDefaultStoreWithArticles(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	t.Setenv("CLAIMGRAPH_DB", "")
	in := filepath.Join(dir, "talks.txt")
	os.WriteFile(in, []byte(talksText), 0o644)
	if code, out, errs := runCmd(t, "load", "--no-progress", in); code != exitOK {
		t.Fatalf("load: %d %s %s", code, out, errs)
	}
	base, log := startServe(t)
	var d struct {
		Articles struct {
			Nodes []struct{ Source string } `json:"nodes"`
		} `json:"articles"`
	}
	postGraphQL(t, base+"/graphql", `{ articles { nodes { source } } }`, nil, &d)
	if len(d.Articles.Nodes) != 1 || !strings.HasSuffix(d.Articles.Nodes[0].Source, "talks.txt") || strings.Contains(log.String(), "DEMO") {
		t.Errorf("serve without --db after load: %+v\n%s", d, log.String())
	}
}

func TestServeCORS(t *testing.T) {
	db := t.TempDir()
	plain, _ := startServe(t, "--db", db)
	base, _ := startServe(t, "--db", t.TempDir(), "--cors-origin", "https://viz.example.org", "--cors-origin", "http://localhost:5173/")

	preflight := func(base, origin string) *http.Response {
		req, _ := http.NewRequest(http.MethodOptions, base+"/graphql", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "content-type")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	resp := preflight(base, "https://viz.example.org")
	if resp.StatusCode/100 != 2 || resp.Header.Get("Access-Control-Allow-Origin") != "https://viz.example.org" ||
		!strings.Contains(resp.Header.Get("Access-Control-Allow-Methods"), "POST") {
		t.Errorf("preflight from an allowed origin: %d %v", resp.StatusCode, resp.Header)
	}
	if resp := preflight(base, "http://localhost:5173"); resp.Header.Get("Access-Control-Allow-Origin") != "http://localhost:5173" {
		t.Errorf("second origin: %v", resp.Header)
	}
	if resp := preflight(base, "https://evil.example"); resp.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("preflight from another origin allowed: %v", resp.Header)
	}
	if resp := preflight(plain, "https://viz.example.org"); resp.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("CORS without --cors-origin: %v", resp.Header)
	}
	// The actual request carries the header too.
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", strings.NewReader(`{"query":"{ articles { totalCount } }"}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Origin", "https://viz.example.org")
	r2, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	r2.Body.Close()
	if r2.StatusCode != 200 || r2.Header.Get("Access-Control-Allow-Origin") != "https://viz.example.org" {
		t.Errorf("POST with Origin: %d %v", r2.StatusCode, r2.Header)
	}
	for _, bad := range []string{"viz.example.org", "https://viz.example.org/app", "ftp://x.org"} {
		if code, _, errs := runCmd(t, "serve", "--db", db, "--addr", freeAddr(t), "--cors-origin", bad); code != exitUsage || !strings.Contains(errs, "--cors-origin") {
			t.Errorf("--cors-origin %q: exit %d, %s", bad, code, errs)
		}
	}
}

func TestServeIngest(t *testing.T) {
	const token = "s3cret-token"
	t.Setenv(ingestTokenEnv, token)
	base, _ := startServe(t, "--db", filepath.Join(t.TempDir(), "db"))
	post := func(auth, ctype, body string) (int, map[string]any) {
		t.Helper()
		req, _ := http.NewRequest(http.MethodPost, base+"/articles", strings.NewReader(body))
		req.Header.Set("Content-Type", ctype)
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out map[string]any
		json.NewDecoder(resp.Body).Decode(&out)
		return resp.StatusCode, out
	}
	one := record("https://a.example/talks", "Talks", "2019-05-10", "Example Times", talksText)
	if code, _ := post("", "application/json", one); code != http.StatusUnauthorized {
		t.Errorf("no token: %d", code)
	}
	if code, _ := post("Bearer wrong", "application/json", one); code != http.StatusUnauthorized {
		t.Errorf("wrong token: %d", code)
	}
	if n := countArticles(t, base); n != 0 {
		t.Fatalf("refused requests stored %d articles", n)
	}
	code, out := post("Bearer "+token, "application/json", one)
	if code != 200 || out["loaded"] != 1.0 {
		t.Errorf("one JSON article: %d %v", code, out)
	}
	jsonl := one + record("https://b.example/eu", "EU", "2023-03-10", "Other Post",
		"Chinese Foreign Minister Wang Yi criticized the European Union's new export controls on Monday.") + "{not json\n"
	code, out = post("Bearer "+token, "application/x-ndjson", jsonl)
	if code != 200 || out["loaded"] != 2.0 || out["unchanged"] != 1.0 || out["failed"] != 1.0 {
		t.Errorf("JSONL: %d %v", code, out)
	}
	if errs, _ := out["errors"].([]any); len(errs) != 1 || !strings.Contains(errs[0].(map[string]any)["source"].(string), ":3") {
		t.Errorf("JSONL errors: %v", out["errors"])
	}
	if n := countArticles(t, base); n != 2 {
		t.Errorf("store holds %d articles, want 2", n)
	}
	if code, _ := post("Bearer "+token, "text/plain", "hello"); code != http.StatusUnsupportedMediaType {
		t.Errorf("text/plain: %d", code)
	}
	if code, _ := post("Bearer "+token, "application/json", "{broken"); code != http.StatusBadRequest {
		t.Errorf("bad JSON: %d", code)
	}
	// Off by default: no token, no route.
	t.Setenv(ingestTokenEnv, "")
	off, _ := startServe(t, "--db", t.TempDir())
	req, _ := http.NewRequest(http.MethodPost, off+"/articles", strings.NewReader(one))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	// 404, with a JSON error that says ingest is off and how to turn it on
	var e struct{ Error string }
	if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
		t.Errorf("POST /articles with ingest off: the answer is no JSON: %v", err)
	}
	if resp.StatusCode != http.StatusNotFound || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") ||
		!strings.Contains(e.Error, "ingest is off") || !strings.Contains(e.Error, "--ingest-token") || !strings.Contains(e.Error, ingestTokenEnv) {
		t.Errorf("POST /articles without an ingest token configured: %d %s %q", resp.StatusCode, resp.Header.Get("Content-Type"), e.Error)
	}
}

// TestIngestOffOnReadOnlyStore: a token given for a store serve opened read-only leaves ingest
// off, and POST /articles answers 403 with a JSON error saying why.
func TestIngestOffOnReadOnlyStore(t *testing.T) {
	s, err := graph.Open(graph.DefaultOptions(filepath.Join(t.TempDir(), "db")))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	g := &globals{log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	h, err := serveHandler(g, s, httpguard.New(httpguard.Config{}), 10*time.Second, nil, "a-token-of-sixteen-chars", true)
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodPost, "http://127.0.0.1/articles", strings.NewReader(`{"text": "x"}`))
	h.ServeHTTP(rec, req) // the guard serves loopback Host names only (issue 16)
	var e struct{ Error string }
	if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || rec.Code != http.StatusForbidden || !strings.Contains(e.Error, "read-only") {
		t.Errorf("read-only store: %d %q (%v)", rec.Code, rec.Body.String(), err)
	}
}

// TestServeAuthTokenWithIngestAndExplorer: with --auth-token, POST /articles could not be used
// with an ingest token (one Authorization header, two tokens) and the explorer's page was 401,
// so a browser could not open it (fresh-user trial of issue 16). The page and the ingest path
// are public to the auth check now; the data still needs the token.
func TestServeAuthTokenWithIngestAndExplorer(t *testing.T) {
	const auth, ingest = "auth-token-of-sixteen", "ingest-token-sixteen"
	base, _ := startServe(t, "--db", filepath.Join(t.TempDir(), "db"), "--auth-token", auth, "--ingest-token", ingest)
	do := func(method, path, token, body string) int {
		t.Helper()
		req, _ := http.NewRequest(method, base+path, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := do(http.MethodGet, "/explore", "", ""); code != http.StatusOK {
		t.Errorf("GET /explore without a token: %d, want 200 (the page holds no data)", code)
	}
	if code := do(http.MethodPost, "/graphql", "", `{"query":"{ articles { totalCount } }"}`); code != http.StatusUnauthorized {
		t.Errorf("POST /graphql without a token: %d, want 401", code)
	}
	one := record("https://a.example/talks", "Talks", "2019-05-10", "Example Times", talksText)
	if code := do(http.MethodPost, "/articles", ingest, one); code != http.StatusOK {
		t.Errorf("POST /articles with the ingest token: %d, want 200", code)
	}
	if code := do(http.MethodPost, "/articles", auth, one); code != http.StatusUnauthorized {
		t.Errorf("POST /articles with the auth token only: %d, want 401", code)
	}
}
