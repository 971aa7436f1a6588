package schema

import (
	"context"
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/httpguard"
	"github.com/graphql-go/graphql"
)

// CodeResponseTooLarge: the response would be larger than the server's response budget
// (serve --max-response-bytes); nothing is returned. HTTP 422.
const CodeResponseTooLarge = "RESPONSE_TOO_LARGE"

// execKey is the context key of a request's execState.
type execKey struct{}

// execState is what every resolver of one request shares: the request's own context (graphql-go
// is handed a context that is never cancelled, see Server.run) and its response budget.
type execState struct {
	ctx    context.Context
	budget *httpguard.Budget
}

func execFrom(ctx context.Context) *execState {
	if ctx == nil {
		return nil
	}
	s, _ := ctx.Value(execKey{}).(*execState)
	return s
}

// budgetResolvers wraps the resolver of every field of every object type in sch so that it
//   - runs under the request's real context, and not at all once that context is done (timed
//     out, cancelled, or over budget), so a stopped request stops touching the store and
//     execution ends soon after;
//   - charges the request's budget with the JSON size of what it returns (keys, strings after
//     escaping, numbers), so a response is refused while it is being built, before it is
//     serialized (issue 16: 100 aliases of articles(first: 1000) { nodes { text } } built 397 MB).
func budgetResolvers(sch *graphql.Schema) {
	for name, typ := range sch.TypeMap() {
		obj, ok := typ.(*graphql.Object)
		// The introspection types (__Schema, __Type, …) are graphql-go's package-level values,
		// shared by every schema: wrapping them would stack a wrapper per schema built and race
		// with queries of other schemas. Their answers are bounded by the schema's size.
		if !ok || strings.HasPrefix(name, "__") {
			continue
		}
		for _, fd := range obj.Fields() {
			fd.Resolve = budgeted(fd.Resolve)
		}
	}
}

func budgeted(next graphql.FieldResolveFn) graphql.FieldResolveFn {
	if next == nil {
		next = graphql.DefaultResolveFn
	}
	return func(p graphql.ResolveParams) (any, error) {
		ex := execFrom(p.Context)
		if ex == nil {
			return next(p)
		}
		if err := ex.ctx.Err(); err != nil {
			return nil, stoppedError(ex)
		}
		p.Context = ex.ctx
		v, err := next(p)
		if err != nil {
			return v, err
		}
		key := len(p.Info.FieldName)
		if len(p.Info.FieldASTs) > 0 && p.Info.FieldASTs[0].Alias != nil {
			key = len(p.Info.FieldASTs[0].Alias.Value)
		}
		if ex.budget.Charge(int64(key+4)+jsonSize(v)) != nil {
			return nil, stoppedError(ex)
		}
		return v, nil
	}
}

// stoppedError is the error of a resolver that does not run because its request stopped.
func stoppedError(ex *execState) error {
	var tl *httpguard.ResponseTooLargeError
	if errors.As(context.Cause(ex.ctx), &tl) || ex.budget.Exceeded() {
		return &Error{Code: CodeResponseTooLarge, Message: (&httpguard.ResponseTooLargeError{Limit: ex.budget.Limit()}).Error()}
	}
	return storeError(ex.ctx.Err(), false)
}

// jsonSize is an upper bound of the bytes v takes in the response, for the values resolvers
// return for leaves (strings, lists of strings, numbers, booleans, enums). Objects cost two
// bytes here: their fields are charged as they resolve.
func jsonSize(v any) int64 {
	switch x := v.(type) {
	case nil:
		return 4
	case string:
		return stringSize(x)
	case *string:
		if x == nil {
			return 4
		}
		return stringSize(*x)
	case []string:
		n := int64(2)
		for _, s := range x {
			n += stringSize(s) + 1
		}
		return n
	case []any:
		n := int64(2)
		for _, e := range x {
			n += jsonSize(e) + 1
		}
		return n
	case bool:
		return 5
	case int, int32, int64, float32, float64, uint, uint32, uint64:
		return 24
	}
	return 2
}

// stringSize bounds a string's JSON length: quotes, and six bytes for every byte
// encoding/json may escape (control characters, <, >, &, quotes, backslashes, U+2028/9).
func stringSize(s string) int64 {
	n := int64(len(s)) + 2
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
				n += 5
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			n += 5 // invalid UTF-8 becomes \ufffd
		case r == '\u2028' || r == '\u2029':
			n += 3
		}
		i += size
	}
	return n
}
