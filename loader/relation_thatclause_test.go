package loader

import (
	"testing"
)

// TestThatClauseVerb (issue 13, frames10): a plural-looking -s word between an opening name and
// a that-clause is the sentence's verb when the clause holds its only finite verb
// (thatClauseVerb); the demand is the subject's, and the clause's subject acts in no relation.
func TestThatClauseVerb(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Cyprus demands that Turkey recognise the island's government.", "DEMANDS Cyprus -> government"},
		{"Guatemala demands that Belize respect the court's ruling.", "DEMANDS Guatemala -> ruling"},
		{"Bolivia demands that Chile respect the old treaty.", "DEMANDS Bolivia -> treaty"},
		{"Guatemala insists that Belize respect the court's ruling.", "DEMANDS Guatemala -> ruling"},
	} {
		g := extractText(t, c.text)
		v := view(g)
		if _, full := goldLineHit(g, v, c.want); !full {
			t.Errorf("%s: want %s; %v", c.text, c.want, foundRelations(g, v))
		}
		for _, r := range g.Relations {
			if r.Type == "SUPPORTS" {
				t.Errorf("%s: a SUPPORTS from the clause's subject: %v", c.text, foundRelations(g, v))
			}
		}
	}
}
