package schema

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/httpguard"
	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/parser"
	"github.com/graphql-go/graphql/language/source"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
)

// aliasedArticles is the amplification query of issue 16: n aliases of
// articles(first: 1000) { nodes { text } }.
func aliasedArticles(n int) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		fmt.Fprintf(&b, " a%d: articles(first: 1000) { nodes { text } }", i)
	}
	b.WriteString(" }")
	return b.String()
}

// Issue 16, finding 1: a small query asking for the same texts many times passed every guard and
// built a response hundreds of times its size. It now fails while resolving, with a clear error
// naming the limit, and nothing of the partial response is sent.
func TestResponseBudget(t *testing.T) {
	f := newFixture(t)
	guard := httpguard.New(httpguard.Config{MaxResponseBytes: 4 << 10})
	ts := newTestServer(t, f, Options{Guard: guard})

	r := ts.query(t, aliasedArticles(100), nil)
	if r.Status != http.StatusUnprocessableEntity || r.code() != CodeResponseTooLarge {
		t.Fatalf("100 aliases of articles: status %d code %q, want 422 %s; %d bytes", r.Status, r.code(), CodeResponseTooLarge, len(r.raw))
	}
	if !strings.Contains(r.Errors[0].Message, "4 KiB") || len(r.Errors) != 1 || r.Data != nil {
		t.Errorf("want one error naming the 4 KiB limit and no data: %s", r.raw)
	}
	if len(r.raw) > 1024 {
		t.Errorf("refusal is %d bytes", len(r.raw))
	}
	// A response within the budget is unaffected, and the budget is per request.
	var got struct {
		Articles struct{ Nodes []struct{ Text string } }
	}
	ts.query(t, `{ articles { nodes { text } } }`, nil).decode(t, &got)
	if len(got.Articles.Nodes) != fixtureArticles || got.Articles.Nodes[0].Text == "" {
		t.Errorf("small query: %+v", got)
	}
}

// The streamed encoding is byte for byte what encoding/json gives for the same result.
func TestStreamedResponseMatchesMarshal(t *testing.T) {
	res := &graphql.Result{Data: map[string]any{
		"b": []any{map[string]any{"z": "<&>\u2028\"", "a": 1.5, "n": nil}, true, "\xff"},
		"a": map[string]any{},
	}}
	want, _ := json.Marshal(res)
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	if err := streamResult(w, res); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	if buf.String() != string(want) {
		t.Errorf("streamed %s\nmarshal  %s", buf.String(), want)
	}
}

// blockField makes a Query field's resolver wait until release is closed (or its request ends),
// counting the calls that started.
func blockField(s *graphql.Schema, field string, release <-chan struct{}, started *sync.WaitGroup) {
	fd := s.QueryType().Fields()[field]
	fd.Resolve = budgeted(func(p graphql.ResolveParams) (any, error) {
		started.Done()
		select {
		case <-release:
			return nil, errorf(CodeNotFound, "released")
		case <-p.Context.Done():
			return nil, p.Context.Err()
		}
	})
}

type httpResult struct {
	status     int
	retryAfter string
	code       string
	elapsed    time.Duration
}

func post(t *testing.T, url, query string) httpResult {
	start := time.Now()
	b, _ := json.Marshal(map[string]any{"query": query})
	resp, err := http.Post(url+"/graphql", "application/json", bytes.NewReader(b))
	if err != nil {
		t.Error(err)
		return httpResult{}
	}
	defer resp.Body.Close()
	var r gqlResponse
	body, _ := io.ReadAll(resp.Body)
	_ = json.Unmarshal(body, &r)
	return httpResult{status: resp.StatusCode, retryAfter: resp.Header.Get("Retry-After"), code: r.code(), elapsed: time.Since(start)}
}

// Issue 16, finding 2: with no limit on queries in flight, heavy queries crowded out everything
// and all of them failed. Now heavy queries beyond their slots queue briefly, then get a fast 503
// OVERLOADED with Retry-After, while a cheap node(id) still runs at once, and /healthz and
// /metrics are never queued.
func TestAdmissionControl(t *testing.T) {
	f := newFixture(t)
	guard := httpguard.New(httpguard.Config{MaxInFlight: 2, MaxHeavy: 1, MaxQueue: 1, QueueWait: 300 * time.Millisecond})
	ts := newTestServer(t, f, Options{Guard: guard})
	release := make(chan struct{})
	var started sync.WaitGroup
	started.Add(1)
	blockField(&ts.srv.schema, "neighborhood", release, &started)

	heavy := fmt.Sprintf(`{ neighborhood(id: %q, depth: 3) { nodes { id } } }`, f.ruan)
	results := make(chan httpResult, 6)
	go func() { results <- post(t, ts.URL, heavy) }() // runs, and blocks
	started.Wait()
	go func() { results <- post(t, ts.URL, heavy) }() // queues
	time.Sleep(50 * time.Millisecond)
	for range 4 { // beyond the queue: refused at once
		go func() { results <- post(t, ts.URL, heavy) }()
	}
	for range 4 {
		r := <-results
		if r.status != http.StatusServiceUnavailable || r.code != CodeOverloaded || r.retryAfter == "" || r.elapsed > 200*time.Millisecond {
			t.Errorf("heavy query beyond the queue: %+v, want a fast 503 %s with Retry-After", r, CodeOverloaded)
		}
	}
	// The light lane is free: node(id) runs while the heavy slot is held.
	if r := post(t, ts.URL, fmt.Sprintf(`{ node(id: %q) { id } }`, f.ruan)); r.status != http.StatusOK {
		t.Errorf("cheap query while heavy ones wait: %+v", r)
	}
	for _, path := range []string{"/healthz", "/metrics"} {
		resp, err := http.Get(ts.URL + path)
		if err != nil || resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s while saturated: %v %v", path, err, resp)
		} else {
			resp.Body.Close()
		}
	}
	// The queued one waited its 300 ms and gave up.
	if r := <-results; r.status != http.StatusServiceUnavailable || r.code != CodeOverloaded || r.elapsed < 250*time.Millisecond {
		t.Errorf("queued heavy query: %+v, want 503 %s after the queue wait", r, CodeOverloaded)
	}
	close(release)
	if r := <-results; r.status != http.StatusOK || r.code != CodeNotFound {
		t.Errorf("admitted heavy query: %+v", r)
	}
	if n := counterValue(t, guard.Registry(), "claimgraph_http_rejected_total", "class", "heavy"); n != 5 {
		t.Errorf("rejected heavy: %v, want 5", n)
	}
}

func counterValue(t *testing.T, reg *prometheus.Registry, name string, labels ...string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	total := 0.0
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
	metric:
		for _, m := range mf.GetMetric() {
			for i := 0; i+1 < len(labels); i += 2 {
				if !hasLabel(m, labels[i], labels[i+1]) {
					continue metric
				}
			}
			switch {
			case m.Counter != nil:
				total += m.Counter.GetValue()
			case m.Gauge != nil:
				total += m.Gauge.GetValue()
			case m.Histogram != nil:
				total += float64(m.Histogram.GetSampleCount())
			}
		}
	}
	return total
}

func hasLabel(m *dto.Metric, k, v string) bool {
	for _, l := range m.GetLabel() {
		if l.GetName() == k && l.GetValue() == v {
			return true
		}
	}
	return false
}

func TestQueryCost(t *testing.T) {
	f := newFixture(t)
	srv, err := NewServer(f.store, Options{Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		q     string
		vars  map[string]any
		heavy bool
	}{
		{`{ node(id: "x") { id label ... on Actor { aliases } } }`, nil, false},
		{`{ nodes(first: 20) { nodes { id label } } }`, nil, false},
		{`{ a: articles(first: 1000) { nodes { text } } }`, nil, true},
		{`query($n: Int) { articles(first: $n) { nodes { text } } }`, map[string]any{"n": 1000}, true},
		{`query($n: Int) { articles(first: $n) { nodes { text } } }`, map[string]any{"n": 5}, false},
		{`{ relations { nodes { evidence { nodes { text } } } } }`, nil, true},
		{`{ neighborhood(id: "x", depth: 3, limit: 10) { nodes { id } } }`, nil, true},
		{`{ neighborhood(id: "x", limit: 10) { nodes { id } } }`, nil, false},
		// A window over a thousand nodes (it decodes their relations' evidence to count it) is heavy.
		{`{ neighborhood(id: "x", limit: 1000, from: "2018") { nodes { id } } }`, nil, true},
		{`{ ...F } fragment F on Query { articles(first: 1000) { nodes { text } } }`, nil, true},
	} {
		doc, err := parseForTest(c.q)
		if err != nil {
			t.Fatal(err)
		}
		op, _ := selectOperation(doc, "")
		cost, heavy := queryCost(&srv.schema, doc, op, c.vars)
		if heavy != c.heavy {
			t.Errorf("%s: cost %.0f heavy %v, want heavy %v", c.q, cost, heavy, c.heavy)
		}
	}
}

// Issue 16, finding 7: a client that sends its whole oversized body before reading (Python's
// urllib) got a connection reset instead of the 413: the server answered without reading the
// body and closed the socket with data unread. The same held for a body sent to an unknown path
// (404) or with a method a route does not take (405).
func TestOversizedBodyGetsItsAnswer(t *testing.T) {
	ts := newTestServer(t, newFixture(t), Options{})
	for _, c := range []struct {
		method, path string
		status       int
		code         string
	}{
		{"POST", "/graphql", http.StatusRequestEntityTooLarge, CodeBodyTooLarge},
		{"POST", "/no-such-path", http.StatusNotFound, ""},
		{"PUT", "/healthz", http.StatusMethodNotAllowed, ""},
	} {
		conn, err := net.Dial("tcp", ts.Listener.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		conn.SetDeadline(time.Now().Add(20 * time.Second))
		body := bytes.Repeat([]byte("x"), 4<<20)
		fmt.Fprintf(conn, "%s %s HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", c.method, c.path, len(body))
		if _, err := conn.Write(body); err != nil {
			t.Fatalf("%s %s: sending the body: %v (the server reset the connection)", c.method, c.path, err)
		}
		resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			t.Fatalf("%s %s: reading the answer: %v", c.method, c.path, err)
		}
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != c.status || !strings.Contains(string(b), c.code) {
			t.Errorf("%s %s: status %d: %s", c.method, c.path, resp.StatusCode, b)
		}
		conn.Close()
	}
}

// Issue 16, finding 8: without a write deadline a client that stops reading pinned a large
// response (and its memory) indefinitely. The request's time limit now covers writing.
func TestSlowReaderIsCutOff(t *testing.T) {
	// On disk: an in-memory store refuses values over 64 KiB.
	s, err := graph.Open(graph.DefaultOptions(t.TempDir()).WithLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	text := strings.Repeat("The minister said the plan would go ahead. ", 40000) // 1.7 MB
	a := graph.Article{ID: graph.ArticleID("https://example.com/long", text), URL: "https://example.com/long", Title: "Long", Text: text}
	if _, err := s.MergeArticle(context.Background(), &graph.ArticleGraph{Article: a}); err != nil {
		t.Fatal(err)
	}
	guard := httpguard.New(httpguard.Config{Timeout: 2 * time.Second})
	srv, err := NewServer(s, Options{Timeout: 2 * time.Second, Guard: guard, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	hs := &http.Server{Handler: srv}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go hs.Serve(ln)
	defer hs.Close()

	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.(*net.TCPConn).SetReadBuffer(4 << 10)
	q, _ := json.Marshal(map[string]string{"query": aliasedArticles(10)}) // about 17 MB
	fmt.Fprintf(conn, "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s", len(q), q)
	// Never read. The handler must end anyway, soon after the limit: the response is several
	// times what the socket buffers hold.
	deadline := time.Now().Add(8 * time.Second)
	for counterValue(t, guard.Registry(), "claimgraph_http_request_duration_seconds", "route", "graphql") < 1 {
		if time.Now().After(deadline) {
			t.Fatal("the handler is still writing to a client that does not read, 8 s after a 2 s limit")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// Issue 16, finding 8: Article.source showed the absolute path of the loading machine.
func TestArticleSourceIsAFileName(t *testing.T) {
	for src, want := range map[string]string{
		"/home/me/private/news/a.jsonl:3": "a.jsonl:3",
		`C:\Users\me\b.html`:              "b.html",
		"embedded:samples/c.txt":          "c.txt",
		"-":                               "-",
		"d.txt":                           "d.txt",
	} {
		if got := sourceName(src); got != want {
			t.Errorf("sourceName(%q) = %q, want %q", src, got, want)
		}
	}
	s, err := graph.Open(graph.DefaultOptions("").WithInMemory(true).WithLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	text := "The minister spoke."
	a := graph.Article{ID: graph.ArticleID("", text), Text: text, Source: "/home/me/private/news/a.jsonl:3"}
	if _, err := s.MergeArticle(context.Background(), &graph.ArticleGraph{Article: a}); err != nil {
		t.Fatal(err)
	}
	res := Execute(context.Background(), s, `{ articles { nodes { source } } }`, nil, "")
	b, _ := json.Marshal(res)
	if !strings.Contains(string(b), `"source":"a.jsonl:3"`) || strings.Contains(string(b), "private") {
		t.Errorf("source: %s", b)
	}
}

// /metrics exports the request, admission and store series.
func TestMetricsEndpoint(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	ts.query(t, `{ articles { totalCount } }`, nil)
	resp, err := http.Get(ts.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	for _, want := range []string{
		`claimgraph_http_requests_total{code="200",outcome="ok",route="graphql"} 1`,
		`claimgraph_http_request_duration_seconds_bucket{route="graphql"`,
		`claimgraph_http_response_bytes_count{route="graphql"} 1`,
		`claimgraph_http_in_flight{class="heavy"} 0`,
		`claimgraph_http_queued{class="light"} 0`,
		`claimgraph_http_rejected_total{class="heavy"} 0`,
		`claimgraph_store_bytes{part="lsm"}`,
		`process_resident_memory_bytes`,
	} {
		if !strings.Contains(string(b), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}

func parseForTest(q string) (*ast.Document, error) {
	return parser.Parse(parser.ParseParams{Source: source.NewSource(&source.Source{Body: []byte(q)})})
}
