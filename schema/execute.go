package schema

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"regexp"
	"runtime/debug"
	"strings"
	"time"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/httpguard"
	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/gqlerrors"
	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/location"
	"github.com/graphql-go/graphql/language/parser"
	"github.com/graphql-go/graphql/language/source"
)

// Defaults of Options. Zero fields of an Options take these values.
const (
	DefaultTimeout      = 10 * time.Second
	DefaultMaxBodyBytes = 1 << 20 // 1 MiB
	DefaultMaxNesting   = 64
	DefaultMaxDepth     = 12
	DefaultMaxFields    = 500
	DefaultMaxAliases   = 100
)

// Options configure a Server. The zero value is usable: every zero field takes its default.
// Build them with DefaultOptions and the With methods, or set fields directly.
type Options struct {
	// Timeout bounds each request; past it the request fails with TIMEOUT. Default 10s; a
	// negative value disables it (the caller's context still applies).
	Timeout time.Duration
	// MaxBodyBytes bounds a POST body, a GET query string and a query given to Execute.
	// Larger requests fail with BODY_TOO_LARGE (HTTP 413). Default 1 MiB.
	MaxBodyBytes int64
	// MaxNesting bounds how deep ( [ { may nest in the query text, checked before parsing.
	// Default 64.
	MaxNesting int
	// MaxDepth bounds how deep fields may nest, counted through fragments (ofType excepted).
	// Default 12.
	MaxDepth int
	// MaxFields bounds the fields a query selects, each fragment counted wherever it is spread.
	// Default 500.
	MaxFields int
	// MaxAliases bounds the aliased fields a query selects, counted like MaxFields. Default 100.
	MaxAliases int
	// Logger receives a debug record per request and an error record per INTERNAL error.
	// Default slog.Default().
	Logger *slog.Logger
	// Guard admits HTTP requests (each query by its estimated cost, see HeavyCost), bounds
	// their responses and time, and holds the metrics served at /metrics. Default
	// httpguard.New with Timeout. Execute does not use it.
	Guard *httpguard.Guard
}

// DefaultOptions returns Options with every default filled in.
func DefaultOptions() Options { return Options{}.withDefaults() }

// WithTimeout returns a copy of o with the per-request timeout d (negative: none).
func (o Options) WithTimeout(d time.Duration) Options { o.Timeout = d; return o }

// WithMaxBodyBytes returns a copy of o with the request size limit n bytes.
func (o Options) WithMaxBodyBytes(n int64) Options { o.MaxBodyBytes = n; return o }

// WithLogger returns a copy of o that logs to l.
func (o Options) WithLogger(l *slog.Logger) Options { o.Logger = l; return o }

func (o Options) withDefaults() Options {
	if o.Timeout == 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if o.MaxNesting <= 0 {
		o.MaxNesting = DefaultMaxNesting
	}
	if o.MaxDepth <= 0 {
		o.MaxDepth = DefaultMaxDepth
	}
	if o.MaxFields <= 0 {
		o.MaxFields = DefaultMaxFields
	}
	if o.MaxAliases <= 0 {
		o.MaxAliases = DefaultMaxAliases
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Guard == nil {
		o.Guard = httpguard.New(httpguard.Config{Timeout: o.Timeout})
	}
	return o
}

// Server runs GraphQL requests against one store: it holds the schema, built once, and applies
// the guards to every request. It is safe for concurrent use and is an http.Handler (see
// ServeHTTP).
type Server struct {
	store  *graph.Store
	schema graphql.Schema
	opts   Options
	log    *slog.Logger
	mux    *http.ServeMux
	err    error // why the schema could not be built; set only by Handler

	// afterExecute, when set (by tests), sees each request's loader once execution is over.
	afterExecute func(*loader)
}

// NewServer builds the schema over store and returns a Server using opts. It fails only when
// the schema cannot be built (see New).
func NewServer(store *graph.Store, opts Options) (*Server, error) {
	opts = opts.withDefaults()
	sch, err := newSchema(store, opts.Logger)
	if err != nil {
		return nil, err
	}
	budgetResolvers(&sch)
	s := &Server{store: store, schema: sch, opts: opts, log: opts.Logger}
	s.routes()
	registerStoreMetrics(opts.Guard, store)
	return s, nil
}

// Execute runs one GraphQL request against store with the default Options and the same guards
// as the HTTP handler: it is the `claimgraph query` path. It builds the schema on every call;
// callers running many requests should build a Server once and call its Execute.
//
// The result always carries errors with extensions.code; a request refused before execution has
// nil Data.
func Execute(ctx context.Context, store *graph.Store, query string, variables map[string]any, operationName string) *graphql.Result {
	s, err := NewServer(store, DefaultOptions())
	if err != nil {
		return &graphql.Result{Errors: []gqlerrors.FormattedError{formatted(internalError(err))}}
	}
	return s.Execute(ctx, query, variables, operationName)
}

// Execute runs one GraphQL request (query with its variables and operationName) under s's
// guards and timeout. Errors carry extensions.code; a request refused before execution has nil
// Data.
func (s *Server) Execute(ctx context.Context, query string, variables map[string]any, operationName string) *graphql.Result {
	out := s.run(ctx, request{query: query, variables: variables, operationName: operationName, method: "EXEC"})
	return out.result
}

// request is one GraphQL request as decoded from HTTP or handed to Execute.
type request struct {
	query         string
	variables     map[string]any
	operationName string
	method        string // http.MethodGet, http.MethodPost or "EXEC"

	// admit, when set (HTTP requests), takes an execution slot of the query's class before it
	// runs; budget bounds its response (nil: none).
	admit  func(context.Context, httpguard.Class) (func(), error)
	budget *httpguard.Budget
}

// outcome is a request's result, the HTTP status it maps to and whether it reached execution
// (so the response carries "data").
type outcome struct {
	result     *graphql.Result
	status     int
	executed   bool
	retryAfter int // seconds, for a 503 OVERLOADED
}

func refused(err error) outcome {
	fe := formatted(err)
	code, _ := fe.Extensions["code"].(string)
	return outcome{result: &graphql.Result{Errors: []gqlerrors.FormattedError{fe}}, status: statusFor(code)}
}

// run applies the guards in order of cost, then validates and executes.
func (s *Server) run(ctx context.Context, req request) (out outcome) {
	start := time.Now()
	var l *loader
	defer func() {
		if r := recover(); r != nil {
			s.log.Error("graphql: panic", "panic", r, "stack", string(debug.Stack()))
			out = refused(internalError(fmt.Errorf("panic: %v", r)))
		}
		s.logRequest(req, out, l, time.Since(start))
	}()

	if int64(len(req.query)) > s.opts.MaxBodyBytes {
		return refused(errorf(CodeBodyTooLarge, "query is %d bytes; at most %d are accepted", len(req.query), s.opts.MaxBodyBytes))
	}
	if strings.TrimSpace(req.query) == "" {
		return refused(errorf(CodeBadRequest, "missing query"))
	}
	if err := scanNesting(req.query, s.opts.MaxNesting); err != nil {
		return refused(err)
	}
	if err := checkSyntax(req.query); err != nil {
		return refused(err)
	}
	src := source.NewSource(&source.Source{Body: []byte(asciiIgnored(req.query)), Name: "GraphQL request"})
	// NoSource: with the source attached, graphql-go scans the whole query for every error it
	// locates (see syntax.go); relocate computes the locations instead.
	doc, err := parser.Parse(parser.ParseParams{Source: src, Options: parser.ParseOptions{NoSource: true}})
	if err != nil {
		fe := gqlerrors.FormatError(err)
		fe.Extensions = map[string]any{"code": CodeBadRequest}
		return outcome{result: &graphql.Result{Errors: []gqlerrors.FormattedError{fe}}, status: http.StatusBadRequest}
	}
	lim := limits{maxDepth: s.opts.MaxDepth, maxFields: s.opts.MaxFields, maxAliases: s.opts.MaxAliases}
	if err := checkDocument(doc, src, lim); err != nil {
		return refused(err)
	}
	op, err := selectOperation(doc, req.operationName)
	if err != nil {
		return refused(err)
	}
	if req.method == http.MethodGet && op.Operation != ast.OperationTypeQuery {
		out := refused(errorf(CodeBadRequest, "a %s cannot be sent with GET; use POST", op.Operation))
		out.status = http.StatusMethodNotAllowed
		return out
	}
	vars := map[string]any{}
	for k, v := range req.variables {
		vars[k] = normalizeVariables(v)
	}
	if err := checkVariables(op, vars, src); err != nil {
		return refused(err)
	}

	// A copy per request: graphql-go caches possible types inside the Schema value it is
	// handed, and a shared copy would be written by concurrent requests.
	sch := s.schema
	if s.opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, s.opts.Timeout)
		defer cancel()
	}
	// Admission before validation: under overload most heavy queries are refused, and a
	// refusal should cost as little as possible (the cost estimate tolerates what validation
	// would reject).
	if req.admit != nil {
		cost, heavy := queryCost(&sch, doc, op, vars)
		release, err := req.admit(ctx, classOf(heavy))
		if err != nil {
			return s.overloaded(err, cost)
		}
		defer release()
	}
	if vr := graphql.ValidateDocument(&sch, doc, nil); !vr.IsValid {
		for i := range vr.Errors {
			vr.Errors[i].Extensions = map[string]any{"code": validationCode(vr.Errors[i].Message)}
		}
		relocate(vr.Errors, req.query)
		suggestEnumValues(&sch, vr.Errors)
		return outcome{result: &graphql.Result{Errors: vr.Errors}, status: http.StatusBadRequest}
	}

	if err := ctx.Err(); err != nil {
		return refused(s.timeoutError(err))
	}
	l = newLoader(s.store)
	ctx = withLoader(ctx, l)
	// graphql-go returns as soon as the context it is handed is done but leaves the executor
	// running in the background, so a timed-out query would go on holding memory and CPU after
	// its slot is released. It gets a context that is never done instead; every resolver runs
	// under the real one (budgetResolvers), refuses to start once it is done, and execution
	// ends soon after.
	ctx, ns := withNotices(ctx)
	execCtx := context.WithValue(context.WithoutCancel(ctx), execKey{}, &execState{ctx: ctx, budget: req.budget})
	res := graphql.Execute(graphql.ExecuteParams{
		Schema:        sch,
		AST:           doc,
		OperationName: req.operationName,
		Args:          vars,
		Context:       execCtx,
	})
	if s.afterExecute != nil {
		s.afterExecute(l)
	}
	if req.budget.Exceeded() {
		// Nothing of a response over budget is sent: a partial page would look complete.
		out := refused(&Error{Code: CodeResponseTooLarge, Message: (&httpguard.ResponseTooLargeError{Limit: req.budget.Limit()}).Error()})
		out.status = http.StatusUnprocessableEntity
		return out
	}
	if err := ctx.Err(); err != nil {
		// As graphql-go answered a context that ended during execution before: one error, no data.
		res = &graphql.Result{Errors: []gqlerrors.FormattedError{gqlerrors.FormatError(err)}}
	}
	relocate(res.Errors, req.query)
	suggestEnumValues(&sch, res.Errors)
	if res.Data != nil {
		ns.attach(res)
	}
	return s.finish(ctx, res)
}

// argumentValue is graphql-go's message for an argument literal whose value its type rejects (the
// ArgumentsOfCorrectType rule: `Argument "types" has invalid value [OPPOSE].`, an unknown enum
// value or a String where an Int goes).
var argumentValue = regexp.MustCompile(`^Argument "\w+" has invalid value `)

// validationCode is the code of a validation error: BAD_ARGUMENT for an argument literal with a
// value its type rejects — the same value in a variable is BAD_ARGUMENT (`Variable "$t" got
// invalid value`, finish), and CodeBadArgument is "an argument or variable has a value the field
// rejects" — else BAD_REQUEST (an unknown field or argument, a fragment on the wrong type).
func validationCode(msg string) string {
	if argumentValue.MatchString(msg) {
		return CodeBadArgument
	}
	return CodeBadRequest
}

// overloaded is the outcome of a request admission control refused (503 OVERLOADED with
// Retry-After) or whose context ended while it waited (TIMEOUT).
func (s *Server) overloaded(err error, cost float64) outcome {
	var oe *httpguard.OverloadError
	if errors.As(err, &oe) {
		out := refused(&Error{Code: CodeOverloaded, Message: oe.Error(), Err: err})
		out.status = http.StatusServiceUnavailable
		out.retryAfter = int(oe.RetryAfter / time.Second)
		s.log.Debug("graphql request refused: overloaded", "class", oe.Class, "cost", cost)
		return out
	}
	return refused(s.timeoutError(err))
}

func (s *Server) timeoutError(cause error) *Error {
	msg := "request cancelled"
	if s.opts.Timeout > 0 {
		msg = fmt.Sprintf("request timed out (limit %s)", s.opts.Timeout)
	}
	return &Error{Code: CodeTimeout, Message: msg, Err: cause}
}

// finish gives every error of an executed request a code and picks the HTTP status.
// graphql-go loses extensions on some paths (errors from thunks, its own timeout error), so the
// code is recovered from the error chain or inferred.
func (s *Server) finish(ctx context.Context, res *graphql.Result) outcome {
	out := outcome{result: res, status: http.StatusOK, executed: true}
	requestErrors, timedOut := 0, false
	for i := range res.Errors {
		fe := &res.Errors[i]
		code, _ := fe.Extensions["code"].(string)
		var cause *Error
		if code == "" {
			code, cause = codeOf(fe.OriginalError())
		} else {
			_, cause = codeOf(fe.OriginalError())
		}
		if code == "" {
			switch {
			case ctx.Err() != nil:
				code = CodeTimeout
			case len(fe.Path) > 0:
				code = CodeInternal // e.g. a null for a non-null field: a bug or a damaged store
			case strings.HasPrefix(fe.Message, "Variable "):
				code = CodeBadArgument
			default:
				code = CodeBadRequest
			}
		}
		if code == CodeTimeout && cause == nil {
			fe.Message = s.timeoutError(ctx.Err()).Message
		}
		if code == CodeInternal {
			var detail error
			if cause != nil {
				detail = cause.Err
			}
			s.log.Error("graphql: internal error", "message", fe.Message, "path", fe.Path, "cause", detail)
		}
		if fe.Locations == nil {
			fe.Locations = []location.SourceLocation{}
		}
		ext := map[string]any{}
		for k, v := range fe.Extensions {
			ext[k] = v
		}
		ext["code"] = code
		fe.Extensions = ext
		if len(fe.Path) == 0 {
			requestErrors++
		}
		timedOut = timedOut || code == CodeTimeout
	}
	if res.Data == nil && len(res.Errors) > 0 {
		switch {
		case timedOut:
			out.status = statusFor(CodeTimeout)
		case requestErrors == len(res.Errors):
			out.status = http.StatusBadRequest // variables that do not coerce: nothing ran
			out.executed = false
		}
	}
	return out
}

func (s *Server) logRequest(req request, out outcome, l *loader, d time.Duration) {
	if !s.log.Enabled(context.Background(), slog.LevelDebug) {
		return
	}
	attrs := []any{"method", req.method, "operation", req.operationName, "status", out.status, "duration", d}
	if out.result != nil && len(out.result.Errors) > 0 {
		attrs = append(attrs, "errors", len(out.result.Errors), "code", out.result.Errors[0].Extensions["code"])
	}
	if l != nil {
		l.mu.Lock()
		attrs = append(attrs, "node_batches", l.nodeBatches, "article_reads", l.articleReads)
		l.mu.Unlock()
	}
	s.log.Debug("graphql request", attrs...)
}
