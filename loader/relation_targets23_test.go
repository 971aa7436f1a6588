package loader

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestWelcomedStanceNoun (fixnu23b, issue 13 nu22 B3): "welcomed X's support for <a policy>"
// approves X's endorsement of that policy (PLOVER SUPPORT "express support for"), the target;
// the giver of help is the target only when the support is help ("welcomed the support of
// Japan", "X's support for <an actor>", CAMEO 051 praise of the giver: frames aidGiver).
func TestWelcomedStanceNoun(t *testing.T) {
	runCases(t, []exCase{
		{"support for a policy, the parser's verb attachment", "Kenya welcomed Ghana's support for the new trade rules.", []string{
			"SUPPORTS Kenya -> Ghana's support for the new trade rules"}},
		{"support for a policy on the noun", "Peru welcomed Chile's support for a ceasefire in the region.", []string{
			"SUPPORTS Peru -> support for a ceasefire"}},
		// near misses: help, whose giver is praised
		{"near miss: the support of a giver", "Kenya welcomed the support of Ghana.", []string{"SUPPORTS Kenya -> Ghana", "!SUPPORTS Kenya -> support"}},
		{"near miss: support for an actor", "Kenya welcomed Ghana's support for Somalia.", []string{"SUPPORTS Kenya -> Ghana", "!SUPPORTS Kenya -> support"}},
		{"near miss: bare support", "Kenya welcomed Ghana's support.", []string{"SUPPORTS Kenya -> Ghana", "!SUPPORTS Kenya -> support"}},
	})
}

// TestSeriesNoDuplicate (fixnu23b, issue 13 nu22 B4): "agreed to A and to B" gives one target
// naming the series per party (actConjuncts), not that target plus a second of B alone
// (namedInSeries); a conjunct with its own subject is a clause of its own and keeps its relation.
func TestSeriesNoDuplicate(t *testing.T) {
	// known: the embedded parser pair's error on the sentence (logged, not failed; logged "now
	// met" when it holds — the KNOWN convention of checkExpect)
	for _, c := range []struct {
		text, src, kw string
		want          int
		known         string
	}{
		{"Ghana agreed to widen trade links and to open a consulate in Lome.", "Ghana", "consulate", 1, ""},
		{"Ghana urged Togo to reopen the border and to free the traders.", "Ghana", "traders", 1, ""},
		// near miss: the second conjunct has its own subject
		{"Ghana agreed to widen trade links and Togo agreed to open a consulate.", "Togo", "consulate", 1, ""},
	} {
		v := view(extractText(t, c.text))
		n := 0
		for _, typ := range []graph.RelType{graph.Offers, graph.Demands} {
			n += len(v.rels(typ, c.src, c.kw))
		}
		if c.known != "" {
			if n == c.want {
				t.Logf("now met, drop known (%s): %q", c.known, c.text)
			} else {
				t.Logf("known parser miss (%s): %q: %d relations of %s naming %q, want %d", c.known, c.text, n, c.src, c.kw, c.want)
			}
			continue
		}
		if n != c.want {
			var b strings.Builder
			v.dump(&b)
			t.Errorf("%q: %d relations of %s naming %q, want %d\n%s", c.text, n, c.src, c.kw, c.want, b.String())
		}
	}
}
