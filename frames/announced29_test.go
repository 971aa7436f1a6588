package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestAnnouncedAgentless (issue 13, frames29a): an agentless passive announced for the future in
// the content clause of a verb of saying is the announcer's own decision (attributor.go), as it is
// under a final reporting clause. Near misses: a past event reported, a passive with its agent,
// a claim (a proposition asserted against doubt, no decision).
func TestAnnouncedAgentless(t *testing.T) {
	checkMatches(t, []matchCase{
		{"The Kenyan government said that the ban on rallies would be lifted next week.", graph.Offers, "government", "ban", "+attributor", true, anyMatch},
		{"President Ruto announced that the curfew will be lifted on Monday.", graph.Offers, "Ruto", "curfew", "+attributor", true, anyMatch},
		// near misses
		{"The Kenyan government said that the ban on rallies was lifted last week.", graph.Offers, "government", "ban", "", false, anyMatch},
		{"The Kenyan government said that the ban on rallies would be lifted by the court.", graph.Offers, "government", "ban", "", false, anyMatch},
		{"The Kenyan government claimed that the ban on rallies would be lifted next week.", graph.Offers, "government", "ban", "", false, anyMatch},
	})
}
