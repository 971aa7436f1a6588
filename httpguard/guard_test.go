package httpguard

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// A light request waits for at most one light request however many heavy ones are queued: heavy
// requests never take the slots left to light ones.
func TestLightIsNeverStarved(t *testing.T) {
	g := New(Config{MaxInFlight: 3, MaxHeavy: 2, MaxQueue: 10, QueueWait: time.Second})
	ctx := context.Background()
	var releases []func()
	for range 2 {
		rel, err := g.Acquire(ctx, Heavy)
		if err != nil {
			t.Fatal(err)
		}
		releases = append(releases, rel)
	}
	// A third heavy request queues although a slot is free: it is the light one's.
	got := make(chan error, 1)
	go func() {
		rel, err := g.Acquire(ctx, Heavy)
		if err == nil {
			rel()
		}
		got <- err
	}()
	time.Sleep(20 * time.Millisecond)
	select {
	case err := <-got:
		t.Fatalf("third heavy request did not wait: %v", err)
	default:
	}
	start := time.Now()
	rel, err := g.Acquire(ctx, Light)
	if err != nil || time.Since(start) > 50*time.Millisecond {
		t.Fatalf("light request with two heavy running and one queued: %v after %v", err, time.Since(start))
	}
	rel()
	releases[0]()
	if err := <-got; err != nil {
		t.Errorf("queued heavy request after a release: %v", err)
	}
	releases[1]()
}

// Beyond the queue a request is refused at once; in the queue past QueueWait it is refused
// then; either way with an *OverloadError carrying a Retry-After of at least a second.
func TestOverloadRefusals(t *testing.T) {
	g := New(Config{MaxInFlight: 1, MaxQueue: 1, QueueWait: 100 * time.Millisecond})
	ctx := context.Background()
	rel, err := g.Acquire(ctx, Light)
	if err != nil {
		t.Fatal(err)
	}
	defer rel()
	var wg sync.WaitGroup
	var queued error
	wg.Go(func() { _, queued = g.Acquire(ctx, Light) })
	time.Sleep(20 * time.Millisecond)
	start := time.Now()
	_, err = g.Acquire(ctx, Light)
	var oe *OverloadError
	if !errors.As(err, &oe) || oe.Reason != "queue full" || time.Since(start) > 20*time.Millisecond || oe.RetryAfter < time.Second {
		t.Errorf("beyond the queue: %v after %v", err, time.Since(start))
	}
	wg.Wait()
	if !errors.As(queued, &oe) || oe.Reason != "waited too long" || !errors.Is(queued, ErrOverloaded) {
		t.Errorf("queued past the wait: %v", queued)
	}
	// A context that ends while waiting gives its own error.
	cctx, cancel := context.WithTimeout(ctx, 10*time.Millisecond)
	defer cancel()
	if _, err := g.Acquire(cctx, Light); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("cancelled wait: %v", err)
	}
}

func TestRouteRefusesWith503(t *testing.T) {
	g := New(Config{MaxInFlight: 1, MaxQueue: 1, QueueWait: 50 * time.Millisecond})
	block := make(chan struct{})
	h := g.Route("export", RouteOptions{Class: Heavy}, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-block
	}))
	go h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/export", nil))
	time.Sleep(20 * time.Millisecond)
	go h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/export", nil)) // queued
	time.Sleep(10 * time.Millisecond)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/export", nil))
	close(block)
	if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") != "1" || !strings.Contains(rec.Body.String(), `"code":"OVERLOADED"`) {
		t.Errorf("refusal: %d %v %s", rec.Code, rec.Header(), rec.Body)
	}
}

// The writer behind Route refuses bytes past the budget: a backstop for routes that do not
// charge it themselves.
func TestRouteBoundsTheResponse(t *testing.T) {
	g := New(Config{MaxResponseBytes: 10})
	var werr error
	h := g.Route("x", RouteOptions{Class: Light}, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if BudgetFrom(r.Context()).Limit() != 10 {
			t.Error("no budget in the request context")
		}
		w.Write([]byte("0123456789"))
		_, werr = w.Write([]byte("x"))
	}))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/x", nil))
	var tl *ResponseTooLargeError
	if rec.Body.Len() != 10 || !errors.As(werr, &tl) {
		t.Errorf("wrote %d bytes, second write: %v", rec.Body.Len(), werr)
	}
	// A route may lift the bound (an export streams the whole store).
	h = g.Route("export", RouteOptions{Class: Light, MaxResponseBytes: -1}, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, werr = w.Write(make([]byte, 100))
	}))
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/export", nil))
	if werr != nil || rec.Body.Len() != 100 {
		t.Errorf("unbounded route: %v, %d bytes", werr, rec.Body.Len())
	}
	b := &Budget{limit: 100}
	if b.Charge(60) != nil || b.Charge(60) == nil || !b.Exceeded() {
		t.Error("Charge does not refuse past the limit")
	}
}

// Issue 16, finding 8: the Host header was not checked, so a DNS-rebinding page could read the
// graph from a browser; the HTML pages had no CSP or X-Frame-Options; there was no way to
// require a token.
func TestOuterChecks(t *testing.T) {
	ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })
	g := New(Config{AllowedHosts: []string{"graph.example.org"}})
	h := g.Outer(ok)
	for host, want := range map[string]int{
		"127.0.0.1:8080":         200,
		"[::1]:8080":             200,
		"localhost:8080":         200,
		"LOCALHOST":              200,
		"10.1.2.3":               200,
		"graph.example.org:443":  200,
		"Graph.Example.Org.":     200,
		"evil.example.com:8080":  403,
		"127.0.0.1.nip.io:8080":  403,
		"graph.example.org.evil": 403,
	} {
		req := httptest.NewRequest("GET", "/graphql", nil)
		req.Host = host
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != want {
			t.Errorf("Host %q: %d, want %d", host, rec.Code, want)
		}
		if rec.Header().Get("X-Frame-Options") != "DENY" || !strings.Contains(rec.Header().Get("Content-Security-Policy"), "frame-ancestors 'none'") {
			t.Errorf("Host %q: security headers missing: %v", host, rec.Header())
		}
	}

	h = New(Config{AuthToken: "s3cret"}).Outer(ok)
	for _, c := range []struct {
		path, auth string
		want       int
	}{
		{"/graphql", "", 401},
		{"/graphql", "Bearer wrong", 401},
		{"/graphql", "s3cret", 401},
		{"/graphql", "Bearer s3cret", 200},
		{"/metrics", "", 401},
		{"/export", "", 401},
		{"/healthz", "", 200},
		{"/", "", 200},
		{"/graphiql/init.js", "", 200},
	} {
		req := httptest.NewRequest("GET", c.path, nil)
		req.Host = "127.0.0.1"
		if c.auth != "" {
			req.Header.Set("Authorization", c.auth)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != c.want {
			t.Errorf("%s with %q: %d, want %d", c.path, c.auth, rec.Code, c.want)
		}
	}
}

// TestOuterRefusalReadsTheBody: a 401 (or a refused Host) to a client that sends a large body
// whole before reading was a connection reset, not the answer (fresh-user trial of issue 16).
func TestOuterRefusalReadsTheBody(t *testing.T) {
	g := New(Config{AuthToken: "sixteen-characters"})
	ts := httptest.NewServer(g.Outer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})))
	defer ts.Close()
	for _, host := range []string{"127.0.0.1", "evil.example"} {
		conn, err := net.Dial("tcp", ts.Listener.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		conn.SetDeadline(time.Now().Add(20 * time.Second))
		body := bytes.Repeat([]byte("x"), 4<<20)
		fmt.Fprintf(conn, "POST /graphql HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", host, len(body))
		if _, err := conn.Write(body); err != nil {
			t.Fatalf("Host %s: sending the body: %v (the server reset the connection)", host, err)
		}
		resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			t.Fatalf("Host %s: reading the answer: %v", host, err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized && resp.StatusCode != http.StatusForbidden {
			t.Errorf("Host %s: status %d", host, resp.StatusCode)
		}
		conn.Close()
	}
}
