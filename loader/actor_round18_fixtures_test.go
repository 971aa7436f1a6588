package loader

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestRound18Fixtures: the round's six invented articles (loader/testdata/actors18, gold node
// list gold.tsv written before the rules; docs/measures/issue14.md "Round 18") and what they must
// and must not give. The gold countries the rules do not reach (a1's Senate, a2's unnamed-state
// ministers, a6's MOFCOM) are left out here and listed in the measures note.
func TestRound18Fixtures(t *testing.T) {
	cases := map[string][]string{
		"a1.txt": {"country Amina Sule = NGA", "country Pablo Ferreyra = URY", "country Rahel Tesfaye = ETH", "GOVERNMENT Foreign Ministry (Uruguay)",
			"CLAIMS Pablo Ferreyra -> the agreement would cut tariffs on beef", "!actor Federal Republic", "!actor Eastern Republic"},
		"a2.txt": {"country Andres Felipe Arias Leiva = COL", "alias Andres Felipe Arias Leiva = Arias Leiva", "country Cordero Arroyo = CHL", "!actor Ernesto Javier Cordero Arroyo",
			"!actor Andres Manuel Lopez Obrador"},
		"a3.txt": {"country administration officials = USA", "country Obama administration = USA"},
		"a4.txt": {"country Zhao Lin = CHN", "MEMBER_OF Zhao Lin -> Political Bureau of the CPC Central Committee", "country Political Bureau of the CPC Central Committee = CHN",
			"country Aigul Temirova = KAZ"},
		"a5.txt": {"!alias Wang Yi = Wang", "!alias Wang Qishan = Wang", "!alias Kim Min-jae = Kim", "!alias Kim Tae-ho = Kim", "country Wang Qishan = CHN", "country Kim Tae-ho = KOR"},
		"a6.txt": {"alias Ministry of Commerce = MOFCOM", "country Customs Tariff Commission of the State Council = CHN"},
	}
	for file, want := range cases {
		t.Run(file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", "actors18", file))
			if err != nil {
				t.Fatal(err)
			}
			checkExpect(t, extractDoc(t, input.Document{Source: file, Text: string(b)}), want)
		})
	}
}
