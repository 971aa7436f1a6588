package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestSeatGovernments: "the government in <capital>" is the capital's state acting
// (seatGovernments), in a statement whose "we" is another state's; near misses: a locative that
// names no capital ("the government in power"), and a capital that opens a longer name.
func TestSeatGovernments(t *testing.T) {
	checkExpect(t, extractDoc(t, input.Document{Source: "a.txt", Text: "Statement by the Ministry of Foreign Affairs of Peru\n\nWe call on the regime in Managua to free the detained bishops."}),
		[]string{"DEMANDS Peru -> Nicaragua", "mention Nicaragua = metonymy:government-seat"})
	checkExpect(t, extractDoc(t, input.Document{Source: "b.txt", Text: "Canada urged the authorities in Minsk on Tuesday to release the detained journalists."}),
		[]string{"DEMANDS Canada -> Belarus"})
	checkExpect(t, extractDoc(t, input.Document{Source: "c.txt", Text: "Canada urged the government in power to release the detained journalists."}),
		[]string{"!actor Belarus", "!DEMANDS Canada -> Belarus"})
}
