package schema

import (
	"io"
	"net/http"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func fetch(t *testing.T, ts *testServer, method, path string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(method, ts.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

func TestGraphiQLPageAndAssets(t *testing.T) {
	ts := newTestServer(t, newFixture(t), Options{})
	resp, page := fetch(t, ts, http.MethodGet, "/")
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "text/html; charset=utf-8" {
		t.Fatalf("GET / = %d %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	if strings.Contains(page, "//unpkg") || strings.Contains(page, "cdn") || strings.Contains(page, "https://") {
		t.Errorf("the page loads something from outside:\n%s", page)
	}
	// Every script and stylesheet the page names is served, with its type.
	refs := regexp.MustCompile(`(?:src|href)="([^"]+)"`).FindAllStringSubmatch(page, -1)
	want := map[string]string{".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}
	var seen []string
	for _, m := range refs {
		path := m[1]
		seen = append(seen, path)
		if !strings.HasPrefix(path, "/graphiql/") {
			t.Errorf("asset %q outside /graphiql/", path)
			continue
		}
		resp, body := fetch(t, ts, http.MethodGet, path)
		ext := path[strings.LastIndex(path, "."):]
		if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != want[ext] || len(body) < 200 {
			t.Errorf("GET %s = %d %q, %d bytes", path, resp.StatusCode, resp.Header.Get("Content-Type"), len(body))
		}
		if resp.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("GET %s: no nosniff", path)
		}
	}
	for _, p := range []string{"/graphiql/graphiql.min.js", "/graphiql/graphiql.min.css", "/graphiql/react.production.min.js", "/graphiql/react-dom.production.min.js", "/graphiql/init.js"} {
		if !slices.Contains(seen, p) {
			t.Errorf("page does not load %s", p)
		}
	}
	// init.js starts GraphiQL against /graphql.
	_, initJS := fetch(t, ts, http.MethodGet, "/graphiql/init.js")
	if !strings.Contains(initJS, "'/graphql'") || !strings.Contains(initJS, "GraphiQL.createFetcher") {
		t.Errorf("init.js does not point GraphiQL at /graphql")
	}
	// The licenses ship with the code.
	for _, p := range []string{"/graphiql/LICENSE-graphiql.txt", "/graphiql/LICENSE-react.txt", "/graphiql/LICENSE-react-dom.txt"} {
		resp, body := fetch(t, ts, http.MethodGet, p)
		if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/plain") || !strings.Contains(body, "MIT License") {
			t.Errorf("GET %s = %d %q", p, resp.StatusCode, resp.Header.Get("Content-Type"))
		}
	}
	// HEAD works; nothing else is exposed.
	if resp, body := fetch(t, ts, http.MethodHead, "/graphiql/graphiql.min.js"); resp.StatusCode != http.StatusOK || body != "" {
		t.Errorf("HEAD asset = %d, %d bytes", resp.StatusCode, len(body))
	}
	for _, p := range []string{"/graphiql/", "/graphiql/index.html", "/graphiql/README.md", "/graphiql/update.sh", "/graphiql/../schema.go", "/nope", "/index.html"} {
		if resp, _ := fetch(t, ts, http.MethodGet, p); resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s = %d, want 404", p, resp.StatusCode)
		}
	}
	if resp, _ := fetch(t, ts, http.MethodPost, "/"); resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST / = %d", resp.StatusCode)
	}
}

func TestHealthz(t *testing.T) {
	ts := newTestServer(t, newFixture(t), Options{})
	resp, body := fetch(t, ts, http.MethodGet, "/healthz")
	if resp.StatusCode != http.StatusOK || body != "ok" {
		t.Errorf("GET /healthz = %d %q", resp.StatusCode, body)
	}

	// Handler over no store cannot build the schema: it says so rather than crash.
	h := Handler(nil, Options{Logger: quiet})
	for path, status := range map[string]int{"/healthz": http.StatusServiceUnavailable, "/graphql?query=%7B__typename%7D": http.StatusInternalServerError} {
		rec := &recorder{header: http.Header{}}
		req, _ := http.NewRequest(http.MethodGet, path, nil)
		h.ServeHTTP(rec, req)
		if rec.status != status {
			t.Errorf("GET %s without a schema = %d, want %d", path, rec.status, status)
		}
	}
}

// recorder is a minimal http.ResponseWriter.
type recorder struct {
	header http.Header
	status int
	body   strings.Builder
}

func (r *recorder) Header() http.Header { return r.header }
func (r *recorder) WriteHeader(s int) {
	if r.status == 0 {
		r.status = s
	}
}
func (r *recorder) Write(b []byte) (int, error) {
	r.WriteHeader(http.StatusOK)
	return r.body.Write(b)
}

// TestGraphiQLIntrospection sends the introspection query GraphiQL sends (graphql-js 16's
// getIntrospectionQuery, testdata/introspection.graphql): it must pass the depth and size guards.
func TestGraphiQLIntrospection(t *testing.T) {
	ts := newTestServer(t, newFixture(t), Options{})
	q, err := os.ReadFile("testdata/introspection.graphql")
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Schema struct {
			QueryType struct{ Name string }
			Types     []struct{ Name string }
		} `json:"__schema"`
	}
	ts.query(t, string(q), nil).decode(t, &got)
	if got.Schema.QueryType.Name != "Query" || len(got.Schema.Types) < 20 {
		t.Errorf("introspection = %+v", got.Schema)
	}
}

// TestContractNames checks, by introspection, every type, field, argument and enum value the
// contract (shared/contract/graphql.md) names, with its type.
func TestContractNames(t *testing.T) {
	ts := newTestServer(t, newFixture(t), Options{})
	var got struct {
		Schema struct {
			Types []struct {
				Name          string
				Kind          string
				Interfaces    []struct{ Name string }
				PossibleTypes []struct{ Name string }
				EnumValues    []struct{ Name string }
				Fields        []struct {
					Name string
					Type typeRef
					Args []struct {
						Name string
						Type typeRef
					}
				}
			}
		} `json:"__schema"`
	}
	const ref = `kind name ofType { kind name ofType { kind name ofType { kind name } } }`
	ts.query(t, `{ __schema { types { name kind interfaces { name } possibleTypes { name } enumValues { name }
		fields { name type { `+ref+` } args { name type { `+ref+` } } } } } }`, nil).decode(t, &got)
	fields := map[string]string{}
	kinds := map[string]string{}
	enums := map[string][]string{}
	for _, ty := range got.Schema.Types {
		kinds[ty.Name] = ty.Kind
		for _, v := range ty.EnumValues {
			enums[ty.Name] = append(enums[ty.Name], v.Name)
		}
		for _, i := range ty.Interfaces {
			fields[ty.Name+" implements"] += i.Name
		}
		for _, f := range ty.Fields {
			fields[ty.Name+"."+f.Name] = f.Type.String()
			for _, a := range f.Args {
				fields[ty.Name+"."+f.Name+"("+a.Name+")"] = a.Type.String()
			}
		}
	}
	conn := func(name, item string) map[string]string {
		return map[string]string{
			name + ".edges": "[" + name[:len(name)-len("Connection")] + "Edge!]!", name + ".nodes": "[" + item + "!]!",
			name + ".pageInfo": "PageInfo!", name + ".totalCount": "Int!",
			name[:len(name)-len("Connection")] + "Edge.cursor": "String!", name[:len(name)-len("Connection")] + "Edge.node": item + "!",
		}
	}
	pagedRelations := func(ty string) map[string]string {
		return map[string]string{
			ty + ".relations": "RelationConnection!", ty + ".relations(direction)": "Direction", ty + ".relations(types)": "[RelationType!]",
			ty + ".relations(first)": "Int", ty + ".relations(after)": "String",
		}
	}
	want := map[string]string{
		"Node.id": "ID!", "Node.kind": "NodeKind!", "Node.label": "String!",
		"Actor implements": "Node", "Policy implements": "Node", "Claim implements": "Node", "Article implements": "Node",
		"Actor.id": "ID!", "Actor.kind": "NodeKind!", "Actor.label": "String!", "Actor.name": "String!", "Actor.aliases": "[String!]!",
		"Actor.roles": "[Role!]!", "Actor.mentions": "MentionConnection!", "Actor.mentions(first)": "Int", "Actor.mentions(after)": "String",
		"Policy.id": "ID!", "Policy.kind": "NodeKind!", "Policy.label": "String!", "Policy.name": "String!", "Policy.aliases": "[String!]!",
		"Policy.mentions": "MentionConnection!",
		"Claim.id":        "ID!", "Claim.kind": "NodeKind!", "Claim.label": "String!", "Claim.text": "String!", "Claim.direct": "Boolean!",
		"Article.id": "ID!", "Article.kind": "NodeKind!", "Article.label": "String!", "Article.title": "String", "Article.url": "String",
		"Article.publishedAt": "String", "Article.authors": "[String!]!", "Article.text": "String!",
		"Role.title": "String!", "Role.organization": "Actor",
		"Mention.article": "Article!", "Mention.start": "Int!", "Mention.end": "Int!", "Mention.text": "String!",
		"Relation.id": "ID!", "Relation.type": "RelationType!", "Relation.source": "Node!", "Relation.target": "Node!",
		"Relation.negated": "Boolean!", "Relation.hedged": "Boolean!", "Relation.confidence": "Float!", "Relation.evidence": "[Evidence!]!",
		"Evidence.article": "Article!", "Evidence.sentence": "Int!", "Evidence.start": "Int!", "Evidence.end": "Int!",
		"Evidence.text": "String!", "Evidence.cue": "String",
		"Subgraph.nodes": "[Node!]!", "Subgraph.relations": "[Relation!]!",
		"PageInfo.hasNextPage": "Boolean!", "PageInfo.endCursor": "String", "PageInfo.hasPreviousPage": "Boolean!", "PageInfo.startCursor": "String",
		"Query.node": "Node", "Query.node(id)": "ID!",
		"Query.nodes": "NodeConnection!", "Query.nodes(kinds)": "[NodeKind!]", "Query.nodes(search)": "String",
		"Query.nodes(first)": "Int", "Query.nodes(after)": "String",
		"Query.relations": "RelationConnection!", "Query.relations(types)": "[RelationType!]", "Query.relations(source)": "ID",
		"Query.relations(target)": "ID", "Query.relations(article)": "ID", "Query.relations(first)": "Int", "Query.relations(after)": "String",
		"Query.articles": "ArticleConnection!", "Query.articles(first)": "Int", "Query.articles(after)": "String",
		"Query.neighborhood": "Subgraph!", "Query.neighborhood(id)": "ID!", "Query.neighborhood(depth)": "Int",
		"Query.neighborhood(types)": "[RelationType!]", "Query.neighborhood(limit)": "Int",
		// Beyond the contract.
		"Evidence.rule": "String", "Relation.cameo": "String", "Relation.plover": "String", "Relation.role": "String",
		"Mention.rule": "String", "Mention.sentence": "Int!", "Article.outlet": "String", "Article.source": "String", "Actor.code": "String",
		"Query.nodes(from)": "String", "Query.nodes(to)": "String", "Query.relations(from)": "String", "Query.relations(to)": "String",
		"Query.neighborhood(from)": "String", "Query.neighborhood(to)": "String",
	}
	for _, m := range []map[string]string{
		conn("NodeConnection", "Node"), conn("RelationConnection", "Relation"), conn("ArticleConnection", "Article"), conn("MentionConnection", "Mention"),
		pagedRelations("Actor"), pagedRelations("Policy"), pagedRelations("Claim"),
	} {
		for k, v := range m {
			want[k] = v
		}
	}
	for k, v := range want {
		if fields[k] != v {
			t.Errorf("%s: %q, want %q", k, fields[k], v)
		}
	}
	if kinds["Node"] != "INTERFACE" {
		t.Errorf("Node is %s", kinds["Node"])
	}
	for name, values := range map[string][]string{
		"NodeKind":     {"PERSON", "ORGANIZATION", "GOVERNMENT", "COUNTRY", "GROUP", "POLICY", "CLAIM", "ARTICLE"},
		"RelationType": {"OPPOSES", "SUPPORTS", "OFFERS", "DEMANDS", "THREATENS", "SANCTIONS", "CITES", "CLAIMS", "MEMBER_OF", "PART_OF"},
		"Direction":    {"OUT", "IN", "ANY"},
	} {
		got := slices.Sorted(slices.Values(enums[name]))
		if !slices.Equal(got, slices.Sorted(slices.Values(values))) {
			t.Errorf("enum %s = %v, want %v", name, got, values)
		}
	}
}

// typeRef is an introspected type reference.
type typeRef struct {
	Kind   string
	Name   string
	OfType *typeRef
}

func (r typeRef) String() string {
	switch r.Kind {
	case "NON_NULL":
		return r.OfType.String() + "!"
	case "LIST":
		return "[" + r.OfType.String() + "]"
	}
	return r.Name
}

// TestContractDefaults checks by introspection the argument defaults the contract gives
// (shared/contract/graphql.md: relations(direction: Direction = ANY), neighborhood(depth = 1,
// limit = 200)) as clients and code generators read them, and that the direction default acts as
// ANY.
func TestContractDefaults(t *testing.T) {
	ts := newTestServer(t, newFixture(t), Options{})
	var got struct {
		Schema struct {
			Types []struct {
				Name   string
				Fields []struct {
					Name string
					Args []struct {
						Name         string
						DefaultValue *string
					}
				}
			}
		} `json:"__schema"`
	}
	ts.query(t, `{ __schema { types { name fields { name args { name defaultValue } } } } }`, nil).decode(t, &got)
	defaults := map[string]string{}
	for _, ty := range got.Schema.Types {
		for _, f := range ty.Fields {
			for _, a := range f.Args {
				if a.DefaultValue != nil {
					defaults[ty.Name+"."+f.Name+"("+a.Name+")"] = *a.DefaultValue
				}
			}
		}
	}
	for k, want := range map[string]string{
		"Actor.relations(direction)":  "ANY",
		"Policy.relations(direction)": "ANY",
		"Claim.relations(direction)":  "ANY",
		"Query.neighborhood(depth)":   "1",
		"Query.neighborhood(limit)":   "200",
	} {
		if defaults[k] != want {
			t.Errorf("default of %s = %q, want %q", k, defaults[k], want)
		}
	}
	// The date window is open when omitted: no default, every date (the contract's neighborhood).
	for _, k := range []string{"Query.neighborhood(from)", "Query.neighborhood(to)"} {
		if v, ok := defaults[k]; ok {
			t.Errorf("%s has a default, %q", k, v)
		}
	}
}
