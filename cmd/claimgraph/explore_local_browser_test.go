package main

import (
	"context"
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/claimgraph/claimgraph/graph"
)

// TestExplorerHideLocalInBrowser: the explorer's "hide nodes local to one article" box (finding
// A15 of trial 18) leaves out the neighbors whose Actor.local or Policy.local is true, with their
// relations, and unticked draws them again. The hub has three named neighbors, an unnamed group
// and a policy named by a definite description, both local to the article.
func TestExplorerHideLocalInBrowser(t *testing.T) {
	chrome := browserOrSkip(t)
	s, g := exploreStore(t)
	text := "Osric Vale met three ministers, criticized the protesters and rejected the scheme."
	art := graph.Article{ID: graph.ArticleID("https://example.com/local", text), URL: "https://example.com/local", PublishedAt: "2020-02-02", Title: "Local", Text: text}
	scope := "article:" + art.ID
	hub := graph.ActorID("Osric Vale")
	ag := &graph.ArticleGraph{Article: art}
	ag.Nodes = append(ag.Nodes, graph.Node{ID: hub, Kind: graph.Person, Name: "Osric Vale", Rule: "test"})
	ag.Mentions = append(ag.Mentions, graph.Mention{NodeID: hub, ArticleID: art.ID, Start: 0, End: 10, Text: "Osric Vale", Rule: "test"})
	add := func(n graph.Node, rel graph.RelType) {
		ag.Nodes = append(ag.Nodes, n)
		ag.Mentions = append(ag.Mentions, graph.Mention{NodeID: n.ID, ArticleID: art.ID, Start: 0, End: 10, Text: n.Name, Rule: "test"})
		ag.Relations = append(ag.Relations, graph.Relation{ID: graph.RelationID(rel, hub, n.ID, false), Type: rel, Source: hub, Target: n.ID,
			Evidence: []graph.Evidence{{ArticleID: art.ID, Start: 0, End: len([]rune(text)), Text: text, Rule: "test", Score: 0.5}}})
	}
	for i := range 3 {
		name := fmt.Sprintf("Minister %d", i)
		add(graph.Node{ID: graph.ActorID(name), Kind: graph.Person, Name: name, Rule: "test"}, graph.Supports)
	}
	add(graph.Node{ID: graph.LocalActorID("protesters", scope), Kind: graph.Group, Name: "protesters", Local: true, Rule: "test"}, graph.Opposes)
	add(graph.Node{ID: graph.LocalPolicyID("scheme", scope), Kind: graph.Policy, Name: "scheme", Local: true, Rule: "test"}, graph.Opposes)
	if _, err := s.MergeArticle(context.Background(), ag); err != nil {
		t.Fatal(err)
	}
	srv := exploreServer(t, g, s)
	ctx, waitJS := newBrowser(t, chrome)

	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/explore#node="+hub)); err != nil {
		t.Fatal(err)
	}
	waitJS("the whole view", fmt.Sprintf(`window.explorer && explorer.state.center === %q && !explorer.state.loading &&
		explorer.cy.nodes().length === 6 && explorer.cy.edges().length === 5`, hub))
	click := `(() => { const c = document.getElementById('hide-local'); c.click(); return c.checked; })()`
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](click)); err != nil {
		t.Fatal(err)
	}
	waitJS("the view without local nodes", `explorer.state.hideLocal && !explorer.state.loading &&
		explorer.cy.nodes().length === 4 && explorer.cy.edges().every(e => e.data('type') === 'SUPPORTS') &&
		/[#&]local=hide/.test(location.hash)`)
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](click)); err != nil {
		t.Fatal(err)
	}
	waitJS("the whole view again", `!explorer.state.hideLocal && !explorer.state.loading && explorer.cy.nodes().length === 6 &&
		!/local=hide/.test(location.hash)`)

	// The address holds the choice: a bookmarked view opens with the box ticked.
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/explore?reload#node="+hub+"&local=hide")); err != nil {
		t.Fatal(err)
	}
	waitJS("the bookmarked view", fmt.Sprintf(`window.explorer && explorer.state.center === %q && explorer.state.hideLocal &&
		document.getElementById('hide-local').checked && !explorer.state.loading && explorer.cy.nodes().length === 4`, hub))
}
