package loader

import "testing"

// TestTradeActMeasureParty (relation_measureparty.go measureNoun): a reducing verb (CAMEO 16x)
// whose object is an act of getting goods (trade-from: "imports") restricts trade with the
// goods' origin, named by their nationality premodifier; an object that is no trade act
// ("EU aid": the donor) and an act of sending ("exports") name no party by this rule.
func TestTradeActMeasureParty(t *testing.T) {
	runCases(t, []exCase{
		{"of-phrase goods", "Chile banned imports of Peruvian potatoes.", []string{"SANCTIONS Chile -> Peru"}},
		{"premodified act", "Canada has banned imports of Brazilian beef.", []string{"SANCTIONS Canada -> Brazil"}},
		{"near miss: aid names the donor", "Norway suspended EU aid.", []string{"!SANCTIONS Norway -> European Union"}},
		{"near miss: exports are no getting", "Chile banned exports of Argentine wine.", []string{"!SANCTIONS Chile -> Argentina"}},
	})
}
