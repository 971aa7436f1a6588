package schema

import (
	"context"
	"sync"

	"github.com/graphql-go/graphql"
)

// A notice tells the client something about an answer that is right but may mislead: the
// response's top-level extensions.notices is a list of {"path", "code", "message"} objects
// (path as in errors[].path). The GraphQL spec leaves extensions to the service; data stays
// exactly what the field's contract says.
type notice struct {
	Path    []any  `json:"path"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

// NoticePathDepth: path found nothing within maxDepth; the message says whether a longer path
// exists (and its length) or not.
const NoticePathDepth = "PATH_DEPTH"

type noticesKey struct{}

// notices collects a request's notices; resolvers may run concurrently.
type notices struct {
	mu   sync.Mutex
	list []notice
}

func withNotices(ctx context.Context) (context.Context, *notices) {
	n := &notices{}
	return context.WithValue(ctx, noticesKey{}, n), n
}

// addNotice records a notice for the field p resolves; without a collector (a resolver called
// outside Server.run, as in tests) it does nothing.
func addNotice(p graphql.ResolveParams, code, msg string) {
	n, _ := p.Context.Value(noticesKey{}).(*notices)
	if n == nil {
		return
	}
	var path []any
	if p.Info.Path != nil {
		path = p.Info.Path.AsArray()
	}
	n.mu.Lock()
	n.list = append(n.list, notice{Path: path, Code: code, Message: msg})
	n.mu.Unlock()
}

// attach puts the notices into res's extensions.
func (n *notices) attach(res *graphql.Result) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if len(n.list) == 0 {
		return
	}
	if res.Extensions == nil {
		res.Extensions = map[string]any{}
	}
	res.Extensions["notices"] = n.list
}
