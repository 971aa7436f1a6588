package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestIssuerGovernment (trial28b): in a minister's statement on his own state body's page (a
// parliament's record of a ministerial statement), "the Government" is the issuer's state
// (speakers.OwnGovernment, issuerState), not the foreign government thanked in the sentence
// before. Must-not: the same statement on a news outlet's page keeps the ordinary resolution.
func TestIssuerGovernment(t *testing.T) {
	text := "Ministerial Statement on the Water Supply Situation\n\nDelivered by the Minister of Water, Hon. Grace Mbewe, MP\n\nMr Speaker,\nHonourable Members,\n\n" +
		"Mr Speaker, I thank you for this opportunity to update the House on the water supply situation in the country.\n\nMeasures Taken by Government\n\n" +
		"Mr Speaker, we have drilled new boreholes in the north. I wish to acknowledge the support of the Government of Japan in financing these projects.\n\n" +
		"Mr Speaker, I wish to assure the House that the Government will not allow the poor to carry the burden of higher water charges."
	title := "Ministerial Statement on the Water Supply Situation by the Minister of Water, Hon. Grace Mbewe"
	frames11DocExpect(t, []struct {
		doc  input.Document
		want string
	}{
		{input.Document{Outlet: "National Assembly of Malawi", Title: title, Text: text}, "OPPOSES Malawi"},
		{input.Document{Outlet: "National Assembly of Malawi", Title: title, Text: text}, "!OPPOSES Japan"},
		// must-not: a news outlet is no issuer
		{input.Document{Outlet: "Reuters", Title: title, Text: text}, "!OPPOSES Malawi"},
	})
}
