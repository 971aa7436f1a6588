package loader

import (
	"strings"
	"testing"
)

// frames11DocExpect is frames10Expect over documents with an outlet or URL.
func frames11DocExpect(t *testing.T, cases []struct {
	doc  Document
	want string
}) {
	t.Helper()
	for _, c := range cases {
		c.doc.Source = "test"
		g := extractDoc(t, c.doc)
		v := view(g)
		ok := false
		if strings.HasPrefix(c.want, "!") {
			ok = frames8Forbidden(g, v, c.want)
		} else {
			_, ok = goldLineHit(g, v, c.want)
		}
		if !ok {
			t.Errorf("%s (outlet %q): want %s; %v", c.doc.Text, c.doc.Outlet, c.want, foundRelations(g, v))
		}
	}
}

// TestPublisherGovernment (issue 13, frames11): in the narration of a page a state body publishes,
// "the Government" is the publisher's state (publisherState), not the country named last.
func TestPublisherGovernment(t *testing.T) {
	frames11DocExpect(t, []struct {
		doc  Document
		want string
	}{
		{Document{Outlet: "Government Offices of Norway", Text: "Norway backs Ghana's grid.\n\nThe Government has decided to provide NOK 200 million in grants to Ghana's power sector."}, "OFFERS Norway -> NOK 200 million"},
		{Document{Outlet: "Government Offices of Norway", Text: "Norway backs Ghana's grid.\n\nThe Government has decided to provide NOK 200 million in grants to Ghana's power sector."}, "!OFFERS Ghana"},
		{Document{URL: "https://www.mofa.go.jp/press/release.html", Text: "Japan and Laos signed a loan agreement.\n\nThe Government will provide a loan of 3 billion yen to Laos's railway authority."}, "OFFERS Japan -> loan"},
		// controls: a news outlet's "the government" is the story's; a quotation is its speaker's
		{Document{Outlet: "Reuters", Text: "Norway backs Ghana's grid.\n\nThe Government has decided to provide NOK 200 million in grants to Ghana's power sector."}, "!OFFERS Norway"},
	})
}
