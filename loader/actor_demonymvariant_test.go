package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestDemonymSpellingVariant: a demonym's dictionary spelling variant ("Ecuadorean", countries.txt)
// gives its holder's state as the usual form does, in a story filed from another state's capital.
func TestDemonymSpellingVariant(t *testing.T) {
	checkExpect(t, extractDoc(t, input.Document{Source: "a.txt", Text: "BOGOTA, April 2 (Reuters) - Ecuadorean Interior Minister Lucia Andrade said on Thursday that Colombia had agreed to share intelligence on the border gangs."}),
		[]string{"country Lucia Andrade = ECU", "!country Lucia Andrade = COL"})
}
