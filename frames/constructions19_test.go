package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestReportedStateSupplement (issue 13, constructions19 A4): a supplementive -ing clause after
// a copular or passive reported clause, which the parser hangs on that clause, supplements the
// reporting clause: its implied subject is the speaker (Quirk et al. 1985, 15.58–15.60). An
// active reported clause keeps it (its subject can act).
func TestReportedStateSupplement(t *testing.T) {
	checkArgs(t, []argCase{
		{"Vietnam's foreign ministry said the patrols were illegal, urging China to respect its sovereignty.", graph.Demands, "ministry", "China", true},
		{"Canada said the talks had been productive, while urging Iran to release the detained sailors.", graph.Demands, "Canada", "Iran", true},
		{"Peru said the mine had been closed by the army, accusing Chile of smuggling ore across the border.", graph.Opposes, "Peru", "Chile", true},
		{"The Danish minister said the offer was generous, pledging to back Greenland's bid.", graph.Supports, "minister", "*", true},
		// near misses: an active reported clause's subject can act; no comma, no supplement
		{"Police said the farmers had blocked the highway, demanding the release of their leaders.", graph.Demands, "Police", "*", false},
		{"Police said the farmers had blocked the highway, demanding the release of their leaders.", graph.Demands, "farmers", "*", true},
		{"Ghana said the rules were fair while Togo was urging Benin to drop them.", graph.Demands, "Ghana", "*", false},
	})
}

// TestInvertedSpeakerSupplement (issue 13, constructions19 A4): in a reporting clause after its
// quotation the speaker follows the verb of saying (subject–verb inversion, Quirk et al. 1985,
// 14.29), parsed as its object; it is the subject, and so the implied subject of a supplementive
// clause after it. A verb of saying with its own subject keeps it ("told reporters").
func TestInvertedSpeakerSupplement(t *testing.T) {
	checkArgs(t, []argCase{
		{"\"The border is closed,\" said Poland's interior minister, accusing Belarus of staging the crisis.", graph.Opposes, "minister", "Belarus", true},
		{"\"We are ready,\" said Ecuador's president, urging Colombia to reopen the crossing.", graph.Demands, "president", "Colombia", true},
		{"\"We are ready,\" Ecuador's president told reporters, urging Colombia to reopen the crossing.", graph.Demands, "reporters", "Colombia", false},
		{"\"We are ready,\" Ecuador's president told reporters, urging Colombia to reopen the crossing.", graph.Demands, "president", "Colombia", true},
	})
}
