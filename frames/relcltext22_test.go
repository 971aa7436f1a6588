package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestRelativeClauseOfIssuedText (args.go verbSource): the relative clause of a text that its
// subject signs, adopts or issues (modality.txt issue) is the issuer's act, as the text's -ing
// modifier is; a who-clause on a person, a relative clause with its own subject and a text the
// subject only praises are not.
func TestRelativeClauseOfIssuedText(t *testing.T) {
	runCueCases(t, []cueCase{
		{"Norway issued an order that freezes the assets of the junta.", graph.Sanctions, "Norway", "freezes", true},
		{"The parliament adopted a resolution that condemns the coup.", graph.Opposes, "parliament", "condemns", true},
		{"Japan approved a law that restricts exports to Russia.", graph.Sanctions, "Japan", "restricts", true},
		// near misses
		{"Russia released a journalist who criticized Ukraine.", graph.Opposes, "Russia", "criticized", false},
		{"Chile signed an agreement that Peru rejected.", graph.Opposes, "Chile", "rejected", false},
		{"Chile praised a law that restricts exports to Peru.", graph.Sanctions, "Chile", "restricts", false},
	})
}
