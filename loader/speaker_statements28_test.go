package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestJointTitleList: a joint statement whose title lists three or more parties ("by the Foreign
// Ministers of A, B and C", "by President X, Prime Minister Y and Chancellor Z") gives each claim
// to every party, not to the first one alone; a title whose speaker is a person and a body's name
// holding an "and" ("Minister X, Ministry of Trade and Industry") stays the person's alone.
// Invented wordings.
func TestJointTitleList(t *testing.T) {
	for _, c := range []struct {
		head    string
		parties []string
	}{
		{"Joint Statement by the Foreign Ministers of Poland, Hungary and Slovakia on energy security", []string{"Poland", "Hungary", "Slovakia"}},
		{"Joint Statement by President Ana Ruiz, Prime Minister Lars Holm, and Chancellor Eva Brandt", []string{"Ana Ruiz", "Lars Holm", "Eva Brandt"}},
	} {
		v := view(extractText(t, c.head+"\n\nWe condemn the bombing of the grain terminal in the port.\n\nThe leaders agreed to meet again in the autumn."))
		for _, p := range c.parties {
			if len(claimsWith(v, p, "bombing of the grain terminal")) == 0 || len(claimsWith(v, p, "meet again in the autumn")) == 0 {
				v.dump(os.Stderr)
				t.Errorf("%s: %s claims nothing", c.head, p)
			}
		}
	}
	v := view(extractText(t, "Statement by Minister Kofi Asante, Ministry of Trade and Industry\n\nI welcome the decision to lower the tariffs on cocoa."))
	if len(claimsWith(v, "Kofi Asante", "lower the tariffs")) == 0 || len(claimsWith(v, "Ministry of Trade and Industry", "lower the tariffs")) > 0 ||
		len(v.rels(graph.Supports, "Ministry of Trade and Industry")) > 0 {
		v.dump(os.Stderr)
		t.Errorf("the minister's statement is not his alone")
	}
}
