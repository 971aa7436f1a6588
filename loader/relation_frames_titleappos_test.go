package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestTitleOfAppositive: a person named in apposition after "TITLE of X," is the clause's source
// even when the parser hangs the name on X (Quirk et al. 1985, 17.65); a name after a non-title
// head's of-phrase ("supporters of the opposition leader, NAME,") is not.
func TestTitleOfAppositive(t *testing.T) {
	hasRel := func(text string, typ graph.RelType, src string) bool {
		return len(view(extractText(t, text)).rels(typ, src)) > 0
	}
	for _, c := range []struct {
		text string
		typ  graph.RelType
		src  string
	}{
		{"The Minister of Finance, Kofi Mensah, welcomed the ceasefire.", "SUPPORTS", "Kofi Mensah"},
		{"The Secretary of State, Marco Rubio, condemned the attack.", "OPPOSES", "Marco Rubio"},
		{"The President of Kenya, William Ruto, rejected the proposal.", "OPPOSES", "William Ruto"},
		{"The Governor of the Central Bank, Lesetja Kganyago, rejected the proposal.", "OPPOSES", "Lesetja Kganyago"},
	} {
		if !hasRel(c.text, c.typ, c.src) {
			t.Errorf("%q: no %s from %s", c.text, c.typ, c.src)
		}
	}
	if hasRel("Supporters of the opposition leader, Jane Doe, rejected the results.", "OPPOSES", "Jane Doe") {
		t.Error("the leader's name became the supporters' source")
	}
}
