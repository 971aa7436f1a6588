package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestSympathyNouns (issue 13, idiom22 L4): a noun of condolence or sympathy (CAMEO 018 "make
// empathetic comment") with a recipient in a to/with/for phrase supports the recipient, whatever
// the support verb; the cause of a condolence is no recipient.
func TestSympathyNouns(t *testing.T) {
	checkFrames8(t, []frames8Case{
		{"The council extended its heartfelt sympathy to the families of the drowned fishermen.", graph.Supports, "council", true, "families"},
		{"Portugal sent condolences to the people of Morocco.", graph.Supports, "Portugal", true, "people"},
		{"The premier voiced sympathy with the striking nurses.", graph.Supports, "premier", true, "nurses"},
		{"Portugal offered its condolences for the loss of life.", graph.Supports, "Portugal", false, ""},
		{"The premier said he had no sympathy for the looters.", graph.Supports, "premier", false, ""},
	})
}

// TestSignificanceGerund (issue 13, idiom22 L5): a verb of emphasis or reaffirmation over a noun
// of importance (WordNet importance.n.01 and kin) complemented by an -ing clause supports the
// clause's act; a plain noun phrase or another verb makes no stance.
func TestSignificanceGerund(t *testing.T) {
	checkFrames8(t, []frames8Case{
		{"The envoys restated the significance of keeping the northern fisheries regime open.", graph.Supports, "envoys", true, "keeping"},
		{"Chile underscored the importance of resuming the border talks.", graph.Supports, "Chile", true, "resuming"},
		{"The mayor highlighted the urgency of repairing the dykes.", graph.Supports, "mayor", true, "repairing"},
		{"Ghana stressed the importance of Togo and Benin opening their markets.", graph.Supports, "Ghana", true, "opening"},
		{"Chile underscored the importance of the border talks.", graph.Supports, "Chile", false, ""},
		{"The senator questioned the importance of resuming the border talks.", graph.Supports, "senator", false, ""},
		{"The report described the significance of mining the northern hills.", graph.Supports, "report", false, ""},
	})
}
