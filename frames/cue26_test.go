package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestRatifyAuthorize: ratify is CAMEO 057 "sign formal agreement" (PLOVER SUPPORT "ratify,
// sign, or finalize an agreement or treaty"; CAMEO.2.0.txt RATIFY * &TREATY [057]) whatever it
// ratifies, another state's accession or membership included, not the ALLOW block's 080
// concession; authorize with an object approves it (PLOVER SUPPORT "approve policy, action"),
// but with object + to-infinitive it is permission, the ALLOW sense (Quirk et al. 1985, 16.63).
func TestRatifyAuthorize(t *testing.T) {
	checkFrames8(t, []frames8Case{
		{"Hungary ratified Sweden's membership of the alliance.", graph.Supports, "Hungary", true, "membership"},
		{"Hungary ratified Sweden's membership of the alliance.", graph.Offers, "Hungary", false, ""},
		{"Croatia ratified Montenegro's accession to the union.", graph.Supports, "Croatia", true, "accession"},
		{"The cabinet authorized the purchase of fighter jets.", graph.Supports, "cabinet", true, "purchase"},
		{"The council authorised the construction of a bridge.", graph.Supports, "council", true, "construction"},
		// controls: permission (object + to-infinitive) stays the dictionary's ALLOW 080
		{"The court authorized the police to search the house.", graph.Supports, "court", false, ""},
		{"The court authorized the police to search the house.", graph.Offers, "court", true, "police"},
	})
}
