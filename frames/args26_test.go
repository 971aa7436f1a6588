package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestTransferRecipient (issue 13, args26): a verb of transfer (modality.txt recipient: VerbNet 3
// give-13.1, send-11.1, contribute-13.2, future_having-13.3) or a noun of aid as object takes
// its named recipient — a to-phrase or the first of two objects — as the target of an act of
// giving; the thing given is no target then. A to-phrase of a common noun (a place, a group
// named by no name) leaves the object the target, and a verb outside the class keeps its object.
func TestTransferRecipient(t *testing.T) {
	checkArgs(t, []argCase{
		{"Japan delivered food aid to Haiti.", graph.Offers, "Japan", "Haiti", true},
		{"Japan delivered food aid to Haiti.", graph.Offers, "Japan", "aid", false},
		{"Finland will give Tanzania a grant of 580 million dollars.", graph.Offers, "Finland", "Tanzania", true},
		{"Finland will give Tanzania a grant of 580 million dollars.", graph.Offers, "Finland", "grant", false},
		{"Germany pledged aid to Ukraine.", graph.Offers, "Germany", "Ukraine", true},
		{"France announced new assistance to Mali.", graph.Offers, "France", "Mali", true},
		{"Iran shipped rockets to the Houthi rebels.", graph.Offers, "Iran", "rebels", true},
		// a to-phrase without a name: the object stays the target
		{"Brazil sent weapons to the rebels.", graph.Offers, "Brazil", "weapons", true},
		{"Brazil sent weapons to the rebels.", graph.Offers, "Brazil", "rebels", false},
		// no to-phrase: the object
		{"Germany pledged aid.", graph.Offers, "Germany", "aid", true},
	})
}

// TestAddresseeAdvised (issue 13, args26): a warning by a verb of advising (VerbNet 3
// advise-37.9, "NP V NP.recipient that S") is aimed at its named addressee even when the
// that-clause has a subject of its own; a warning with no addressee keeps its clause.
func TestAddresseeAdvised(t *testing.T) {
	checkArgs(t, []argCase{
		{"Azerbaijan cautioned Armenia that new positions near the border would be treated as a provocation.", graph.Threatens, "Azerbaijan", "Armenia", true},
		{"Norway warned Sweden that further tests would end the talks.", graph.Threatens, "Norway", "Sweden", true},
		{"Norway warned Sweden that further tests would end the talks.", graph.Threatens, "Norway", "end", false},
		// no addressee: the clause is the target
		{"Norway warned that further tests would end the talks.", graph.Threatens, "Norway", "Sweden", false},
	})
}
