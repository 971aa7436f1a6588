package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestTitleAppositiveAfterName: a name first, then its title in apposition between commas, then
// the verb (new-user trial 13, finding 3: "Musalia Mudavadi, the Minister of Foreign and Diaspora
// Affairs, welcomed …" gave no stance when the portfolio was coordinated): the person is the
// verb's subject whatever the shape of the title (wire_appositive.go). Invented names, several
// title shapes (of-portfolio with a coordination and a country, a list of portfolios, a
// possessive country, a coordinated pair of titles) and two verbs. Near miss: a coordination of
// names with no title stays a coordination, each name acting.
func TestTitleAppositiveAfterName(t *testing.T) {
	for _, c := range []struct {
		text, src, tgt string
		typ            graph.RelType
	}{
		{"Amina Wekesa, the Minister of Foreign and Diaspora Affairs of Kenya, welcomed the ceasefire between the two parties.", "Amina Wekesa", "ceasefire", graph.Supports},
		{"Ines Moreau, Minister for Trade, Industry and Tourism, condemned the new tariffs.", "Ines Moreau", "tariffs", graph.Opposes},
		{"Tomas Lindqvist, Sweden's Minister for Enterprise and Innovation, rejected the proposal on Monday.", "Tomas Lindqvist", "proposal", graph.Opposes},
		{"Peter Okafor, the Deputy Prime Minister and Minister of Finance and Budget, welcomed the agreement.", "Peter Okafor", "agreement", graph.Supports},
		{"Chile welcomed the talks. Rosa Ibarra, the Minister of Energy and Mines, welcomed the truce and urged both sides to respect it.", "Rosa Ibarra", "truce", graph.Supports},
		{"Daniel Mwangi, the Minister of Agriculture and Livestock Development of Kenya, rejected the import quotas.", "Daniel Mwangi", "import quotas", graph.Opposes},
		{"Li Hua, Minister of Commerce, Industry and Trade, opposed the sanctions.", "Li Hua", "sanctions", graph.Opposes},
		{"Grace Otieno, Cabinet Secretary for Trade, Investment and Industry, criticised the export ban.", "Grace Otieno", "export ban", graph.Opposes},
		{"Ana Ruiz, Lars Holm and Mia Berg rejected the merger plan.", "Lars Holm", "merger plan", graph.Opposes},
		{"Ana Ruiz, Lars Holm and Mia Berg rejected the merger plan.", "Ana Ruiz", "merger plan", graph.Opposes},
	} {
		v := view(extractText(t, c.text))
		if len(v.rels(c.typ, c.src, c.tgt)) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: no %s %s -> %s", c.text, c.typ, c.src, c.tgt)
		}
	}
}
