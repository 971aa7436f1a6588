package loader

import (
	"os"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestCitingParticiple: "X, citing/quoting Y, said …" is X CITES Y (dev13 class reports, new-user
// trial 13 finding 6): the participle clause between commas is headed by its verb even when the
// parser reads "citing testimony" as a noun phrase (wire_split.go participleHead), "quote" names
// a source as "cite" does (cue-classes.txt), the clause is no appositive of X (no PART_OF Y), and
// "quoted X as saying …" cites X, not "X as saying" (asReported). Invented wordings, several
// outlets and bodies.
func TestCitingParticiple(t *testing.T) {
	for _, c := range []struct{ text, src, tgt string }{
		{"Human Rights Watch, citing testimony from refugees, said the militia had burned villages.", "Human Rights Watch", "testimony"},
		{"Xinhua, quoting the National Bureau of Statistics, said industrial output grew 6 percent in May.", "Xinhua", "Statistics"},
		{"Al Arabiya, citing Sudanese health officials, reported that 30 people were killed.", "Al Arabiya", "health officials"},
		{"Kyodo News quoted a senior diplomat as saying the summit would be postponed.", "Kyodo News", "diplomat"},
	} {
		v := view(extractText(t, c.text))
		rs := v.rels(graph.Cites, c.src, c.tgt)
		if len(rs) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: no CITES %s -> %s", c.text, c.src, c.tgt)
			continue
		}
		if l := v.label(rs[0].Target); len(l) > len(c.tgt)+30 || strings.Contains(l, "as saying") {
			t.Errorf("%q: CITES target %q runs past the source cited", c.text, l)
		}
		if len(v.rels(graph.PartOf, c.src)) > 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: the participle clause was read as an appositive (PART_OF)", c.text)
		}
	}
}
