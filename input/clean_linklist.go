package input

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/claimgraph/claimgraph/text"
)

// headlineLinkList reports an HTML list of other stories: a <ul> or <ol> of at least
// minRelatedRun items, each item's text wholly the text of one link (<a>), each a headline in
// title case of four to fifteen words (titleLike). News pages set their "related", "more from"
// and "most read" boxes this way, often without a label; in text the list loses its bullets and
// its headlines read as story lines (issue 14: related-headline lists make neither nodes nor
// stances). A list of sentences, of links inside sentences ("<li>The ministry published <a>the
// report</a> on Monday.</li>") or of short names stays.
func headlineLinkList(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom != atom.Ul && n.DataAtom != atom.Ol {
		return false
	}
	items := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
			continue
		}
		if c.Type != html.ElementNode || c.DataAtom != atom.Li {
			return false
		}
		t := textOf(c)
		if t == "" {
			continue
		}
		link := onlyLink(c)
		if link == nil || textOf(link) != t || text.WordCount(t) < 4 || !titleLike(t, 15) {
			return false
		}
		items++
	}
	return items >= minRelatedRun
}

// onlyLink returns the one <a> element that holds all of n's text, or nil.
func onlyLink(n *html.Node) *html.Node {
	var found *html.Node
	var visit func(*html.Node) bool
	visit = func(c *html.Node) bool {
		for ; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.ElementNode && c.DataAtom == atom.A:
				if found != nil {
					return false
				}
				found = c
			case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
				return false
			case c.Type == html.ElementNode && !visit(c.FirstChild):
				return false
			}
		}
		return true
	}
	if !visit(n.FirstChild) {
		return nil
	}
	return found
}
