package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestAdjectivalIng (issue 13, probe19): "unwilling" after "be", which the tagger reads as the
// progressive of a verb "unwill" that English lacks, is the adjective cue of cue-classes.txt
// (Quirk et al. 1985, 7.15–7.16: an -ing adjective with no verb base): the refusal is the
// subject's, and the act it governs is its content, not the subject's act. An -ing form of a
// real verb after "be" stays the progressive.
func TestAdjectivalIng(t *testing.T) {
	checkNegated(t, []negCase{
		{"Vietnam was unwilling to expel the Cambodian envoy.", graph.Opposes, "Vietnam", false, true},
		{"Vietnam was unwilling to expel the Cambodian envoy.", graph.Sanctions, "Vietnam", false, false},
		{"The rebels are unwilling to release the hostages.", graph.Opposes, "rebels", false, true},
		{"The rebels are unwilling to release the hostages.", graph.Offers, "rebels", false, false},
		{"Angola has been unwilling to accept the mediation offer.", graph.Opposes, "Angola", false, true},
		{"Angola has been unwilling to accept the mediation offer.", graph.Offers, "Angola", false, false},
		// near misses: the progressive of a dictionary verb is that verb
		{"Ghana is threatening to expel the Togolese envoy.", graph.Threatens, "Ghana", false, true},
		{"Ghana is threatening to expel the Togolese envoy.", graph.Opposes, "Ghana", false, false},
	})
}
