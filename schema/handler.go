package schema

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"sort"
	"strconv"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/httpguard"
	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/gqlerrors"
	"github.com/prometheus/client_golang/prometheus"
)

// Handler returns the claimgraph HTTP handler over store:
//
//	POST /graphql   {"query", "variables", "operationName"} as application/json
//	GET  /graphql   ?query=&variables=&operationName= (queries only)
//	GET  /          GraphiQL, assets under /graphiql/ embedded in the binary
//	GET  /healthz   200 "ok" once the schema is built
//	GET  /metrics   Prometheus metrics (requests, latency, admission, response bytes, store size)
//
// /graphql and the GraphiQL pages sit behind opts.Guard (package httpguard): each query is
// admitted by its estimated cost (HeavyCost), its response is bounded while it is built
// (RESPONSE_TOO_LARGE, 422) and written as it is encoded, and the time limit covers writing.
// /healthz and /metrics are never queued. Routes added here should sit behind the guard too
// (s.opts.Guard.Route; see the httpguard package comment).
//
// Responses to /graphql are JSON GraphQL responses; a request refused before execution gets
// {"errors": [...]} with extensions.code and a 4xx/5xx status (see the Code constants). If the
// schema cannot be built (a bug), the error is logged, /healthz answers 503 and /graphql 500.
func Handler(store *graph.Store, opts Options) http.Handler {
	s, err := NewServer(store, opts)
	if err != nil {
		opts = opts.withDefaults()
		opts.Logger.Error("graphql: cannot build schema", "err", err)
		s = &Server{store: store, opts: opts, log: opts.Logger, err: err}
		s.routes()
	}
	return s
}

func (s *Server) routes() {
	g := s.opts.Guard
	s.mux = http.NewServeMux()
	s.mux.Handle("/graphql", g.Route("graphql", httpguard.RouteOptions{Class: httpguard.Deferred}, http.HandlerFunc(s.serveGraphQL)))
	s.mux.HandleFunc("GET /healthz", s.serveHealth)
	s.mux.Handle("GET /metrics", g.MetricsHandler())
	page := httpguard.RouteOptions{Class: httpguard.Light}
	s.mux.Handle("GET /{$}", g.Route("graphiql", page, http.HandlerFunc(s.serveIndex)))
	s.mux.Handle("GET /graphiql/", g.Route("graphiql", page, http.HandlerFunc(s.serveGraphiQL)))
}

// registerStoreMetrics exports the store's size on the guard's registry (once per registry).
func registerStoreMetrics(g *httpguard.Guard, store *graph.Store) {
	size := func(part int) func() float64 {
		return func() float64 {
			lsm, vlog := store.Size()
			return float64([]int64{lsm, vlog}[part])
		}
	}
	for i, part := range []string{"lsm", "vlog"} {
		err := g.Registry().Register(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name:        "claimgraph_store_bytes",
			Help:        "Size of the store's files: lsm (tables) and vlog (value log, long article texts).",
			ConstLabels: prometheus.Labels{"part": part},
		}, size(i)))
		var are prometheus.AlreadyRegisteredError
		if err != nil && !errors.As(err, &are) {
			panic(err) // a metric name clash: a bug
		}
	}
}

// ServeHTTP serves the routes listed on Handler. A panic anywhere below becomes a 500 INTERNAL
// error response; the server keeps running.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.Error("graphql: panic in handler", "panic", v, "path", r.URL.Path)
			writeJSON(w, refused(internalError(fmt.Errorf("panic: %v", v))))
		}
	}()
	if _, pattern := s.mux.Handler(r); pattern == "" && r.Body != nil && r.Body != http.NoBody {
		// An unknown path or method (404, 405) with a body: answer, then read the body (up to the
		// guard's DrainBytes) so that a client sending it whole gets the answer, not a connection
		// reset (net/http closes a connection that leaves more than 256 KiB unread).
		s.mux.ServeHTTP(w, r)
		s.opts.Guard.Drain(w, r.Body)
		return
	}
	s.mux.ServeHTTP(w, r)
}

func (s *Server) serveHealth(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	if s.err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		io.WriteString(w, "schema not built\n")
		return
	}
	io.WriteString(w, "ok")
}

func (s *Server) serveGraphQL(w http.ResponseWriter, r *http.Request) {
	if s.err != nil {
		writeJSON(w, refused(internalError(s.err)))
		return
	}
	var (
		req request
		err error
	)
	body := r.Body
	switch r.Method {
	case http.MethodPost:
		req, err = s.decodePost(w, r)
	case http.MethodGet:
		req, err = s.decodeGet(r)
	default:
		w.Header().Set("Allow", "GET, POST")
		out := refused(errorf(CodeBadRequest, "method %s is not allowed: use POST, or GET for queries", r.Method))
		out.status = http.StatusMethodNotAllowed
		writeJSON(w, out)
		return
	}
	if err != nil {
		s.log.Debug("graphql request refused", "method", r.Method, "err", err)
		out := refused(err)
		writeJSON(w, out)
		if out.status == http.StatusRequestEntityTooLarge {
			// Read what the client is still sending, so it reads the 413 instead of a reset.
			s.opts.Guard.Drain(w, body)
		}
		return
	}
	req.admit = s.opts.Guard.Acquire
	req.budget = httpguard.BudgetFrom(r.Context())
	out := s.run(r.Context(), req)
	if out.status == http.StatusMethodNotAllowed {
		w.Header().Set("Allow", "POST")
	}
	writeJSON(w, out)
}

// body is the JSON body of a POST, as the GraphQL-over-HTTP draft defines it. Other members
// ("extensions") are ignored.
type body struct {
	Query         string          `json:"query"`
	Variables     json.RawMessage `json:"variables"`
	OperationName string          `json:"operationName"`
}

func (s *Server) decodePost(w http.ResponseWriter, r *http.Request) (request, error) {
	ct := r.Header.Get("Content-Type")
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil || mt != "application/json" {
		return request{}, errorf(CodeBadRequest, "Content-Type must be application/json, got %q", ct)
	}
	if r.ContentLength > s.opts.MaxBodyBytes {
		return request{}, errorf(CodeBodyTooLarge, "request body is %d bytes; at most %d are accepted", r.ContentLength, s.opts.MaxBodyBytes)
	}
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opts.MaxBodyBytes))
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		return request{}, errorf(CodeBodyTooLarge, "request body is larger than %d bytes", s.opts.MaxBodyBytes)
	case err != nil:
		return request{}, errorf(CodeBadRequest, "reading request body: %v", err)
	}
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	switch {
	case len(trimmed) == 0:
		return request{}, errorf(CodeBadRequest, "empty request body: send {\"query\": ...}")
	case trimmed[0] == '[':
		return request{}, errorf(CodeBadRequest, "batched requests (a JSON array) are not supported: send one request object")
	case trimmed[0] != '{':
		return request{}, errorf(CodeBadRequest, "request body must be a JSON object")
	}
	var b body
	if err := decodeOne(data, &b); err != nil {
		return request{}, err
	}
	vars, err := decodeVariables(b.Variables)
	if err != nil {
		return request{}, err
	}
	return request{query: b.Query, variables: vars, operationName: b.OperationName, method: http.MethodPost}, nil
}

func (s *Server) decodeGet(r *http.Request) (request, error) {
	q := r.URL.Query()
	req := request{query: q.Get("query"), operationName: q.Get("operationName"), method: http.MethodGet}
	if v := q.Get("variables"); v != "" {
		vars, err := decodeVariables(json.RawMessage(v))
		if err != nil {
			return request{}, err
		}
		req.variables = vars
	}
	return req, nil
}

// decodeOne decodes exactly one JSON value from data into v: anything after it but white space
// is an error, so a second object cannot ride along unseen.
func decodeOne(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber() // keeps 99999999999 exact so the Int check can reject it
	if err := dec.Decode(v); err != nil {
		return errorf(CodeBadRequest, "request is not valid JSON: %v", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return errorf(CodeBadRequest, "unexpected data after the JSON request object")
	}
	return nil
}

// decodeVariables decodes the variables member: a JSON object or null.
func decodeVariables(raw json.RawMessage) (map[string]any, error) {
	t := bytes.TrimSpace(raw)
	if len(t) == 0 || bytes.Equal(t, []byte("null")) {
		return nil, nil
	}
	if t[0] != '{' {
		return nil, errorf(CodeBadRequest, "variables must be a JSON object")
	}
	var vars map[string]any
	if err := decodeOne(t, &vars); err != nil {
		return nil, err
	}
	return vars, nil
}

// response is the body of a request refused before execution: errors only, no data member, as
// the GraphQL spec asks for request errors.
type response struct {
	Errors []gqlerrors.FormattedError `json:"errors"`
}

// writeJSON writes out as the response. An executed result is encoded as it is written (see
// streamResult): its size was bounded while it was built, and no second copy of it is held.
func writeJSON(w http.ResponseWriter, out outcome) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if out.retryAfter > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(out.retryAfter))
	}
	if out.executed {
		w.WriteHeader(out.status)
		bw := bufio.NewWriterSize(w, 32<<10)
		if err := streamResult(bw, out.result); err == nil {
			bw.Flush()
		}
		// A write error is the client's (gone, or too slow for the write deadline): nothing
		// more can be told to it.
		return
	}
	b, err := json.Marshal(response{Errors: out.result.Errors})
	if err != nil {
		b, _ = json.Marshal(response{Errors: []gqlerrors.FormattedError{formatted(internalError(err))}})
		out.status = http.StatusInternalServerError
	}
	w.WriteHeader(out.status)
	w.Write(b)
}

// streamResult writes res as encoding/json would marshal it ({"data", "errors", "extensions"},
// object keys sorted) but value by value, so the encoding never exists whole in memory.
func streamResult(w *bufio.Writer, res *graphql.Result) error {
	w.WriteString(`{"data":`)
	if err := streamValue(w, res.Data); err != nil {
		return err
	}
	for _, m := range []struct {
		name string
		v    any
		set  bool
	}{{"errors", res.Errors, len(res.Errors) > 0}, {"extensions", res.Extensions, len(res.Extensions) > 0}} {
		if !m.set {
			continue
		}
		b, err := json.Marshal(m.v)
		if err != nil {
			return err
		}
		w.WriteString(`,"` + m.name + `":`)
		w.Write(b)
	}
	_, err := w.WriteString("}")
	return err
}

func streamValue(w *bufio.Writer, v any) error {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		w.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				w.WriteByte(',')
			}
			kb, _ := json.Marshal(k)
			w.Write(kb)
			w.WriteByte(':')
			if err := streamValue(w, x[k]); err != nil {
				return err
			}
		}
		return w.WriteByte('}')
	case []any:
		w.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				w.WriteByte(',')
			}
			if err := streamValue(w, e); err != nil {
				return err
			}
		}
		return w.WriteByte(']')
	}
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

var _ http.Handler = (*Server)(nil)
