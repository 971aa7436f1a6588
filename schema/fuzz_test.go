package schema

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

var knownCodes = map[string]bool{
	CodeBadRequest: true, CodeBadArgument: true, CodeFirstTooLarge: true, CodeNotFound: true,
	CodeQueryTooDeep: true, CodeQueryTooComplex: true, CodeFragmentCycle: true, CodeBodyTooLarge: true,
	CodeTimeout: true, CodeInternal: true,
}

// FuzzGraphQLRequest sends arbitrary requests through the HTTP handler. Whatever comes in, the
// server must not panic, must answer JSON with errors or data, give every error a known code, and
// never answer 500 (a 500 is a bug: INTERNAL inside a 200 is a resolver failure, tolerated).
// Under plain `go test` only the seeds run.
func FuzzGraphQLRequest(f *testing.F) {
	seeds := []struct {
		get         bool
		contentType string
		body        string
	}{
		{false, "application/json", `{"query": "{ articles { totalCount nodes { id title } } }"}`},
		{false, "application/json", `{"query": "query($id: ID!) { node(id: $id) { id kind label ... on Actor { name roles { title organization { id } } } } }", "variables": {"id": "a_x"}}`},
		{false, "application/json", `{"query": "{ relations(first: 3) { edges { cursor node { type source { id } target { id } evidence { article { id } } } } pageInfo { endCursor } } }"}`},
		{false, "application/json", `{"query": "{ neighborhood(id: \"a_x\", depth: 2) { nodes { id } relations { id } } }"}`},
		{false, "application/json", `{"query": "fragment A on Actor { ...B } fragment B on Actor { ...A } { node(id: \"a_x\") { ...A } }"}`},
		{false, "application/json", `{"query": "{ nodes(kinds: ` + strings.Repeat("[", 100_000) + `) { totalCount } }"}`},
		{false, "application/json", `{"query": "` + nested(13) + `"}`},
		{false, "application/json", `{"query": "{ nodes { nodes {` + strings.Repeat(" id", 600) + ` } } }"}`},
		{false, "application/json", `{"query": "{ articles { totalCount } }"} {"query": "{ articles { totalCount } }"}`},
		{false, "application/json", `[{"query": "{ articles { totalCount } }"}]`},
		{false, "text/plain", `{"query": "{ articles { totalCount } }"}`},
		{false, "application/json", `{"query": "{ nodes(first: 99999999999) { totalCount } }"}`},
		{false, "application/json", `{"query": "{ nodes(first: 5000) { totalCount } }"}`},
		{false, "application/json", `{"query": "query($f: Int) { nodes(first: $f) { totalCount } }", "variables": {"f": 1e300}}`},
		{false, "application/json", `{"query": "{ nodes(after: \"\u0000\") { totalCount } }"}`},
		{false, "application/json", `{"query": "\"\"\"` + strings.Repeat("{", 100) + `"}`},
		{false, "application/json", `{"query": "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }"}`},
		{false, "application/json", `{"query": "{ a: __typename }", "operationName": 5}`},
		{false, "application/json", "{\"query\": \"{ articles { totalCount } }\xff\"}"},
		{true, "", `mutation { articles { totalCount } }`},
		{true, "", `{ nodes(search: "ruan") { nodes { id } } }`},
		{true, "", strings.Repeat("[", 10_000)},
	}
	for _, s := range seeds {
		f.Add(s.get, s.contentType, []byte(s.body))
	}
	fix := newFixture(f)
	srv, err := NewServer(fix.store, Options{Logger: quiet})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, get bool, contentType string, body []byte) {
		var req *http.Request
		if get {
			req = httptest.NewRequest(http.MethodGet, "/graphql?"+url.Values{"query": {string(body)}}.Encode(), nil)
		} else {
			req = httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
			req.Header.Set("Content-Type", contentType)
		}
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if rec.Code >= 500 && rec.Code != http.StatusServiceUnavailable {
			t.Fatalf("status %d: %.300s", rec.Code, rec.Body.Bytes())
		}
		var resp struct {
			Data   json.RawMessage `json:"data"`
			Errors []gqlError      `json:"errors"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
			t.Fatalf("response is not JSON: %v: %.300s", err, rec.Body.Bytes())
		}
		if resp.Data == nil && len(resp.Errors) == 0 {
			t.Fatalf("neither data nor errors: %.300s", rec.Body.Bytes())
		}
		if rec.Code != http.StatusOK && len(resp.Errors) == 0 {
			t.Fatalf("status %d without errors", rec.Code)
		}
		for _, e := range resp.Errors {
			if c, _ := e.Extensions["code"].(string); !knownCodes[c] {
				t.Fatalf("error without a known code: %+v", e)
			}
		}
	})
}
