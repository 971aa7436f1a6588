package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/graphql-go/graphql/gqlerrors"
)

// Handler returns the claimgraph HTTP handler over store:
//
//	POST /graphql   {"query", "variables", "operationName"} as application/json
//	GET  /graphql   ?query=&variables=&operationName= (queries only)
//	GET  /          GraphiQL, assets under /graphiql/ embedded in the binary
//	GET  /healthz   200 "ok" once the schema is built
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
	s.mux = http.NewServeMux()
	s.mux.HandleFunc("/graphql", s.serveGraphQL)
	s.mux.HandleFunc("GET /healthz", s.serveHealth)
	s.mux.HandleFunc("GET /{$}", s.serveIndex)
	s.mux.HandleFunc("GET /graphiql/", s.serveGraphiQL)
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
		writeJSON(w, refused(err))
		return
	}
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

func writeJSON(w http.ResponseWriter, out outcome) {
	var v any = out.result
	if !out.executed {
		v = response{Errors: out.result.Errors}
	}
	b, err := json.Marshal(v)
	if err != nil {
		b, _ = json.Marshal(response{Errors: []gqlerrors.FormattedError{formatted(internalError(err))}})
		out.status = http.StatusInternalServerError
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(out.status)
	w.Write(b)
}

var _ http.Handler = (*Server)(nil)
