package loader

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestAddresseeEndsBeforeAct (issue 13): when the parser hangs a request's infinitive on the
// addressee noun ("urge the administration to sanction the Syrian commanders": acl of
// "administration"), the addressee's description stops before the act, which contentAgent's
// caller writes after it; the target never holds the act twice, and an actor named inside the
// act ("Syrian") does not make the whole span an addressee description. Found on a new user's
// hearing transcripts (fresh17, fresh18); sentences here are of my own wording.
func TestAddresseeEndsBeforeAct(t *testing.T) {
	text := "HEARING OF THE SENATE COMMITTEE ON ARMED SERVICES\n\n" +
		"SENATOR LINDQVIST: I urge the administration to sanction the Syrian commanders who ordered the strikes.\n\n" +
		"SENATOR BELL: I urge the department to expel the Russian diplomats who are spying on us.\n"
	g := extractText(t, text)
	v := view(g)
	demands := 0
	for _, r := range g.Relations {
		if r.Type != graph.Demands {
			continue
		}
		demands++
		lbl := v.label(r.Target)
		for _, act := range []string{"the Syrian commanders", "the Russian diplomats"} {
			if strings.Count(lbl, act) > 1 {
				t.Errorf("target %q holds the act twice", lbl)
			}
		}
		if strings.Contains(lbl, " to sanction ") || strings.Contains(lbl, " to expel ") {
			t.Errorf("target %q keeps the infinitive inside the addressee", lbl)
		}
	}
	if demands != 2 {
		t.Errorf("want 2 DEMANDS, got %d: %v", demands, foundRelations(g, v))
	}
}
