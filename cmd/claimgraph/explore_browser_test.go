package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/httpguard"
)

// browserOrSkip gives the path of a Chromium for the browser tests, or skips t: when none is
// installed, or with -short.
func browserOrSkip(t *testing.T) string {
	t.Helper()
	chrome := findChromium()
	if chrome == "" {
		t.Skip("Chromium is not installed (Debian packages chromium, chromium-driver; .ci/run installs them)")
	}
	if testing.Short() {
		t.Skip("the browser test is skipped with -short")
	}
	return chrome
}

// findChromium returns the path of a Chromium or Chrome binary, or "".
func findChromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// exploreStore opens an empty store on disk, closed at the end of the test, and the globals
// serve runs with.
func exploreStore(t *testing.T) (*graph.Store, *globals) {
	t.Helper()
	s, err := graph.Open(graph.DefaultOptions(filepath.Join(t.TempDir(), "db")))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, &globals{db: "test", stdout: io.Discard, stderr: io.Discard, log: slog.New(slog.NewTextHandler(io.Discard, nil))}
}

// exploreServer serves s with the handler serve runs, guard and security headers (CSP) included:
// the page must work under them. The server closes at the end of the test (after a browser
// started later, so no request of it is left hanging).
func exploreServer(t *testing.T, g *globals, s *graph.Store) *httptest.Server {
	t.Helper()
	h, err := serveHandler(g, s, httpguard.New(httpguard.Config{Timeout: 10 * time.Second}), 10*time.Second, nil, "", false)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// newBrowser starts headless Chromium for the test (closed at its end, at most two minutes) and
// returns its context and waitJS, which polls a JavaScript condition until it holds and fails the
// test, with the page's status line, when it does not within 30 s.
func newBrowser(t *testing.T, chrome string) (context.Context, func(what, cond string)) {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chrome),
		chromedp.Flag("headless", true), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true), chromedp.NoFirstRun, chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true), chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1440, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelCtx := chromedp.NewContext(actx)
	t.Cleanup(cancelCtx)
	ctx, cancel := context.WithTimeout(ctx, 120*time.Second)
	t.Cleanup(cancel)
	waitJS := func(what, cond string) {
		t.Helper()
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](cond, chromedp.WithPollingInterval(100*time.Millisecond), chromedp.WithPollingTimeout(30*time.Second))); err != nil {
			status, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById('status').textContent`))
			t.Fatalf("waiting for %s (%s): %v; status line: %q", what, cond, err, status)
		}
	}
	return ctx, waitJS
}

// TestExplorerInBrowser drives the explorer page in headless Chromium against a server holding the
// sample article, as a reader would: search "Ruan", pick him, click a neighbor to expand it, click
// a relation, and read its sentence in the evidence panel. It saves a screenshot to
// $CLAIMGRAPH_SCREENSHOT (docs/explorer.png is one) or to the temporary folder.
func TestExplorerInBrowser(t *testing.T) {
	chrome := browserOrSkip(t)
	s, g := exploreStore(t)
	if err := loadSampleIfEmpty(context.Background(), g, s); err != nil {
		t.Fatal(err)
	}
	srv := exploreServer(t, g, s)

	ctx, waitJS := newBrowser(t, chrome)
	// clickAt clicks the page at the rendered position of a graph element that the expression
	// evaluates to ({x, y, id} in the graph's coordinates) and returns the element's ID.
	type spot struct {
		X, Y float64
		ID   string `json:"id"`
	}
	clickAt := func(expr string) string {
		t.Helper()
		at, err := chromedp.Run(ctx, chromedp.Evaluate[spot](expr))
		if err != nil || at.ID == "" {
			t.Fatalf("locating %s: %v (%v)", expr, err, at)
		}
		off, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(() => { const r = document.getElementById('graph').getBoundingClientRect(); return [r.left, r.top]; })()`))
		if err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(ctx, chromedp.MouseClickXY(off[0]+at.X, off[1]+at.Y)); err != nil {
			t.Fatal(err)
		}
		return at.ID
	}

	// 1. Load the page and search for Ruan.
	err := chromedp.Do(ctx,
		chromedp.EmulateViewport(1440, 900),
		chromedp.Navigate(srv.URL+"/explore"),
		chromedp.WaitVisible(chromedp.CSS("#search")),
	)
	if err != nil {
		t.Fatalf("loading the explorer: %v", err)
	}
	waitJS("the page script", `window.explorer && window.explorer.ready === true`)
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("#search"), "Ruan")); err != nil {
		t.Fatal(err)
	}
	waitJS("search results", `!!document.querySelector('#results button[data-id]')`)
	first, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`#results button[data-id]`)))
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#results button[data-id]`))); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(first, "Ruan") {
		t.Fatalf("first search result %q is not Ruan", first)
	}
	waitJS("Ruan's neighborhood", `explorer.state.expanded.length === 1 && !explorer.state.loading && explorer.cy.nodes().length > 1 && /Ruan/.test(document.querySelector('#panel h3') ? document.querySelector('#panel h3').textContent : '')`)

	// 2. Expand by clicking nodes: up to three times the actor drawn with the most relations that
	// is not expanded yet (from Ruan: his institute, its ministry, the country).
	var expandedIDs []string
	for i := 0; i < 3; i++ {
		var n int
		n, err = chromedp.Run(ctx, chromedp.Evaluate[int](`explorer.cy.nodes().filter(n => !explorer.state.expanded.includes(n.id()) && ['PERSON','ORGANIZATION','GOVERNMENT','COUNTRY','GROUP'].includes(n.data('kind'))).length`))
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			break
		}
		id := clickAt(`(() => {
			const s = explorer.state;
			const c = explorer.cy.nodes().filter(n => !s.expanded.includes(n.id()) && ['PERSON','ORGANIZATION','GOVERNMENT','COUNTRY','GROUP'].includes(n.data('kind')));
			const n = c.max(n => n.degree()).ele;
			const p = n.renderedPosition();
			return {x: p.x, y: p.y, id: n.id()};
		})()`)
		waitJS("the clicked node to expand", fmt.Sprintf(`explorer.state.expanded.includes(%q) && explorer.state.expanded.length === %d && !explorer.state.loading`, id, i+2))
		expandedIDs = append(expandedIDs, id)
	}
	if len(expandedIDs) == 0 {
		t.Fatal("Ruan's neighborhood has no actor to expand")
	}
	expanded := strings.Join(expandedIDs, ", ")

	// 3. Click a relation: a stance (opposes, threatens, …) if one is drawn, the longest lines
	// first, whose middles are clear of nodes.
	var clicked string
	for i := 0; i < 8 && clicked == ""; i++ {
		clickAt(fmt.Sprintf(`(() => {
			const stance = ['OPPOSES','THREATENS','SANCTIONS','DEMANDS','OFFERS','SUPPORTS'];
			const len = e => Math.hypot(e.source().renderedPosition().x - e.target().renderedPosition().x, e.source().renderedPosition().y - e.target().renderedPosition().y);
			const es = explorer.cy.edges().sort((a, b) => (stance.includes(b.data('type')) - stance.includes(a.data('type'))) || (len(b) - len(a)));
			const e = es[%d %% es.length];
			const m = e.renderedMidpoint();
			return {x: m.x, y: m.y, id: e.id()};
		})()`, i))
		time.Sleep(200 * time.Millisecond)
		sel, err := chromedp.Run(ctx, chromedp.Evaluate[string](`explorer.state.selectedEdge || ''`))
		if err != nil {
			t.Fatal(err)
		}
		clicked = sel
	}
	if clicked == "" {
		t.Fatal("no click on a relation selected it")
	}
	waitJS("the evidence panel", `!!document.querySelector('#panel .evidence li .sentence')`)

	// 4. The panel shows the relation's sentence, with its cue marked, and the article.
	var want struct {
		Data struct {
			Relation struct {
				Evidence []struct {
					Text, Cue string
					Article   struct{ Title string }
				}
			}
		}
	}
	body, _ := json.Marshal(map[string]any{"query": `query($id: ID!) { relation(id: $id) { evidence { text cue article { title } } } }`, "variables": map[string]any{"id": clicked}})
	resp, err := http.Post(srv.URL+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	err = json.NewDecoder(resp.Body).Decode(&want)
	resp.Body.Close()
	if err != nil || len(want.Data.Relation.Evidence) == 0 {
		t.Fatalf("relation %s: %v %+v", clicked, err, want)
	}
	panelText, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#panel")))
	if err != nil {
		t.Fatal(err)
	}
	mark := ""
	ev := want.Data.Relation.Evidence[0]
	if !strings.Contains(panelText, ev.Text) || !strings.Contains(panelText, ev.Article.Title) {
		t.Errorf("the evidence panel lacks the sentence %q or the title %q:\n%s", ev.Text, ev.Article.Title, panelText)
	}
	if ev.Cue != "" {
		if mark, err = chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#panel .evidence mark"))); err != nil || mark == "" {
			t.Errorf("the cue %q is not highlighted: %v", ev.Cue, err)
		}
	}

	// 5. The screenshot.
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	out := os.Getenv("CLAIMGRAPH_SCREENSHOT")
	if out == "" {
		out = filepath.Join(os.TempDir(), "claimgraph-explorer.png")
	}
	if err := os.WriteFile(out, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (expanded %s, clicked %s, cue %q)", out, expanded, clicked, mark)

	// 6. The path finder, from Ruan to the country China, through the suggestions of its boxes.
	var china struct {
		Data struct {
			Nodes struct{ Nodes []struct{ ID, Label string } }
		}
	}
	body, _ = json.Marshal(map[string]any{"query": `{ nodes(kinds: [COUNTRY], search: "China") { nodes { id label } } }`})
	resp, err = http.Post(srv.URL+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	err = json.NewDecoder(resp.Body).Decode(&china)
	resp.Body.Close()
	chinaID := ""
	for _, n := range china.Data.Nodes.Nodes {
		if n.Label == "China" {
			chinaID = n.ID
		}
	}
	if err != nil || chinaID == "" {
		t.Fatalf("the sample has no country China: %v %+v", err, china)
	}
	pick := func(input, text, id string) {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS(input), text)); err != nil {
			t.Fatal(err)
		}
		sel := fmt.Sprintf(`.filters .search button[data-id=%q]`, id)
		waitJS("the suggestion "+id, fmt.Sprintf(`!!document.querySelector(%q)`, sel))
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(sel))); err != nil {
			t.Fatal(err)
		}
	}
	ruanID, err := chromedp.Run(ctx, chromedp.Evaluate[string](`explorer.state.expanded[0]`))
	if err != nil {
		t.Fatal(err)
	}
	pick("#path-from", "Ruan", ruanID)
	pick("#path-to", "China", chinaID)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#path-go"))); err != nil {
		t.Fatal(err)
	}
	waitJS("the path", `!!document.querySelector('#panel .path-steps li') && !explorer.state.loading`)
	steps, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('#panel .path-steps li')).map(li => li.textContent)`))
	if err != nil {
		t.Fatal(err)
	}
	if len(steps) < 1 || !strings.Contains(steps[0], "Ruan") || !strings.Contains(steps[len(steps)-1], "China") {
		t.Errorf("path steps %q do not lead from Ruan to China", steps)
	}
	source, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`explorer.state.pathSource || ''`))
	t.Logf("path of %d steps found by the %s", len(steps), source)
	drawn, err := chromedp.Run(ctx, chromedp.Evaluate[int](`explorer.cy.edges('.path').length`))
	if err != nil || drawn != len(steps) {
		t.Errorf("%d path edges drawn for %d steps (%v)", drawn, len(steps), err)
	}
	// The neighborhood search (used under a date range, or without a path query) finds a path
	// as short.
	searched, err := chromedp.Run(ctx, chromedp.Evaluate[int](fmt.Sprintf(
		`explorer.findPath(%q, %q, 4).then(r => r.steps ? r.steps.length : 0)`, ruanID, chinaID), chromedp.EvalAwaitPromise))
	if err != nil || searched != len(steps) {
		t.Errorf("the neighborhood search found a path of %d steps, the path finder %d (%v)", searched, len(steps), err)
	}
	if out := os.Getenv("CLAIMGRAPH_SCREENSHOT"); out != "" {
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err == nil {
			err = os.WriteFile(strings.TrimSuffix(out, ".png")+"-path.png", png, 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}

	// 7. A publication-date range: the sample article is undated (no date in its text, title or
	// file name), so a range hides every relation, and clearing it brings them back.
	before, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`explorer.cy.edges().length`))
	setDate := func(v string) {
		t.Helper()
		js := fmt.Sprintf(`(() => { const i = document.getElementById('from'); i.value = %q; i.dispatchEvent(new Event('change')); return true; })()`, v)
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](js)); err != nil {
			t.Fatal(err)
		}
	}
	setDate("2030-01-01")
	waitJS("the date filter", `explorer.state.from === '2030-01-01' && !explorer.state.loading && explorer.cy.edges().length === 0`)
	setDate("")
	waitJS("the date filter cleared", fmt.Sprintf(`explorer.state.from === '' && !explorer.state.loading && explorer.cy.edges().length > 0 && explorer.cy.edges().length <= %d`, before))

	// 8. The address holds the view: opening it again shows the same node under the same filters.
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/explore#node="+chinaID+"&types=OPPOSES,OFFERS")); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil { // a new hash alone does not reload the page
		t.Fatal(err)
	}
	waitJS("the view from the address", fmt.Sprintf(`window.explorer && explorer.state.center === %q && !explorer.state.loading && explorer.cy.edges().length > 0 &&
		explorer.cy.edges().every(e => ['OPPOSES','OFFERS'].includes(e.data('type'))) &&
		document.querySelector('#types input[value=SUPPORTS]').checked === false`, chinaID))
}

// TestServeBinaryExploreAndExport: the built binary serves the explorer and the exports beside
// GraphQL.
func TestServeBinaryExploreAndExport(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	in := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(in, []byte(record("https://example.com/a", "Tariff row", "2021-03-03", "Test Wire",
		"Chile opposed the new copper tariffs on Monday.")), 0o644); err != nil {
		t.Fatal(err)
	}
	mustLoad(t, db, in)
	addr := freeAddr(t)
	srv := exec.Command(bin, "serve", "--db", db, "--addr", addr)
	var srvLog bytes.Buffer
	srv.Stderr = &srvLog
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		_ = srv.Process.Signal(os.Interrupt)
		_ = srv.Wait()
	}()
	base := "http://" + addr
	waitHealthy(t, base, &srvLog)
	for path, want := range map[string]string{"/explore": "text/html", "/explore/cytoscape.min.js": "text/javascript",
		"/export?format=gexf&types=OPPOSES": "application/xml", "/export?format=cytoscape": "application/json"} {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), want) || len(body) < 100 {
			t.Errorf("GET %s: %d %s, %d bytes", path, resp.StatusCode, resp.Header.Get("Content-Type"), len(body))
		}
		if strings.HasPrefix(path, "/export") && !strings.Contains(string(body), "Chile") {
			t.Errorf("GET %s lacks the loaded article's actor", path)
		}
	}
}
