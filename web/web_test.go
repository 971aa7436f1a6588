package web_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/web"
)

// store holds two actors and a policy: Chile OPPOSES the tariffs (2021), Argentina SUPPORTS them
// (2022).
func store(t *testing.T) *graph.Store {
	t.Helper()
	s, err := graph.Open(graph.DefaultOptions(filepath.Join(t.TempDir(), "db")))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	chile := graph.Node{ID: graph.ActorID("Chile"), Kind: graph.Country, Name: "Chile", Code: "CHL"}
	argentina := graph.Node{ID: graph.ActorID("Argentina"), Kind: graph.Country, Name: "Argentina"}
	tariffs := graph.Node{ID: graph.PolicyID("copper tariffs"), Kind: graph.Policy, Name: "copper tariffs"}
	for i, a := range []struct{ url, date, text, actor string }{
		{"https://example.com/1", "2021-03-03", "Chile opposed the copper tariffs.", "Chile"},
		{"https://example.com/2", "2022-05-01", "Argentina supported the copper tariffs.", "Argentina"},
	} {
		actor, typ := chile, graph.Opposes
		if i == 1 {
			actor, typ = argentina, graph.Supports
		}
		id := graph.ArticleID(a.url, "")
		ev := graph.Evidence{ArticleID: id, Sentence: 0, Start: 0, End: len(a.text), Text: a.text, Cue: strings.Fields(a.text)[1], Rule: "test", Score: 0.8}
		_, err := s.RestoreArticle(context.Background(), &graph.ArticleGraph{
			Article: graph.Article{ID: id, URL: a.url, Title: a.actor, PublishedAt: a.date, Text: a.text},
			Nodes:   []graph.Node{actor, tariffs},
			Relations: []graph.Relation{{ID: graph.RelationID(typ, actor.ID, tariffs.ID, false), Type: typ, Source: actor.ID, Target: tariffs.ID,
				Evidence: []graph.Evidence{ev}}},
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func get(t *testing.T, h http.Handler, method, target string) *httptest.ResponseRecorder {
	t.Helper()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(method, target, nil))
	return w
}

func TestExportHandler(t *testing.T) {
	h := web.Export(store(t), nil)
	for _, tc := range []struct {
		query, contentType, want, not string
	}{
		{"format=gexf", "application/xml", `<gexf xmlns="http://gexf.net/1.3"`, ""},
		{"", "application/xml", `attr.name="relType"`, ""},
		{"format=graphml&types=OPPOSES", "application/xml", "Chile opposed", "Argentina"},
		{"format=cytoscape&from=2022-01-01", "application/json", "Argentina supported", "Chile opposed"},
		{"format=cytoscape&actors-only=true", "application/json", `"via":"copper tariffs"`, ""},
		{"format=jsonl&kinds=COUNTRY,POLICY&min-confidence=0.5", "application/x-ndjson", `{"relation":`, ""},
		{"format=jsonl", "application/x-ndjson", `{"article":`, ""},
		{"format=graphml&around=" + graph.ActorID("Chile") + "&depth=1", "application/xml", "Chile", "Argentina"},
		{"format=graphml&around=chile", "application/xml", "Chile", "Argentina"},
	} {
		w := get(t, h, http.MethodGet, "/export?"+tc.query)
		body := w.Body.String()
		if w.Code != http.StatusOK || !strings.HasPrefix(w.Header().Get("Content-Type"), tc.contentType) {
			t.Errorf("%s: %d %s: %s", tc.query, w.Code, w.Header().Get("Content-Type"), body)
			continue
		}
		if !strings.Contains(body, tc.want) || (tc.not != "" && strings.Contains(body, tc.not)) {
			t.Errorf("%s: want %q and not %q in\n%s", tc.query, tc.want, tc.not, body)
		}
		if !strings.HasPrefix(w.Header().Get("Content-Disposition"), "attachment; filename=\"claimgraph.") {
			t.Errorf("%s: Content-Disposition %q", tc.query, w.Header().Get("Content-Disposition"))
		}
	}

	// CSV: a zip of the four tables; articles.csv carries the text the offsets point into, for
	// the whole store and for a filtered selection alike (finding A5 of trial 18).
	for _, q := range []string{"/export?format=csv", "/export?format=csv&min-confidence=0.1"} {
		w := get(t, h, http.MethodGet, q)
		zr, err := zip.NewReader(bytes.NewReader(w.Body.Bytes()), int64(w.Body.Len()))
		if err != nil || len(zr.File) != 4 || w.Header().Get("Content-Type") != "application/zip" {
			t.Fatalf("%s: %v, %s", q, err, w.Header().Get("Content-Type"))
		}
		f, err := zr.Open("articles.csv")
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil || len(rows) < 2 || rows[0][len(rows[0])-1] != "text" || rows[1][len(rows[1])-1] == "" {
			t.Errorf("%s: articles.csv without an article's text: %v %.200v", q, err, rows)
		}
	}

	for _, tc := range []struct {
		query string
		code  int
	}{
		{"format=dot", 400}, {"types=LIKES", 400}, {"from=yesterday", 400}, {"min-confidence=high", 400},
		{"depth=-2", 400}, {"colour=red", 400}, {"format=jsonl&actors-only=true", 400},
		{"around=a_nosuchnode", 404}, {"around=Atlantis", 404},
	} {
		if w := get(t, h, http.MethodGet, "/export?"+tc.query); w.Code != tc.code || w.Body.Len() == 0 {
			t.Errorf("%s: %d, want %d with a message", tc.query, w.Code, tc.code)
		}
	}
	if w := get(t, h, http.MethodPost, "/export"); w.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d", w.Code)
	}
	if w := get(t, h, http.MethodHead, "/export?format=gexf"); w.Code != http.StatusOK || w.Body.Len() != 0 {
		t.Errorf("HEAD: %d, %d bytes", w.Code, w.Body.Len())
	}
}

// TestExplorerAssets: the page and every script and style it references are served from the
// binary (no CDN), and the embedded Cytoscape.js is the version the code says.
func TestExplorerAssets(t *testing.T) {
	h := web.Explorer()
	page := get(t, h, http.MethodGet, "/explore")
	if page.Code != http.StatusOK || !strings.HasPrefix(page.Header().Get("Content-Type"), "text/html") {
		t.Fatalf("/explore: %d %s", page.Code, page.Header().Get("Content-Type"))
	}
	if csp := page.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
		t.Errorf("CSP %q", csp)
	}
	refs := regexp.MustCompile(`(?:src|href)="([^"#]+)"`).FindAllStringSubmatch(page.Body.String(), -1)
	if len(refs) < 3 {
		t.Fatalf("the page references %d assets", len(refs))
	}
	for _, m := range refs {
		ref := m[1]
		if strings.Contains(ref, "//") {
			t.Errorf("the page loads %s from elsewhere", ref)
			continue
		}
		if !strings.HasPrefix(ref, "/explore/") {
			continue // links to other pages of the server (GraphiQL at /)
		}
		if w := get(t, h, http.MethodGet, ref); w.Code != http.StatusOK || w.Body.Len() == 0 {
			t.Errorf("%s: %d", ref, w.Code)
		}
	}
	js := get(t, h, http.MethodGet, "/explore/cytoscape.min.js").Body.String()
	pkg, err := os.ReadFile("explorer/README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(pkg), "cytoscape@"+web.CytoscapeVersion) || !strings.Contains(js, "The Cytoscape Consortium") {
		t.Errorf("explorer/README.md or the script does not name Cytoscape.js %s", web.CytoscapeVersion)
	}
	for _, bad := range []string{"/explore/../export.go", "/explore/nope.js", "/explore/README.md", "/explore/update.sh"} {
		if w := get(t, h, http.MethodGet, bad); w.Code != http.StatusNotFound {
			t.Errorf("%s: %d, want 404", bad, w.Code)
		}
	}
	if w := get(t, h, http.MethodPost, "/explore"); w.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST /explore: %d", w.Code)
	}
	// The queries the page sends name only fields the schema has (checked by the browser test
	// against a live server); here, that it talks to /graphql on this server alone.
	script := get(t, h, http.MethodGet, "/explore/explorer.js").Body.String()
	if !strings.Contains(script, "fetch('/graphql'") || regexp.MustCompile(`https?://`).MatchString(script) {
		t.Error("explorer.js must call this server's /graphql and nothing else")
	}
}
