package loader

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// knownParserLine splits a want line of the sentence helpers (frames17Cases, frames19Cases,
// frames21Forbidden) marked as checkExpect marks one, "KNOWN parser: WHY | LINE", into WHY and
// LINE; known is false (and line is w) for an unmarked line. A marked line names a tag or
// attachment error of the embedded parser pair that loses the expectation (session 27, adoption
// of the parse26b pair): it is still checked, logged when missed and logged "now met" when it
// holds (knownParserResult), never failed — the repository's KNOWN convention (knownGoldLines).
func knownParserLine(t *testing.T, w string) (why, line string, known bool) {
	t.Helper()
	k, ok := strings.CutPrefix(w, "KNOWN ")
	if !ok {
		return "", w, false
	}
	why, line, found := strings.Cut(k, " | ")
	if !found {
		t.Fatalf("KNOWN line without ' | ': %q", w)
	}
	return why, line, true
}

// knownParserResult logs the outcome of a KNOWN line on text: "known miss (WHY)" with what was
// found when it does not hold, "now met, drop KNOWN (WHY)" when it does.
func knownParserResult(t *testing.T, why, text, line string, ok bool, found []string) {
	t.Helper()
	if ok {
		t.Logf("now met, drop KNOWN (%s): %s: %s", why, text, line)
		return
	}
	t.Logf("known miss (%s): %s: want %s; found %v", why, text, line, found)
}

// stanceCount counts the relations noStance refuses: any relation neither negated nor a CLAIMS,
// CITES, MEMBER_OF or PART_OF.
func stanceCount(g *graph.ArticleGraph) int {
	n := 0
	for _, r := range g.Relations {
		switch r.Type {
		case "CLAIMS", "CITES", "MEMBER_OF", "PART_OF":
			continue
		}
		if !r.Negated {
			n++
		}
	}
	return n
}
