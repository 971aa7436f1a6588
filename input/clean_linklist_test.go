package input

import (
	"strings"
	"testing"
)

// TestHeadlineLinkList: an HTML list whose items are each one link with a headline in title case
// is a box of other stories and goes; a list of sentences with links inside, a list of short
// linked names and a single linked headline stay. Invented pages.
func TestHeadlineLinkList(t *testing.T) {
	page := func(list string) string {
		return "<html><head><title>Harbour Board Rejects Dredging Bid</title></head><body><article>" +
			"<h1>Harbour Board Rejects Dredging Bid</h1>" +
			"<p>VALLETTA, 14 October 2026 - Malta's harbour board on Wednesday rejected a bid to dredge the Grand Harbour, saying the works would harm the breakwater and the old quays.</p>" +
			"<p>The transport ministry said it backed the board's decision and would publish the engineers' report next month.</p>" +
			list + "</article></body></html>"
	}
	cases := []struct {
		name, list, line string
		gone             bool
	}{
		{"linked headlines", `<ul><li><a href="/a">Tunisia Port Strike Enters Third Week as Unions Dig In</a></li>` +
			`<li><a href="/b">Greek Shipowners Warn Over New Emissions Levy</a></li></ul>`, "Greek Shipowners", true},
		{"linked headlines in an ordered list with markup inside the link", `<ol><li><a href="/a"><span>Libya Oil Output Recovers After Blockade Ends</span></a></li>` +
			`<li><a href="/b">Greek Shipowners Warn Over New Emissions Levy</a></li></ol>`, "Libya Oil Output", true},
		{"sentences with links inside", `<ul><li>The board published <a href="/r">the engineers' report</a> on Monday.</li>` +
			`<li>Greek Shipowners Warn Over the levy, <a href="/s">the union said</a></li></ul>`, "The board published", false},
		{"short linked names", `<ul><li><a href="/m">Maria Borg</a></li><li><a href="/p">Paul Zammit</a></li></ul>`, "Maria Borg", false},
		{"one linked headline", `<ul><li><a href="/a">Tunisia Port Strike Enters Third Week as Unions Dig In</a></li></ul>`, "Tunisia Port Strike", false},
	}
	c := testCleaner(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := c.Clean(Document{Source: "case.html", HTML: page(tc.list)})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(got.Article.Text, "backed the board's decision") {
				t.Fatalf("story lost: %q", got.Article.Text)
			}
			if strings.Contains(got.Article.Text, tc.line) == tc.gone {
				t.Errorf("%q: want gone %v, text %q", tc.line, tc.gone, got.Article.Text)
			}
		})
	}
}
