package schema

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/graph"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// fixture is a store holding two hand-built articles, with the IDs the tests ask about.
type fixture struct {
	store *graph.Store

	art1, art2 string // article IDs; art1 published 2018-05-03, art2 2018-06-15

	officials, ruan, ciis, china, treasury, usa string // actors
	demands, mic2025, relief, talks             string // policies
	claim                                       string // Ruan's claim

	// relations
	opposesDemands, memberOf, supportsMIC, claims, offersRelief string // art1
	sanctions, notOpposeTalks                                   string // art2; ruan→claims in both
}

// Counts in the fixture.
const (
	fixtureNodes     = 11 // 6 actors, 4 policies, 1 claim
	fixtureArticles  = 2
	fixtureRelations = 7
)

// articleBuilder assembles one graph.ArticleGraph the way the loader does: model ID functions,
// evidence and mentions with code-point offsets into the text.
type articleBuilder struct {
	tb        testing.TB
	g         *graph.ArticleGraph
	sentences []string
}

func newArticle(tb testing.TB, url, title, date string, sentences ...string) *articleBuilder {
	text := strings.Join(sentences, " ")
	return &articleBuilder{tb: tb, sentences: sentences, g: &graph.ArticleGraph{Article: graph.Article{
		ID: graph.ArticleID(url, text), URL: url, Title: title, PublishedAt: date,
		Authors: []string{"A. Reporter"}, Outlet: "Test Wire", Source: "fixture:" + url, Text: text,
	}}}
}

// span is the code-point span of the first occurrence of s in the text at or after sentence i.
func (b *articleBuilder) span(i int, s string) (int, int) {
	start := 0
	for j := 0; j < i; j++ {
		start += len(b.sentences[j]) + 1
	}
	k := strings.Index(b.g.Article.Text[start:], s)
	if k < 0 {
		b.tb.Fatalf("fixture: %q not in sentence %d", s, i)
	}
	cp := utf8.RuneCountInString(b.g.Article.Text[:start+k])
	return cp, cp + utf8.RuneCountInString(s)
}

func (b *articleBuilder) node(n graph.Node, sentence int, surface ...string) string {
	b.g.Nodes = append(b.g.Nodes, n)
	for _, s := range surface {
		b.mention(n.ID, sentence, s, s)
	}
	return n.ID
}

// mention adds a mention of id: surface as it occurs inside the first within in the sentence.
func (b *articleBuilder) mention(id string, sentence int, surface, within string) {
	st, _ := b.span(sentence, within)
	k := strings.Index(within, surface)
	if k < 0 {
		b.tb.Fatalf("fixture: %q not in %q", surface, within)
	}
	st += utf8.RuneCountInString(within[:k])
	b.g.Mentions = append(b.g.Mentions, graph.Mention{
		NodeID: id, ArticleID: b.g.Article.ID, Sentence: sentence,
		Start: st, End: st + utf8.RuneCountInString(surface), Text: surface, Rule: "test:mention",
	})
}

func (b *articleBuilder) actor(k graph.Kind, name string, sentence int, surface ...string) string {
	return b.node(graph.Node{ID: graph.ActorID(name), Kind: k, Name: name, Aliases: surface, Rule: "lexicon:test"}, sentence, surface...)
}

func (b *articleBuilder) policy(name string, sentence int) string {
	return b.node(graph.Node{ID: graph.PolicyID(name), Kind: graph.Policy, Name: name}, sentence, name)
}

func (b *articleBuilder) rel(r graph.Relation, sentence int, cue string) string {
	r.ID = graph.RelationID(r.Type, r.Source, r.Target, r.Negated)
	st, en := b.span(sentence, b.sentences[sentence])
	cs, ce := b.span(sentence, cue)
	r.Evidence = append(r.Evidence, graph.Evidence{
		ArticleID: b.g.Article.ID, Sentence: sentence, Start: st, End: en, Text: b.sentences[sentence],
		Cue: cue, Rule: "cue:" + cue, Score: 0.8, CueStart: cs, CueEnd: ce, Hedged: r.Hedged,
	})
	b.g.Relations = append(b.g.Relations, r)
	return r.ID
}

// newFixture builds the fixture store. The first article uses typographic quotes so code-point
// and byte offsets differ.
func newFixture(tb testing.TB) *fixture {
	tb.Helper()
	s, err := graph.Open(graph.DefaultOptions("").WithInMemory(true).WithLogger(quiet))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	f := &fixture{store: s}

	a := newArticle(tb, "https://example.com/trade-1", "China takes hard line on trade demands", "2018-05-03",
		"Chinese officials refused to accept American demands on Thursday.",
		"Ruan Zongze, executive vice president of the China Institute of International Studies, said China would not give up Made in China 2025.",
		"“We will fight to the end,” Mr. Ruan said.",
		"The Treasury may offer relief on tariffs.",
	)
	f.art1 = a.g.Article.ID
	f.officials = a.actor(graph.Group, "Chinese officials", 0, "Chinese officials")
	f.demands = a.policy("American demands", 0)
	f.ciis = a.actor(graph.Organization, "China Institute of International Studies", 1, "China Institute of International Studies")
	f.ruan = a.node(graph.Node{
		ID: graph.ActorID("Ruan Zongze"), Kind: graph.Person, Name: "Ruan Zongze",
		Aliases: []string{"Ruan Zongze", "Mr. Ruan"}, Roles: []graph.Role{{Title: "executive vice president", OrgID: f.ciis}},
	}, 1, "Ruan Zongze")
	a.mention(f.ruan, 2, "Mr. Ruan", "Mr. Ruan")
	f.china = a.node(graph.Node{ID: graph.ActorID("China"), Kind: graph.Country, Name: "China", Code: "CHN", Aliases: []string{"China"}}, 1)
	a.mention(f.china, 1, "China", "said China")
	f.mic2025 = a.policy("Made in China 2025", 1)
	claimText := "We will fight to the end"
	f.claim = a.node(graph.Node{ID: graph.ClaimID(f.ruan, claimText), Kind: graph.ClaimKind, Text: claimText, Name: claimText, Direct: true, Turn: "answer:2"}, 2, claimText)
	f.treasury = a.actor(graph.Government, "Treasury", 3, "Treasury")
	f.relief = a.policy("relief on tariffs", 3)
	f.opposesDemands = a.rel(graph.Relation{Type: graph.Opposes, Source: f.officials, Target: f.demands, Cameo: "12", Plover: "REJECT"}, 0, "refused")
	f.memberOf = a.rel(graph.Relation{Type: graph.MemberOf, Source: f.ruan, Target: f.ciis, Role: "executive vice president"}, 1, "executive vice president")
	f.supportsMIC = a.rel(graph.Relation{Type: graph.Supports, Source: f.china, Target: f.mic2025}, 1, "would not give up")
	f.claims = a.rel(graph.Relation{Type: graph.Claims, Source: f.ruan, Target: f.claim}, 2, "said")
	f.offersRelief = a.rel(graph.Relation{Type: graph.Offers, Source: f.treasury, Target: f.relief, Hedged: true}, 3, "may offer")
	f.merge(tb, a)

	b := newArticle(tb, "https://example.com/trade-2", "Tariffs imposed", "2018-06-15",
		"The United States imposed tariffs on Chinese goods.",
		"China did not oppose talks, Ruan Zongze said.",
	)
	f.art2 = b.g.Article.ID
	f.usa = b.actor(graph.Country, "United States", 0, "United States")
	b.actor(graph.Country, "China", 1, "China")
	b.actor(graph.Person, "Ruan Zongze", 1, "Ruan Zongze")
	f.talks = b.policy("talks", 1)
	f.sanctions = b.rel(graph.Relation{Type: graph.Sanctions, Source: f.usa, Target: f.china, Cameo: "16"}, 0, "imposed tariffs")
	f.notOpposeTalks = b.rel(graph.Relation{Type: graph.Opposes, Source: f.china, Target: f.talks, Negated: true}, 1, "did not oppose")
	f.merge(tb, b)
	return f
}

func (f *fixture) merge(tb testing.TB, b *articleBuilder) {
	tb.Helper()
	if _, err := f.store.MergeArticle(context.Background(), b.g); err != nil {
		tb.Fatalf("MergeArticle(%s): %v", b.g.Article.URL, err)
	}
}

// gqlError is one error of a GraphQL response.
type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Locations  []any          `json:"locations"`
	Extensions map[string]any `json:"extensions"`
}

// gqlResponse is a decoded GraphQL response. HasData tells "data": null from no data member.
type gqlResponse struct {
	Status      int
	ContentType string
	Data        json.RawMessage `json:"data"`
	Errors      []gqlError      `json:"errors"`
	Extensions  struct {
		Notices []struct {
			Path    []any  `json:"path"`
			Code    string `json:"code"`
			Message string `json:"message"`
		} `json:"notices"`
	} `json:"extensions"`
	raw []byte
}

func (r *gqlResponse) code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

// decode unmarshals the data member into v, failing the test on errors in the response.
func (r *gqlResponse) decode(tb testing.TB, v any) {
	tb.Helper()
	if len(r.Errors) > 0 || r.Status != http.StatusOK {
		tb.Fatalf("status %d, errors %+v\nbody: %s", r.Status, r.Errors, r.raw)
	}
	if err := json.Unmarshal(r.Data, v); err != nil {
		tb.Fatalf("decode data: %v\nbody: %s", err, r.raw)
	}
}

// testServer is an httptest server over the fixture.
type testServer struct {
	*httptest.Server
	fix *fixture
	srv *Server
}

func newTestServer(tb testing.TB, f *fixture, opts Options) *testServer {
	tb.Helper()
	if opts.Logger == nil {
		opts.Logger = quiet
	}
	srv, err := NewServer(f.store, opts)
	if err != nil {
		tb.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	tb.Cleanup(ts.Close)
	return &testServer{Server: ts, fix: f, srv: srv}
}

func (ts *testServer) do(tb testing.TB, req *http.Request) *gqlResponse {
	tb.Helper()
	resp, err := ts.Client().Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatal(err)
	}
	out := &gqlResponse{Status: resp.StatusCode, ContentType: resp.Header.Get("Content-Type"), raw: body}
	if err := json.Unmarshal(body, out); err != nil {
		tb.Fatalf("response is not JSON (%v): %.300s", err, body)
	}
	return out
}

// post sends a JSON request body as-is.
func (ts *testServer) post(tb testing.TB, contentType string, body []byte) *gqlResponse {
	tb.Helper()
	req, err := http.NewRequest(http.MethodPost, ts.URL+"/graphql", bytes.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	req.Header.Set("Content-Type", contentType)
	return ts.do(tb, req)
}

// query posts {query, variables}.
func (ts *testServer) query(tb testing.TB, query string, vars map[string]any) *gqlResponse {
	tb.Helper()
	b, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		tb.Fatal(err)
	}
	return ts.post(tb, "application/json", b)
}

// get sends GET /graphql with the given parameters.
func (ts *testServer) get(tb testing.TB, params url.Values) *gqlResponse {
	tb.Helper()
	req, err := http.NewRequest(http.MethodGet, ts.URL+"/graphql?"+params.Encode(), nil)
	if err != nil {
		tb.Fatal(err)
	}
	return ts.do(tb, req)
}
