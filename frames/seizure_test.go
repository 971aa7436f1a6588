package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestSeizureProperty (events30b): CAMEO 171 "seize or damage property" needs property as its
// target: an abstract first WordNet sense, or a place taken with an APPREHEND verb (192
// occupation), seizes none (seizure.go). Must-nots: a vessel, persons, an annexed territory.
func TestSeizureProperty(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The senator captured the hearts of rural voters.", graph.Sanctions, "*", "hearts", "", false, anyMatch},
		{"The governor seized on the scandal during the debate.", graph.Sanctions, "*", "*", "", false, anyMatch},
		{"The mayor captured Iowa and Nevada last month.", graph.Sanctions, "mayor", "Iowa", "", false, anyMatch},
		{"The campaign grabbed the headlines again on Monday.", graph.Sanctions, "*", "*", "", false, anyMatch},
		// must not
		{"Customs officers seized the cargo at the port.", graph.Sanctions, "officers", "cargo", "", true, anyMatch},
		{"Police captured three gunmen near the border.", graph.Sanctions, "Police", "gunmen", "", true, anyMatch},
		{"Moscow annexed the peninsula in 2014.", graph.Sanctions, "Moscow", "peninsula", "", true, anyMatch},
	})
}

// TestReleaseProperty (events30b): CAMEO 084 releases persons or property; a released text is
// published, no offer (seizure.go). Must-nots: prisoners, funds.
func TestReleaseProperty(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The senator released a new video attacking her rival.", graph.Offers, "senator", "video", "", false, anyMatch},
		{"The governor released his tax returns on Friday.", graph.Offers, "governor", "returns", "", false, anyMatch},
		// must not
		{"The junta released two opposition leaders on Sunday.", graph.Offers, "junta", "leaders", "", true, anyMatch},
	})
}
