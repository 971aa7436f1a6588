package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// TestIntlHostOffice: a bare "the Secretary-General" in a document the UN issues (its title
// names the office as author, "Statement attributable to the Spokesperson for the
// Secretary-General …"; its outlet or URL is the UN's) is the UN (UN_SECRETARY_GENERAL
// [IGOUNO]), and "he" after it takes it. Near misses: a news story's "the Secretary-General",
// "the Secretary-General of NATO" on the UN's page. Invented documents.
func TestIntlHostOffice(t *testing.T) {
	body := "The Secretary-General strongly condemns the shelling of the market in Tarvik. He calls on the Grey Wolves militia to lay down their arms. The Secretary-General welcomes the mediation of the Arctic Council."
	for _, doc := range []input.Document{
		{Source: "test", Text: "Statement attributable to the Spokesperson for the Secretary-General on Osland\n\n" + body},
		{Source: "test", Text: "Statement by the Spokesperson for the Secretary-General on Osland\n\n" + body},
		{Source: "test", Text: "Osland\n\n" + body, URL: "https://press.un.org/en/2031/sgsm9999.doc.htm"},
		{Source: "test", Text: "Osland\n\n" + body, Outlet: "United Nations"},
	} {
		v := view(extractDoc(t, doc))
		if len(v.rels(graph.Opposes, "United Nations", "shelling of the market in Tarvik")) == 0 ||
			len(v.rels(graph.Demands, "United Nations")) == 0 || len(v.rels(graph.Supports, "United Nations")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%q (%s %s): no OPPOSES/DEMANDS/SUPPORTS by the UN", doc.Text[:40], doc.URL, doc.Outlet)
		}
	}
	for _, doc := range []input.Document{
		{Source: "test", Text: "Osland shelling draws criticism\n\n" + body, URL: "https://www.example-news.com/world/osland"},
		{Source: "test", Text: "Statement by the Secretary-General of NATO on Osland\n\nThe Secretary-General of NATO strongly condemns the shelling of the market in Tarvik."},
		{Source: "test", Text: "Osland\n\nThe Secretary-General of NATO strongly condemns the shelling of the market in Tarvik.", URL: "https://press.un.org/en/2031/x.htm"},
	} {
		v := view(extractDoc(t, doc))
		if rs := v.rels(graph.Opposes, "United Nations"); len(rs) > 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: the UN opposes", doc.Text[:40])
		}
	}
}
