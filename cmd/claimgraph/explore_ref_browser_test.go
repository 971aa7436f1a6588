package main

import (
	"context"
	"fmt"
	"net/url"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/claimgraph/claimgraph/graph"
)

// TestExplorerNodeByNameInBrowser: /explore#node= takes a name as the API's node arguments do
// (new-user trial 28, finding 10: #node=China drew nothing, silently). A name one node has opens
// it; a name several nodes answer to opens the first with a note listing the others, one click
// away; a name no node has says so on the page, and the near names are offered.
func TestExplorerNodeByNameInBrowser(t *testing.T) {
	chrome := browserOrSkip(t)
	s, g := exploreStore(t)
	text := "Osric Vale and Maren Vale criticized the levy, and Petra Lund backed it."
	art := graph.Article{ID: graph.ArticleID("https://example.com/vale", text), URL: "https://example.com/vale", PublishedAt: "2020-02-02", Title: "Vale", Text: text}
	ag := &graph.ArticleGraph{Article: art}
	levy := graph.PolicyID("levy")
	ag.Nodes = append(ag.Nodes, graph.Node{ID: levy, Kind: graph.Policy, Name: "levy", Rule: "test"})
	ids := map[string]string{}
	for _, p := range []struct {
		name string
		rel  graph.RelType
	}{{"Osric Vale", graph.Opposes}, {"Maren Vale", graph.Opposes}, {"Petra Lund", graph.Supports}} {
		id := graph.ActorID(p.name)
		ids[p.name] = id
		ag.Nodes = append(ag.Nodes, graph.Node{ID: id, Kind: graph.Person, Name: p.name, Rule: "test"})
		ag.Mentions = append(ag.Mentions, graph.Mention{NodeID: id, ArticleID: art.ID, Start: 0, End: 10, Text: p.name, Rule: "test"})
		ag.Relations = append(ag.Relations, graph.Relation{ID: graph.RelationID(p.rel, id, levy, false), Type: p.rel, Source: id, Target: levy,
			Evidence: []graph.Evidence{{ArticleID: art.ID, Start: 0, End: len([]rune(text)), Text: text, Rule: "test", Score: 0.5}}})
	}
	if _, err := s.MergeArticle(context.Background(), ag); err != nil {
		t.Fatal(err)
	}
	srv := exploreServer(t, g, s)
	ctx, waitJS := newBrowser(t, chrome)
	nav := func(ref string, n int) {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.Navigate(fmt.Sprintf("%s/explore?%d#node=%s", srv.URL, n, url.QueryEscape(ref)))); err != nil {
			t.Fatal(err)
		}
	}

	// a name one node has: drawn as if by its ID, and the address then holds the ID
	nav("petra lund", 1)
	waitJS("the node opened by its name", fmt.Sprintf(`window.explorer && explorer.ready && explorer.state.center === %q &&
		!explorer.state.loading && explorer.cy.nodes().length === 2 && location.hash.includes(%q)`, ids["Petra Lund"], ids["Petra Lund"]))

	// a surname two persons have: the first drawn, a note on the page offers the other
	nav("Vale", 2)
	waitJS("the first of two, with a note", fmt.Sprintf(`window.explorer && explorer.ready && !explorer.state.loading &&
		[%q, %q].includes(explorer.state.center) && document.getElementById('ref-note') !== null &&
		document.querySelectorAll('#ref-note .ref-choices button').length === 1 &&
		/names 2 nodes/.test(document.getElementById('ref-note').textContent)`, ids["Osric Vale"], ids["Maren Vale"]))
	first, err := chromedp.Run(ctx, chromedp.Evaluate[string](`explorer.state.center`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { document.querySelector('#ref-note .ref-choices button').click(); return true; })()`)); err != nil {
		t.Fatal(err)
	}
	waitJS("the other one, picked from the note", fmt.Sprintf(`!explorer.state.loading && explorer.state.center !== null &&
		explorer.state.center !== %q && explorer.cy.nodes().length === 2`, first))

	// a name no node has: a visible message, nothing drawn
	nav("Zephyrine Quall", 3)
	waitJS("the not-found message", `window.explorer && explorer.ready && explorer.state.center === null &&
		explorer.cy.nodes().length === 0 && /No node is named “Zephyrine Quall”/.test(document.getElementById('status').textContent) &&
		document.getElementById('status').classList.contains('error') && document.getElementById('ref-note') !== null`)
	// an ID no node has: the same
	nav("a_nosuchnode0000000000", 4)
	waitJS("the not-found message for an ID", `window.explorer && explorer.ready && explorer.state.center === null &&
		/No node is named/.test(document.getElementById('status').textContent)`)
}
