// Package httpguard keeps an HTTP server answering under load and hostile clients: admission
// control (a bounded number of requests executing at once, short queues, a fast 503 with
// Retry-After beyond them, a light class that heavy requests cannot starve), a response budget
// (bytes and time, for the whole request including writing), Prometheus metrics, and the
// outer checks (Host header, bearer token, security headers).
//
// How a route sits behind it (claimgraph's /graphql does this; /export, /explore, /articles
// should too):
//
//	g := httpguard.New(cfg)
//	mux.Handle("GET /export", g.Route("export", httpguard.RouteOptions{Class: httpguard.Heavy, Timeout: 5 * time.Minute, MaxResponseBytes: -1}, exportHandler))
//	mux.Handle("GET /explore", g.Route("explore", httpguard.RouteOptions{Class: httpguard.Light}, page))
//	srv.Handler = g.Outer(mux)
//
// Inside the route: the request context carries the deadline and a *Budget (BudgetFrom);
// charge it with what you are about to write (Budget.Charge) and stop when it fails. The
// ResponseWriter also refuses writes past the budget, as a backstop. A route whose cost is known
// only after reading the request uses Class Deferred and calls Guard.Acquire itself.
// /healthz and /metrics must not go through Route: they are never queued.
package httpguard

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Defaults of Config; zero fields take them.
const (
	// DefaultMaxResponseBytes bounds one response: 32 MiB is about 8,000 article texts of
	// 4 KB, far more than a page of any connection needs, and keeps a few concurrent worst cases
	// within the 500 MB the server is meant to stay under (issue 16).
	DefaultMaxResponseBytes = 32 << 20
	// DefaultTimeout bounds a whole request, reading, execution and writing included.
	DefaultTimeout = 10 * time.Second
	// DefaultQueueWait is how long a request may wait for a slot before a 503.
	DefaultQueueWait = 2 * time.Second
	// DefaultDrainBytes is how much of an oversized request body is read and discarded after the
	// 413, so clients that send the whole body before reading the answer see it (issue 16).
	DefaultDrainBytes = 16 << 20
)

// Config configures a Guard. The zero value is usable.
type Config struct {
	// MaxInFlight bounds the requests executing at once (default 2 × GOMAXPROCS).
	MaxInFlight int
	// MaxHeavy bounds the heavy requests among them (default half of GOMAXPROCS, at least 1,
	// and fewer than MaxInFlight when it is above 1), so MaxInFlight-MaxHeavy slots are always
	// left to light requests. A heavy query keeps a core busy; on 2 cores one heavy query at a
	// time leaves the other core to the light ones (bench/README.md, soak).
	MaxHeavy int
	// MaxQueue bounds the requests waiting for a slot, per class (default MaxInFlight × 2).
	MaxQueue int
	// QueueWait bounds the wait for a slot (default 2 s).
	QueueWait time.Duration
	// MaxResponseBytes bounds a response body (default 32 MiB; negative: no bound).
	MaxResponseBytes int64
	// Timeout bounds a whole request (default 10 s; negative: none). Routes may set their own.
	Timeout time.Duration
	// DrainBytes bounds how much of a refused body is read before the connection closes
	// (default 16 MiB).
	DrainBytes int64

	// AllowedHosts are the Host names (no port) accepted besides IP literals and "localhost";
	// see Outer.
	AllowedHosts []string
	// AuthToken, when set, must be sent as "Authorization: Bearer TOKEN" on every path but the
	// public ones.
	AuthToken string
	// PublicPaths need no token: exact paths, or prefixes when they end in "/". Default
	// "/healthz", "/" and "/graphiql/" (the GraphiQL page and assets hold no data; GraphiQL's
	// headers pane sends the token).
	PublicPaths []string

	// Registry receives the metrics (default a new registry; see Guard.Registry).
	Registry *prometheus.Registry
}

func (c Config) withDefaults() Config {
	if c.MaxInFlight <= 0 {
		c.MaxInFlight = 2 * runtime.GOMAXPROCS(0)
	}
	if c.MaxHeavy <= 0 {
		c.MaxHeavy = max(1, runtime.GOMAXPROCS(0)/2)
		if c.MaxInFlight > 1 {
			c.MaxHeavy = min(c.MaxHeavy, c.MaxInFlight-1)
		}
	}
	c.MaxHeavy = min(c.MaxHeavy, c.MaxInFlight)
	if c.MaxQueue <= 0 {
		c.MaxQueue = 2 * c.MaxInFlight
	}
	if c.QueueWait <= 0 {
		c.QueueWait = DefaultQueueWait
	}
	if c.MaxResponseBytes == 0 {
		c.MaxResponseBytes = DefaultMaxResponseBytes
	}
	if c.Timeout == 0 {
		c.Timeout = DefaultTimeout
	}
	if c.DrainBytes <= 0 {
		c.DrainBytes = DefaultDrainBytes
	}
	if c.PublicPaths == nil {
		c.PublicPaths = []string{"/healthz", "/{$}", "/graphiql/"}
	}
	if c.Registry == nil {
		c.Registry = prometheus.NewRegistry()
	}
	return c
}

// Guard holds the admission state and metrics shared by every route of one server.
type Guard struct {
	cfg Config
	adm *admission
	m   *metrics
}

// New returns a Guard configured by cfg (zero fields take the defaults).
func New(cfg Config) *Guard {
	cfg = cfg.withDefaults()
	g := &Guard{cfg: cfg, m: newMetrics(cfg.Registry)}
	g.adm = &admission{slots: cfg.MaxInFlight, maxHeavy: cfg.MaxHeavy, maxQueue: cfg.MaxQueue,
		wait: cfg.QueueWait, observe: g.m.admission}
	return g
}

// Config returns the configuration in effect, defaults filled in.
func (g *Guard) Config() Config { return g.cfg }

// Registry is where the Guard's metrics live; register more collectors (store size, …) on it.
func (g *Guard) Registry() *prometheus.Registry { return g.cfg.Registry }

// Acquire takes an execution slot of class c for a Deferred route, waiting in c's queue up to
// Config.QueueWait. Call release exactly once when the work is over (not merely abandoned: a
// slot bounds work that is still running). Errors: *OverloadError (wrapping ErrOverloaded), or
// ctx's error.
func (g *Guard) Acquire(ctx context.Context, c Class) (release func(), err error) {
	return g.adm.acquire(ctx, c)
}

// RouteOptions configure one route behind Route.
type RouteOptions struct {
	Class   Class         // Light, Heavy, or Deferred (the handler calls Acquire)
	Timeout time.Duration // whole-request limit; 0: Config.Timeout; negative: none
	// MaxResponseBytes bounds the response; 0: Config.MaxResponseBytes; negative: none (a
	// whole-store export, which streams and is bounded by its Timeout instead).
	MaxResponseBytes int64
}

type ctxKey int

const budgetKey ctxKey = 0

// BudgetFrom returns the response budget of a request served through Route, or nil (no bound).
func BudgetFrom(ctx context.Context) *Budget {
	b, _ := ctx.Value(budgetKey).(*Budget)
	return b
}

// Route wraps h with the request's deadline (reading, execution and writing: the write
// deadline is set too, so a slow reader cannot pin a response), its response budget, admission
// of class o.Class, and metrics labelled name. A refused request gets 503 with Retry-After and a
// JSON body {"errors":[{"message", "extensions":{"code":"OVERLOADED"}}]}.
func (g *Guard) Route(name string, o RouteOptions, h http.Handler) http.Handler {
	timeout := o.Timeout
	if timeout == 0 {
		timeout = g.cfg.Timeout
	}
	limit := o.MaxResponseBytes
	if limit == 0 {
		limit = g.cfg.MaxResponseBytes
	}
	g.m.init(name)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		ctx, cancel := context.WithCancelCause(r.Context())
		defer cancel(nil)
		if timeout > 0 {
			var stop context.CancelFunc
			ctx, stop = context.WithTimeout(ctx, timeout)
			defer stop()
			// A second past the deadline lets the handler write its TIMEOUT error.
			_ = http.NewResponseController(w).SetWriteDeadline(start.Add(timeout + time.Second))
		}
		b := &Budget{limit: limit, cancel: cancel}
		ctx = context.WithValue(ctx, budgetKey, b)
		cw := &countingWriter{ResponseWriter: w, budget: b}
		defer func() { g.m.done(name, cw.status(), cw.n, time.Since(start)) }()
		if o.Class != Deferred {
			release, err := g.Acquire(ctx, o.Class)
			if err != nil {
				g.Refuse(cw, err)
				return
			}
			defer release()
		}
		h.ServeHTTP(cw, r.WithContext(ctx))
	})
}

// Refuse answers a request that Acquire refused: 503 with Retry-After for an *OverloadError,
// 503 TIMEOUT for a context that ended while waiting.
func (g *Guard) Refuse(w http.ResponseWriter, err error) {
	var oe *OverloadError
	if errors.As(err, &oe) {
		w.Header().Set("Retry-After", strconv.Itoa(int(oe.RetryAfter/time.Second)))
		WriteError(w, http.StatusServiceUnavailable, "OVERLOADED", oe.Error())
		return
	}
	WriteError(w, http.StatusServiceUnavailable, "TIMEOUT", "request ended while waiting for a slot: "+err.Error())
}

// WriteError writes {"errors":[{"message": msg, "extensions": {"code": code}}]} with status.
func WriteError(w http.ResponseWriter, status int, code, msg string) {
	b, _ := json.Marshal(map[string]any{"errors": []any{map[string]any{
		"message": msg, "locations": []any{}, "extensions": map[string]any{"code": code}}}})
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// Drain sends the answer written so far and reads and discards what is left of the request
// body, up to Config.DrainBytes. Call it after answering a request whose body was refused (413):
// a client that sends its whole body before reading the answer otherwise gets a connection reset
// instead of the answer (net/http closes a connection with more than 256 KiB unread). body is
// the original r.Body (not a MaxBytesReader around it). A body larger still is cut off then.
func (g *Guard) Drain(w http.ResponseWriter, body io.Reader) {
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
	_, _ = io.CopyN(io.Discard, body, g.cfg.DrainBytes)
}

// Budget is a response's byte allowance. Charge it before or while producing output.
type Budget struct {
	limit  int64 // <= 0: none
	used   atomic.Int64
	over   atomic.Bool
	cancel context.CancelCauseFunc
}

// ResponseTooLargeError is the error of a response over its budget.
type ResponseTooLargeError struct{ Limit int64 }

func (e *ResponseTooLargeError) Error() string {
	return fmt.Sprintf("response is larger than the %s limit: ask for fewer items (first:) or fewer fields", FormatBytes(e.Limit))
}

// Charge adds n bytes to the response. Past the limit it cancels the request's context with a
// *ResponseTooLargeError as its cause (so every resolver and store read still running stops)
// and returns that error, now and on every later call. A nil Budget never refuses.
func (b *Budget) Charge(n int64) error {
	if b == nil || b.limit <= 0 {
		return nil
	}
	if b.used.Add(n) > b.limit {
		err := &ResponseTooLargeError{Limit: b.limit}
		if !b.over.Swap(true) && b.cancel != nil {
			b.cancel(err)
		}
		return err
	}
	return nil
}

// Exceeded reports whether Charge has failed.
func (b *Budget) Exceeded() bool { return b != nil && b.over.Load() }

// Limit is the budget in bytes (<= 0: none).
func (b *Budget) Limit() int64 {
	if b == nil {
		return 0
	}
	return b.limit
}

// countingWriter counts the bytes written and refuses writes past the budget's limit.
type countingWriter struct {
	http.ResponseWriter
	budget *Budget
	n      int64
	code   int
}

func (c *countingWriter) WriteHeader(code int) {
	if c.code == 0 {
		c.code = code
	}
	c.ResponseWriter.WriteHeader(code)
}

func (c *countingWriter) Write(p []byte) (int, error) {
	if c.code == 0 {
		c.code = http.StatusOK
	}
	if lim := c.budget.limit; lim > 0 && c.n+int64(len(p)) > lim {
		return 0, &ResponseTooLargeError{Limit: lim}
	}
	n, err := c.ResponseWriter.Write(p)
	c.n += int64(n)
	return n, err
}

func (c *countingWriter) status() int {
	if c.code == 0 {
		return http.StatusOK
	}
	return c.code
}

// Unwrap lets http.ResponseController reach the connection (write deadlines, flushing).
func (c *countingWriter) Unwrap() http.ResponseWriter { return c.ResponseWriter }

// Flush passes through to the underlying writer.
func (c *countingWriter) Flush() {
	if f, ok := c.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Outer wraps the whole server: it sets security headers on every response, refuses a Host
// header that is neither an IP literal, "localhost", nor one of Config.AllowedHosts (a DNS
// rebinding page in a browser sends its own domain name; 403 HOST_NOT_ALLOWED), and, when
// Config.AuthToken is set, refuses requests to non-public paths without it (401).
func (g *Guard) Outer(h http.Handler) http.Handler {
	public := http.NewServeMux()
	for _, p := range g.cfg.PublicPaths {
		public.Handle(p, http.NotFoundHandler())
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Referrer-Policy", "no-referrer")
		// Everything the pages load is served from here; GraphiQL styles elements inline and embeds
		// its fonts as data: URLs.
		hd.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "+
			"img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
		if !g.HostAllowed(r.Host) {
			WriteError(w, http.StatusForbidden, "HOST_NOT_ALLOWED",
				fmt.Sprintf("Host %q is not served here; start serve with --allowed-host to accept it", r.Host))
			g.Drain(w, r.Body) // so a client sending a large body reads the answer, not a reset
			return
		}
		if tok := g.cfg.AuthToken; tok != "" {
			if _, pattern := public.Handler(r); pattern == "" {
				got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
				if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(tok)) != 1 {
					w.Header().Set("WWW-Authenticate", `Bearer realm="claimgraph"`)
					WriteError(w, http.StatusUnauthorized, "UNAUTHORIZED", "send the server's token as Authorization: Bearer TOKEN")
					g.Drain(w, r.Body)
					return
				}
			}
		}
		h.ServeHTTP(w, r)
	})
}

// HostAllowed reports whether a Host header (with or without port) may be served: IP literals
// (a rebinding page cannot make a browser send one for its own origin), "localhost" and
// names under it, and Config.AllowedHosts (case-insensitive). An empty Host (HTTP/1.0) is allowed.
func (g *Guard) HostAllowed(host string) bool {
	if host == "" {
		return true
	}
	name := host
	if h, _, err := net.SplitHostPort(host); err == nil {
		name = h
	}
	name = strings.TrimSuffix(strings.Trim(name, "[]"), ".")
	if net.ParseIP(name) != nil {
		return true
	}
	name = strings.ToLower(name)
	if name == "localhost" || strings.HasSuffix(name, ".localhost") {
		return true
	}
	for _, a := range g.cfg.AllowedHosts {
		if strings.EqualFold(strings.TrimSuffix(a, "."), name) {
			return true
		}
	}
	return false
}

// FormatBytes writes n as "32 MiB", "512 KiB" or "100 bytes".
func FormatBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
