package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/graphql-go/graphql"
)

// Each hostile request must be refused with the right code and status, and the server must go
// on answering.

// wantRefused checks a refusal before execution: status, code, and no data member.
func wantRefused(t *testing.T, r *gqlResponse, status int, code string) {
	t.Helper()
	if r.Status != status || r.code() != code {
		t.Errorf("status %d code %q, want %d %s: %.400s", r.Status, r.code(), status, code, r.raw)
	}
	if r.Data != nil {
		t.Errorf("a refused request has a data member: %.200s", r.raw)
	}
	if !strings.HasPrefix(r.ContentType, "application/json") {
		t.Errorf("Content-Type %q", r.ContentType)
	}
}

// stillServing checks the server answers a plain query after a hostile one.
func stillServing(t *testing.T, ts *testServer) {
	t.Helper()
	var got struct{ Articles struct{ TotalCount int } }
	ts.query(t, `{ articles { totalCount } }`, nil).decode(t, &got)
	if got.Articles.TotalCount != fixtureArticles {
		t.Errorf("after a hostile request: %d articles", got.Articles.TotalCount)
	}
}

func TestFragmentCycles(t *testing.T) {
	ts := newTestServer(t, newFixture(t), Options{})
	for name, q := range map[string]string{
		"two":    `fragment A on Actor { ...B } fragment B on Actor { ...A } { node(id: "a_x") { ...A } }`,
		"self":   `fragment A on Actor { name ...A } { node(id: "a_x") { ...A } }`,
		"three":  `{ node(id: "a_x") { ...A } } fragment A on Actor { ...B } fragment B on Actor { roles { organization { ...C } } } fragment C on Actor { ... on Actor { ...A } }`,
		"unused": `fragment A on Actor { ...B } fragment B on Actor { ...A } { articles { totalCount } }`,
		"duplicate name": `fragment A on Actor { name } fragment A on Actor { ...B } fragment B on Actor { ...A }
			{ node(id: "a_x") { ...B } }`,
	} {
		t.Run(name, func(t *testing.T) {
			r := ts.query(t, q, nil)
			wantRefused(t, r, http.StatusBadRequest, CodeFragmentCycle)
			if len(r.Errors) == 1 && (len(r.Errors[0].Locations) != 1 || !strings.Contains(r.Errors[0].Message, "→")) {
				t.Errorf("error lacks location or cycle path: %+v", r.Errors[0])
			}
		})
	}
	stillServing(t, ts)
}

func TestDeepBrackets(t *testing.T) {
	f := newFixture(t)
	hostile := `{ nodes(kinds: ` + strings.Repeat("[", 2_000_000) + `) { totalCount } }`

	// Over HTTP the 2 MB body is refused for its size before anything reads it as GraphQL.
	ts := newTestServer(t, f, Options{})
	body, _ := json.Marshal(map[string]string{"query": hostile})
	wantRefused(t, ts.post(t, "application/json", body), http.StatusRequestEntityTooLarge, CodeBodyTooLarge)

	// With a body limit that lets it through, the bracket scan refuses it before the parser
	// (which would overflow its stack) runs.
	big := newTestServer(t, f, Options{MaxBodyBytes: 8 << 20})
	wantRefused(t, big.post(t, "application/json", body), http.StatusBadRequest, CodeQueryTooDeep)
	for _, q := range []string{
		`{ nodes(kinds: ` + strings.Repeat("[", 65) + strings.Repeat("]", 65) + `) { totalCount } }`,
		strings.Repeat("{", 100) + strings.Repeat("}", 100),
		`query($v: [[Int]] = ` + strings.Repeat("[", 70) + `) { articles { totalCount } }`,
	} {
		wantRefused(t, big.query(t, q, nil), http.StatusBadRequest, CodeQueryTooDeep)
	}
	stillServing(t, big)

	// Brackets inside strings, block strings and comments do not count.
	quoted := strings.Repeat("[", 100)
	var got struct{ Nodes struct{ TotalCount int } }
	big.query(t, "# "+quoted+"\n{ nodes(search: \""+quoted+"\") { totalCount } a: nodes(search: \"\"\""+quoted+"\"\"\") { totalCount } }", nil).decode(t, &got)
	if got.Nodes.TotalCount != 0 {
		t.Errorf("search for brackets found %d nodes", got.Nodes.TotalCount)
	}
}

// nested returns a query selecting fields levels deep (levels >= 3), most of them inside a
// fragment so that depth must be counted through it.
func nested(levels int) string {
	return `{ nodes(first: 1) { nodes { ...F } } } fragment F on Node { ... on Actor { ` + actorBody(levels-2) + ` } }`
}

// actorBody selects r levels under an Actor.
func actorBody(r int) string {
	switch r {
	case 1:
		return `id`
	case 2:
		return `mentions(first: 1) { totalCount }`
	case 3:
		return `relations(first: 1) { nodes { id } }`
	}
	return `relations(first: 1) { nodes { source { ... on Actor { ` + actorBody(r-3) + ` } } } }`
}

func TestSelectionDepth(t *testing.T) {
	ts := newTestServer(t, newFixture(t), Options{})
	for levels := 3; levels <= 12; levels++ {
		r := ts.query(t, nested(levels), nil)
		if r.Status != http.StatusOK || len(r.Errors) > 0 {
			t.Errorf("depth %d: status %d: %.300s", levels, r.Status, r.raw)
		}
	}
	for _, levels := range []int{13, 20} {
		r := ts.query(t, nested(levels), nil)
		wantRefused(t, r, http.StatusBadRequest, CodeQueryTooDeep)
	}
	stillServing(t, ts)
}

func TestFieldAndAliasLimits(t *testing.T) {
	ts := newTestServer(t, newFixture(t), Options{})

	// 600 fields as written.
	wantRefused(t, ts.query(t, `{ nodes { nodes {`+strings.Repeat(" id", 600)+` } } }`, nil), http.StatusBadRequest, CodeQueryTooComplex)

	// 30 fields in a fragment spread 20 times: 600 once expanded, though few are written.
	spreads := ""
	for i := range 20 {
		spreads += fmt.Sprintf(" n%d: nodes { nodes { ...F } }", i)
	}
	q := `{` + spreads + ` } fragment F on Node {` + strings.Repeat(" id", 30) + ` }`
	wantRefused(t, ts.query(t, q, nil), http.StatusBadRequest, CodeQueryTooComplex)

	// Fragments spread exponentially: counting saturates rather than overflows.
	var exp strings.Builder
	exp.WriteString(`{ articles { nodes { ...F0 } } }`)
	for i := range 40 {
		fmt.Fprintf(&exp, " fragment F%d on Article { ...F%d ...F%d }", i, i+1, i+1)
	}
	exp.WriteString(" fragment F40 on Article { id }")
	wantRefused(t, ts.query(t, exp.String(), nil), http.StatusBadRequest, CodeQueryTooComplex)

	// 101 aliases.
	aliases := ""
	for i := range 101 {
		aliases += fmt.Sprintf(" a%d: __typename", i)
	}
	wantRefused(t, ts.query(t, `{`+aliases+` }`, nil), http.StatusBadRequest, CodeQueryTooComplex)

	// At the limits, a query runs.
	ok := ""
	for i := range 100 {
		ok += fmt.Sprintf(" a%d: __typename", i)
	}
	if r := ts.query(t, `{`+ok+` }`, nil); r.Status != http.StatusOK || len(r.Errors) > 0 {
		t.Errorf("100 aliases: %.300s", r.raw)
	}
	stillServing(t, ts)
}

func TestBodyTooLarge(t *testing.T) {
	ts := newTestServer(t, newFixture(t), Options{})
	pad := strings.Repeat(" ", 2<<20)
	body := []byte(`{"query": "{ articles { totalCount } }` + pad + `"}`)
	wantRefused(t, ts.post(t, "application/json", body), http.StatusRequestEntityTooLarge, CodeBodyTooLarge)

	// Without a Content-Length the limit still holds while reading.
	req, _ := http.NewRequest(http.MethodPost, ts.URL+"/graphql", struct{ *bytes.Reader }{bytes.NewReader(body)})
	req.Header.Set("Content-Type", "application/json")
	req.ContentLength = -1
	wantRefused(t, ts.do(t, req), http.StatusRequestEntityTooLarge, CodeBodyTooLarge)

	// A GET query string over the limit too.
	long := `{ articles { totalCount } }` + strings.Repeat(" ", 1<<20)
	wantRefused(t, ts.get(t, url.Values{"query": {long}}), http.StatusRequestEntityTooLarge, CodeBodyTooLarge)
	stillServing(t, ts)
}

func TestMalformedRequests(t *testing.T) {
	ts := newTestServer(t, newFixture(t), Options{})
	const ok = `{"query": "{ articles { totalCount } }"}`
	cases := []struct {
		name, contentType, body string
	}{
		{"trailing object", "application/json", ok + ` {"query": "{ nodes { totalCount } }"}`},
		{"trailing garbage", "application/json", ok + ` xyz`},
		{"trailing bracket", "application/json", ok + `]`},
		{"batch array", "application/json", `[` + ok + `, ` + ok + `]`},
		{"text/plain", "text/plain", ok},
		{"no content type", "", ok},
		{"graphql content type", "application/graphql", `{ articles { totalCount } }`},
		{"form", "application/x-www-form-urlencoded", "query=%7B%7D"},
		{"not JSON", "application/json", `{query: 1}`},
		{"query not a string", "application/json", `{"query": 5}`},
		{"variables not an object", "application/json", `{"query": "{ articles { totalCount } }", "variables": [1]}`},
		{"JSON string", "application/json", `"{ articles { totalCount } }"`},
		{"empty", "application/json", ``},
		{"no query", "application/json", `{}`},
		{"syntax error", "application/json", `{"query": "{ articles { totalCount }"}`},
		{"unknown field", "application/json", `{"query": "{ articlez { totalCount } }"}`},
		{"mutation", "application/json", `{"query": "mutation { articles { totalCount } }"}`},
		{"schema definition", "application/json", `{"query": "type Foo { a: Int } { articles { totalCount } }"}`},
		{"two operations, no name", "application/json", `{"query": "query A { articles { totalCount } } query B { articles { totalCount } }"}`},
		{"unknown operation name", "application/json", `{"query": "query A { articles { totalCount } }", "operationName": "B"}`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantRefused(t, ts.post(t, c.contentType, []byte(c.body)), http.StatusBadRequest, CodeBadRequest)
		})
	}
	// Content-Type parameters and unknown members are fine.
	var got struct{ Articles struct{ TotalCount int } }
	ts.post(t, "application/json; charset=utf-8", []byte(`{"query": "{ articles { totalCount } }", "variables": null, "extensions": {}}`+"\n")).decode(t, &got)
	stillServing(t, ts)
}

func TestGET(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	var got struct {
		Node struct{ Label string }
	}
	ts.get(t, url.Values{
		"query":         {`query A { articles { totalCount } } query B($id: ID!) { node(id: $id) { label } }`},
		"variables":     {`{"id": "` + f.ruan + `"}`},
		"operationName": {"B"},
	}).decode(t, &got)
	if got.Node.Label != "Ruan Zongze" {
		t.Errorf("GET node label %q", got.Node.Label)
	}

	for name, q := range map[string]string{
		"mutation":     `mutation { articles { totalCount } }`,
		"subscription": `subscription { articles { totalCount } }`,
	} {
		r := ts.get(t, url.Values{"query": {q}})
		wantRefused(t, r, http.StatusMethodNotAllowed, CodeBadRequest)
		if !strings.Contains(r.Errors[0].Message, name) {
			t.Errorf("%s by GET: message %q", name, r.Errors[0].Message)
		}
	}
	wantRefused(t, ts.get(t, url.Values{"query": {`{ articles { totalCount } }`}, "variables": {`{"a": 1} {"b": 2}`}}), http.StatusBadRequest, CodeBadRequest)
	wantRefused(t, ts.get(t, url.Values{}), http.StatusBadRequest, CodeBadRequest)

	req, _ := http.NewRequest(http.MethodPut, ts.URL+"/graphql", strings.NewReader(`{}`))
	r := ts.do(t, req)
	wantRefused(t, r, http.StatusMethodNotAllowed, CodeBadRequest)
}

func TestIntArguments(t *testing.T) {
	ts := newTestServer(t, newFixture(t), Options{})
	// graphql-go v0.8.1 alone passes a 64-bit literal through and answers null.
	for _, q := range []string{
		`{ nodes(first: 99999999999) { totalCount } }`,
		`{ nodes(first: -99999999999) { totalCount } }`,
		`{ nodes(first: 999999999999999999999999) { totalCount } }`,
		`query($f: Int = 99999999999) { nodes(first: $f) { totalCount } }`,
		`{ neighborhood(id: "a_x", depth: 4294967297) { nodes { id } } }`,
	} {
		r := ts.query(t, q, nil)
		wantRefused(t, r, http.StatusBadRequest, CodeBadArgument)
		if len(r.Errors) == 1 && len(r.Errors[0].Locations) != 1 {
			t.Errorf("%s: no location: %+v", q, r.Errors[0])
		}
	}
	const byVar = `query($f: Int) { nodes(first: $f) { totalCount } }`
	for _, v := range []any{99999999999, 1e20, 5.5, "5", true} {
		wantRefused(t, ts.query(t, byVar, map[string]any{"f": v}), http.StatusBadRequest, CodeBadArgument)
	}

	// In 32 bits but over the cap, or negative: the field fails, with its path.
	for q, code := range map[string]string{
		`{ nodes(first: 5000) { totalCount } }`:     CodeFirstTooLarge,
		`{ relations(first: 1001) { totalCount } }`: CodeFirstTooLarge,
		`{ articles(first: -1) { totalCount } }`:    CodeBadArgument,
	} {
		r := ts.query(t, q, nil)
		if r.Status != http.StatusOK || r.code() != code || len(r.Errors[0].Path) != 1 || string(r.Data) != "null" {
			t.Errorf("%s: status %d code %q, want 200 %s with a path: %s", q, r.Status, r.code(), code, r.raw)
		}
	}
	var got struct {
		Nodes struct{ Nodes []struct{ ID string } }
	}
	ts.query(t, `query($f: Int) { nodes(first: $f) { nodes { id } } }`, map[string]any{"f": 1000}).decode(t, &got)
	if len(got.Nodes.Nodes) != fixtureNodes {
		t.Errorf("first: 1000 gave %d nodes", len(got.Nodes.Nodes))
	}
}

func TestTimeout(t *testing.T) {
	ts := newTestServer(t, newFixture(t), Options{Timeout: time.Nanosecond})
	r := ts.query(t, `{ articles { totalCount } }`, nil)
	wantRefused(t, r, http.StatusServiceUnavailable, CodeTimeout)

	// A timeout that fires during execution: resolvers see the cancelled context.
	f := newFixture(t)
	srv, err := NewServer(f.store, Options{Timeout: 50 * time.Millisecond, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	blockUntilDone(t, &srv.schema, "articles")
	res := srv.Execute(t.Context(), `{ articles { totalCount } }`, nil, "")
	if len(res.Errors) != 1 || res.Errors[0].Extensions["code"] != CodeTimeout {
		t.Errorf("slow resolver: %+v", res)
	}
}

// blockUntilDone replaces a Query field's resolver with one that waits for the request's context.
// Like every resolver of the schema it runs under budgeted, which hands it that context.
func blockUntilDone(t *testing.T, s *graphql.Schema, field string) {
	t.Helper()
	fd := s.QueryType().Fields()[field]
	fd.Resolve = budgeted(func(p graphql.ResolveParams) (any, error) {
		select {
		case <-p.Context.Done():
			return nil, p.Context.Err()
		case <-time.After(5 * time.Second):
			t.Error("context not cancelled")
			return nil, nil
		}
	})
}

func TestPanicsBecomeInternalErrors(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	ty := &types{store: f.store, log: quiet}
	ts.srv.schema.QueryType().Fields()["articles"].Resolve = ty.safe(func(graphql.ResolveParams) (any, error) {
		var m map[string]int
		m["boom"]++ // nil map write: a runtime panic
		return nil, nil
	})
	r := ts.query(t, `{ articles { totalCount } nodes(first: 1) { totalCount } }`, nil)
	if r.Status != http.StatusOK || r.code() != CodeInternal || r.Errors[0].Message != "internal error" {
		t.Errorf("panicking resolver: %s", r.raw)
	}
	r = ts.query(t, `{ nodes(first: 1) { totalCount } }`, nil)
	if r.Status != http.StatusOK || len(r.Errors) != 0 {
		t.Errorf("after a panic: %s", r.raw)
	}
}

func TestClosedStoreIsInternal(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	f.store.Close()
	r := ts.query(t, `{ articles { totalCount } }`, nil)
	if r.code() != CodeInternal || strings.Contains(string(r.raw), "closed") {
		t.Errorf("closed store: %s (want INTERNAL without store details)", r.raw)
	}
}

// TestConcurrentRequests runs requests in parallel; with -race it checks that no graphql-go
// lazy cache is shared between requests or schemas.
func TestConcurrentRequests(t *testing.T) {
	f := newFixture(t)
	var wg sync.WaitGroup
	for range 2 {
		srv, err := NewServer(f.store, Options{Logger: quiet})
		if err != nil {
			t.Fatal(err)
		}
		for w := range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range 10 {
					q := `{ nodes(kinds: [PERSON, ARTICLE]) { nodes { __typename ... on Actor { kind relations { nodes { type source { label } } } } } } }`
					if (w+i)%2 == 1 {
						q = `fragment A on Node { id ... on Actor { name } } { neighborhood(id: "` + f.china + `") { nodes { ...A } } }`
					}
					res := srv.Execute(t.Context(), q, nil, "")
					if len(res.Errors) > 0 {
						t.Errorf("concurrent request: %+v", res.Errors)
						return
					}
				}
			}()
		}
	}
	wg.Wait()
}

func TestSchemasAreIndependent(t *testing.T) {
	f := newFixture(t)
	other, err := graph.Open(graph.DefaultOptions("").WithInMemory(true).WithLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	var wg sync.WaitGroup
	schemas := make([]graphql.Schema, 4)
	for i := range schemas {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st := f.store
			if i%2 == 1 {
				st = other
			}
			s, err := New(st)
			if err != nil {
				t.Error(err)
			}
			schemas[i] = s
		}()
	}
	wg.Wait()
	if schemas[0].TypeMap()["Actor"] == schemas[2].TypeMap()["Actor"] {
		t.Error("two schemas share the Actor type")
	}
	res := graphql.Do(graphql.Params{Schema: schemas[1], RequestString: `{ articles { totalCount } }`, Context: t.Context()})
	b, _ := json.Marshal(res)
	if string(b) != `{"data":{"articles":{"totalCount":0}}}` {
		t.Errorf("schema over the empty store: %s", b)
	}
	if _, err := New(nil); err == nil {
		t.Error("New(nil) succeeded")
	}
}
