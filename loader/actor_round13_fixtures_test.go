package loader

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestRound13Fixtures: the round's ten invented news documents (loader/testdata/actors13:
// Georgia, Moldova, Russia, the US Congress, Brussels, Kenya, China, Geneva, Turkey, Canada;
// written for this round, docs/measures/issue14.md "Round 13") and the nodes they must and must
// not give.
func TestRound13Fixtures(t *testing.T) {
	cases := map[string][]string{
		"01-tbilisi.txt": {"PERSON Bidzina Ivanishvili", "!actor opposition", "DEMANDS Georgia opposition -> Central Election Commission",
			"country Central Election Commission = GEO", "code Constitutional Court of Georgia = GEOJUD", "code Marta Kos = IGOEUREEC"},
		"02-chisinau.txt":   {"country Dorin Recean = MDA", "country Ministry of Foreign Affairs of the Republic of Moldova = MDA"},
		"03-moscow.txt":     {"country Senate (Russia) = RUS", "code Senate = USALEG", "!country Senate (Russia) = USA"},
		"04-washington.txt": {"code Mike Rogers = USALEG", "code Supreme Court of the United States = USAJUD", "alias House Armed Services Committee = Armed Services Committee of the House"},
		"05-brussels.txt":   {"country Bart De Wever = BEL", "code Mark Rutte = IGOWSTNAT", "MEMBER_OF Valdis Dombrovskis -> European Commission"},
		"06-nairobi.txt":    {"code Kenya National Commission on Human Rights = NGOKENHRI", "code Kenya National Union of Teachers = KENEDU", "code High Court of Kenya = KENJUD"},
		"07-beijing.txt":    {"alias Ministry of Foreign Affairs of the People's Republic of China = Chinese Foreign Ministry", "!actor Foreign Ministry (China)"},
		"08-geneva.txt":     {"PERSON Filippo Grandi", "ORGANIZATION Office of the UN High Commissioner for Human Rights", "code Tedros Adhanom Ghebreyesus = IGOUNOHLHWHO"},
		"09-ankara.txt":     {"!actor Parliament Extends Troop Mandate", "!actor Parliament Extends Troop Mandate (Turkey)", "code Grand National Assembly of Turkey = TURLEG"},
		"10-ottawa.txt":     {"code Supreme Court of Canada = CANJUD", "country Senate (Canada) = CAN"},
	}
	for file, want := range cases {
		t.Run(file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", "actors13", file))
			if err != nil {
				t.Fatal(err)
			}
			checkExpect(t, extractDoc(t, input.Document{Source: file, Text: string(b)}), want)
		})
	}
}
