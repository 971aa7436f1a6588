package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestJudgeAsView (readout20, R3): "X views Y as <evaluative>" is a judgement of Y as "regards
// Y as" is (modality.txt judge-as view: Quirk et al. 1985, 16.47), and "a threat" as the
// as-complement judges Y negatively (evaluations.txt threat, AFINN-165 -2), also after a fronted
// "In a <date> report,". Near misses: a complement that evaluates nothing ("as serious", "as a
// tradition") and "the threat" as the object judged by a neutral word give no stance. Invented
// wordings.
func TestJudgeAsView(t *testing.T) {
	v := view(extractText(t, "Baltic ministers meet\n\n"+
		"Finland views the new fishing quotas as unacceptable. "+
		"In a May 2031 report, Human Rights Watch regarded the curfew as a threat to press freedom. "+
		"Portugal views the maritime accord as a positive step. "+
		"Latvia described the threat of sanctions as serious. "+
		"Greece views the harbour festival as a tradition."))
	for _, c := range []struct {
		typ         graph.RelType
		src, target string
	}{
		{graph.Opposes, "Finland", "fishing quotas"},
		{graph.Opposes, "Human Rights Watch", "curfew"},
		{graph.Supports, "Portugal", "maritime accord"},
	} {
		if len(v.rels(c.typ, c.src, c.target)) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%s has no %s of %q", c.src, c.typ, c.target)
		}
	}
	for _, src := range []string{"Latvia", "Greece"} {
		if len(v.rels(graph.Opposes, src)) > 0 || len(v.rels(graph.Supports, src)) > 0 {
			v.dump(os.Stderr)
			t.Errorf("%s judged something with a neutral complement", src)
		}
	}
}
