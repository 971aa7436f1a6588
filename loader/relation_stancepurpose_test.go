package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestStancePurpose (readout20, R4): a stance in a purpose infinitive under a verbal stance of the
// same subject is that subject's too (subject control; CAMEO verbal quad classes 01–05, 10–14):
// "agreed on the need to strengthen cooperation to oppose X", "expressed solidarity with Y to
// reject X". Near miss: an infinitive after a call on others ("called on all parties to reject
// …", their act, object control). Invented wordings.
func TestStancePurpose(t *testing.T) {
	v := view(extractText(t, "Regional ministers meet\n\n"+
		"Norway agreed on the need to strengthen cooperation to oppose the annexation of the islands. "+
		"Chile expressed solidarity with Bolivia to reject the new export levies. "+
		"Portugal welcomed the mediation and called on all parties to reject the partition plan."))
	for _, c := range []struct {
		src, target string
	}{
		{"Norway", "annexation"},
		{"Chile", "export levies"},
	} {
		if len(v.rels(graph.Opposes, c.src, c.target)) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%s does not oppose %q", c.src, c.target)
		}
	}
	if len(v.rels(graph.Opposes, "Portugal", "partition plan")) > 0 {
		v.dump(os.Stderr)
		t.Errorf("the addressee's act read as the subject's stance")
	}
}
