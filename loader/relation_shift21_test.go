package loader

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestCoordinatedAddresseeInfinitive (shift21, nu21 B4): after a request verb with a coordinated
// object ("urged both X and Y to V"), the to-infinitive, which the parser hangs on the last
// conjunct, is what is asked of each addressee (object control, Quirk et al. 1985, 16.63; CAMEO
// 10 "demand"): one DEMANDS per addressee whose target is the act and whose evidence names that
// addressee, and no OFFERS/SUPPORTS of the last conjunct from the infinitive. Near miss: a
// single addressee keeps its reading. Invented sentences.
func TestCoordinatedAddresseeInfinitive(t *testing.T) {
	checkAddressee(t, "Oslo, May 4 (Wire) - Norway urged the Rapid Support Forces to open the roads to El Obeid.", "Norway", "opening the roads", "Rapid Support Forces")
	text := "Oslo, May 4 (Wire) - Norway urged both the Sudanese Armed Forces and the Rapid Support Forces to open the roads to El Obeid."
	v := view(extractText(t, text))
	for _, want := range []string{"Sudanese Armed Forces opening the roads", "Rapid Support Forces opening the roads"} {
		found := false
		for _, r := range v.rels(graph.Demands, "Norway") {
			found = found || strings.Contains(v.label(r.Target), want)
		}
		if !found {
			t.Errorf("%q: no Norway DEMANDS %q", text, want)
		}
	}
	text = "Ottawa, June 2 (Wire) - Canada urged both the Sudanese Armed Forces and the Rapid Support Forces to agree to a ceasefire."
	v = view(extractText(t, text))
	for _, typ := range []graph.RelType{graph.Offers, graph.Supports} {
		if rs := v.rels(typ, "Rapid Support Forces"); len(rs) > 0 {
			t.Errorf("%q: Rapid Support Forces %s %s (the infinitive is Canada's request)", text, typ, v.label(rs[0].Target))
		}
	}
}
