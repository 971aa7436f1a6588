package schema

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/graphql-go/graphql/gqlerrors"
	"github.com/graphql-go/graphql/language/location"
)

// Error codes, reported in each GraphQL error's extensions.code.
const (
	// CodeBadRequest: the request is not a GraphQL request this server accepts (malformed JSON, a
	// batch, a non-JSON Content-Type, a syntax or validation error, a mutation over GET).
	CodeBadRequest = "BAD_REQUEST"
	// CodeBadArgument: an argument or variable has a value the field rejects (a negative first, a
	// date that is not YYYY-MM-DD, an Int beyond 32 bits, an invalid cursor, a value that is none
	// of its enum's: in a literal as in a variable, validationCode).
	CodeBadArgument = "BAD_ARGUMENT"
	// CodeFirstTooLarge: first is above MaxFirst.
	CodeFirstTooLarge = "FIRST_TOO_LARGE"
	// CodeNotFound: an ID that must exist (neighborhood's id) is not in the store, or no node is
	// named as a node argument says (names.go).
	CodeNotFound = "NOT_FOUND"
	// CodeQueryTooDeep: brackets nest deeper than Options.MaxNesting, or selections deeper than
	// Options.MaxDepth.
	CodeQueryTooDeep = "QUERY_TOO_DEEP"
	// CodeQueryTooComplex: more than Options.MaxFields fields or Options.MaxAliases aliases.
	CodeQueryTooComplex = "QUERY_TOO_COMPLEX"
	// CodeFragmentCycle: fragments spread each other in a cycle.
	CodeFragmentCycle = "FRAGMENT_CYCLE"
	// CodeBodyTooLarge: the request body (or query) is larger than Options.MaxBodyBytes.
	CodeBodyTooLarge = "BODY_TOO_LARGE"
	// CodeTimeout: the request ran past Options.Timeout or its context was cancelled.
	CodeTimeout = "TIMEOUT"
	// CodePathBudget: a path search needed more work than its bound (graph.DefaultPathBudget).
	CodePathBudget = "PATH_BUDGET_EXCEEDED"
	// CodeOverloaded: admission control refused the request (every slot busy and the queue
	// full, or the wait too long); HTTP 503 with Retry-After.
	CodeOverloaded = "OVERLOADED"
	// CodeInternal: a store failure or a bug (a recovered panic); details go to the log only.
	CodeInternal = "INTERNAL"
)

// Error is a GraphQL error with a machine-readable code. graphql-go copies Extensions into the
// response's errors[].extensions, so every error a resolver returns is an *Error.
type Error struct {
	Code    string // one of the Code constants
	Message string // shown to the client
	Err     error  // underlying cause, if any; logged, not shown for CodeInternal

	locations []location.SourceLocation // where in the query, for errors found before execution
	ext       map[string]any            // extensions beside code (nodeRef's candidates)
}

// Error returns the client-facing message.
func (e *Error) Error() string { return e.Message }

// Unwrap returns the underlying cause.
func (e *Error) Unwrap() error { return e.Err }

// Extensions implements gqlerrors.ExtendedError: {"code": e.Code} and any extension the error
// carries (an ambiguous name's "candidates").
func (e *Error) Extensions() map[string]interface{} {
	out := map[string]interface{}{"code": e.Code}
	for k, v := range e.ext {
		out[k] = v
	}
	return out
}

var _ gqlerrors.ExtendedError = (*Error)(nil)

func errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// internalError hides err from the client: store and runtime errors may name paths or internals.
func internalError(err error) *Error {
	return &Error{Code: CodeInternal, Message: "internal error", Err: err}
}

// storeError maps an error from the graph store onto a coded error. A bad cursor surfaces as
// ErrInvalidKey from paging calls, so paging resolvers pass cursor=true.
func storeError(err error, cursor bool) *Error {
	var e *Error
	switch {
	case errors.As(err, &e):
		return e
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return &Error{Code: CodeTimeout, Message: "request timed out", Err: err}
	case errors.Is(err, graph.ErrNotFound):
		return &Error{Code: CodeNotFound, Message: "not found", Err: err}
	case cursor && errors.Is(err, graph.ErrInvalidKey):
		return &Error{Code: CodeBadArgument, Message: "invalid cursor in after or before", Err: err}
	}
	return internalError(err)
}

// codeOf digs the code out of an error chain. graphql-go wraps resolver errors in
// gqlerrors.Error and FormattedError, which hide the cause behind OriginalError rather than
// Unwrap, and drops extensions for errors returned from thunks.
func codeOf(err error) (string, *Error) {
	for i := 0; err != nil && i < 16; i++ {
		if e, ok := err.(*Error); ok {
			return e.Code, e
		}
		switch v := err.(type) {
		case gqlerrors.FormattedError:
			err = v.OriginalError()
		case *gqlerrors.FormattedError:
			err = v.OriginalError()
		case *gqlerrors.Error:
			err = v.OriginalError
		case gqlerrors.Error:
			err = v.OriginalError
		default:
			if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
				return CodeTimeout, nil
			}
			err = errors.Unwrap(err)
		}
	}
	return "", nil
}

// statusFor is the HTTP status for a request refused with code before execution.
func statusFor(code string) int {
	switch code {
	case CodeBodyTooLarge:
		return http.StatusRequestEntityTooLarge
	case CodeResponseTooLarge:
		return http.StatusUnprocessableEntity
	case CodeOverloaded:
		return http.StatusServiceUnavailable
	case CodeTimeout:
		// As net/http.TimeoutHandler does.
		return http.StatusServiceUnavailable
	case CodeInternal:
		return http.StatusInternalServerError
	}
	return http.StatusBadRequest
}

// formatted turns an error found outside graphql-go's executor into a GraphQL error.
func formatted(err error) gqlerrors.FormattedError {
	e, ok := err.(*Error)
	if !ok {
		e = internalError(err)
	}
	locs := e.locations
	if locs == nil {
		locs = []location.SourceLocation{}
	}
	return gqlerrors.FormattedError{Message: e.Message, Locations: locs, Extensions: e.Extensions()}
}
