package schema

import (
	"fmt"
	"runtime/debug"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/graphql-go/graphql"
)

// Paging limits of every connection.
const (
	// DefaultFirst is the page size when first is omitted (the contract's default).
	DefaultFirst = 50
	// MaxFirst is the largest first accepted; above it a field fails with FIRST_TOO_LARGE.
	MaxFirst = 1000
	// MaxNeighborhoodDepth is the largest depth neighborhood accepts.
	MaxNeighborhoodDepth = 5
	// MaxNeighborhoodLimit is the largest limit neighborhood accepts.
	MaxNeighborhoodLimit = 1000
)

// safe wraps a resolver that does real work: it refuses to start once the request's context is
// done (so a timed-out query stops touching the store) and turns a panic into an INTERNAL error,
// logging the stack, so one bad value never takes the server down.
func (t *types) safe(fn graphql.FieldResolveFn) graphql.FieldResolveFn {
	return func(p graphql.ResolveParams) (res any, err error) {
		defer func() {
			if r := recover(); r != nil {
				t.log.Error("graphql: panic in resolver", "field", p.Info.FieldName, "panic", r, "stack", string(debug.Stack()))
				res, err = nil, internalError(fmt.Errorf("panic in resolver %s: %v", p.Info.FieldName, r))
			}
		}()
		if p.Context != nil {
			if cerr := p.Context.Err(); cerr != nil {
				return nil, storeError(cerr, false)
			}
		}
		return fn(p)
	}
}

// safeThunk guards a loader thunk the way safe guards a resolver.
func (t *types) safeThunk(field string, th func() (any, error)) func() (any, error) {
	return func() (res any, err error) {
		defer func() {
			if r := recover(); r != nil {
				t.log.Error("graphql: panic in thunk", "field", field, "panic", r, "stack", string(debug.Stack()))
				res, err = nil, internalError(fmt.Errorf("panic in %s: %v", field, r))
			}
		}()
		return th()
	}
}

// pageArgs reads first, after, last and before. first defaults to DefaultFirst; a negative first
// or last, or both given, is BAD_ARGUMENT, and one above MaxFirst is FIRST_TOO_LARGE. last: 0,
// like first: 0, asks for an empty page (totalCount only).
func pageArgs(args map[string]any) (graph.PageArgs, error) {
	pa := graph.PageArgs{First: DefaultFirst}
	if v, ok := args["before"].(string); ok {
		pa.Before = v
	}
	if v, ok := args["last"]; ok && v != nil {
		n, ok := v.(int)
		switch {
		case !ok:
			return pa, errorf(CodeBadArgument, "last must be an Int, got %v", v)
		case n < 0:
			return pa, errorf(CodeBadArgument, "last must not be negative, got %d", n)
		case n > MaxFirst:
			return pa, errorf(CodeFirstTooLarge, "last must be at most %d, got %d", MaxFirst, n)
		}
		if f, ok := args["first"]; ok && f != nil {
			return pa, errorf(CodeBadArgument, "give first or last, not both")
		}
		pa.Last, pa.First = n, 0
		if v, ok := args["after"].(string); ok {
			pa.After = v
		}
		return pa, nil
	}
	if v, ok := args["first"]; ok && v != nil {
		n, ok := v.(int)
		if !ok {
			return pa, errorf(CodeBadArgument, "first must be an Int, got %v", v)
		}
		switch {
		case n < 0:
			return pa, errorf(CodeBadArgument, "first must not be negative, got %d", n)
		case n > MaxFirst:
			return pa, errorf(CodeFirstTooLarge, "first must be at most %d, got %d", MaxFirst, n)
		}
		pa.First = n
	}
	if v, ok := args["after"].(string); ok {
		pa.After = v
	}
	return pa, nil
}

// dateArgs reads from and to, both inclusive, from not after to. Each is a day (YYYY-MM-DD), a
// month (YYYY-MM) or a year (YYYY), as ISO 8601 writes reduced precision: a month or year in from
// is its first day, in to its last ("from: 2018-05, to: 2018-05" is all of May 2018). Errors:
// CodeBadArgument naming the argument and the value.
func dateArgs(args map[string]any) (from, to string, err error) {
	from, _ = args["from"].(string)
	to, _ = args["to"].(string)
	if from, err = dateBound("from", from, false); err != nil {
		return "", "", err
	}
	if to, err = dateBound("to", to, true); err != nil {
		return "", "", err
	}
	if from != "" && to != "" && from > to {
		return "", "", errorf(CodeBadArgument, "from (%s) is after to (%s)", from, to)
	}
	return from, to, nil
}

// dateBound is graph.DateBound with the argument's name in the error (CodeBadArgument).
func dateBound(name, v string, end bool) (string, error) {
	d, err := graph.DateBound(v, end)
	if err != nil {
		return "", errorf(CodeBadArgument, "%s must be a date as YYYY-MM-DD, or a month (YYYY-MM) or year (YYYY), got %q", name, v)
	}
	return d, nil
}

// kindsArg reads a [NodeKind!] argument.
func kindsArg(v any) []graph.Kind {
	list, _ := v.([]any)
	out := make([]graph.Kind, 0, len(list))
	for _, x := range list {
		if k, ok := x.(graph.Kind); ok {
			out = append(out, k)
		}
	}
	return out
}

// typesArg reads a [RelationType!] argument.
func typesArg(v any) []graph.RelType {
	list, _ := v.([]any)
	out := make([]graph.RelType, 0, len(list))
	for _, x := range list {
		if t, ok := x.(graph.RelType); ok {
			out = append(out, t)
		}
	}
	return out
}

// intArg reads an Int argument with a default.
func intArg(args map[string]any, name string, def int) int {
	if n, ok := args[name].(int); ok {
		return n
	}
	return def
}

// badSource is the error for a resolver handed a source value of the wrong type: a bug in this
// package, reported as INTERNAL rather than a panic.
func badSource(p graphql.ResolveParams) error {
	return internalError(fmt.Errorf("schema: field %s: unexpected source %T", p.Info.FieldName, p.Source))
}
