package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestBlameJudgement: "X is to blame (for Y)" accuses X (CAMEO 112, blame.go), the source the
// subject of a verb of saying over the clause or the speaker (no source); the subject never
// opposes Y through the verb entry BLAME. Near misses: negated "was not to blame", the verb of
// blaming itself ("Peru blamed the rebels", "refused to blame the rebels" keep their subject as
// the accuser); a headline's "smugglers to blame for fire" (copula left out) is no accusation by
// the smugglers.
func TestBlameJudgement(t *testing.T) {
	lx, sm := lexiconAndParser(t)
	cases := []struct {
		text, src, tgt string
		want           bool
	}{
		{"Chile said Bolivia was to blame for the raid.", "Chile", "Bolivia", true},
		{"The smugglers are to blame for the fire.", "", "smugglers", true},
		{"The militia was to blame for the shelling, the governor said.", "governor", "militia", true},
		{"Chile said Bolivia was not to blame for the raid.", "Chile", "Bolivia", false},
		{"Chile said Bolivia was to blame for the raid.", "Bolivia", "raid", false},
		{"Chile said Bolivia was not to blame for the raid.", "Bolivia", "raid", false},
		{"The smugglers are not to blame for the fire.", "", "smugglers", false},
		{"Peru said on Friday that the cartel was to blame for the fire.", "Peru", "cartel", true},
		{"Peru said on Friday that the cartel was to blame for the fire.", "cartel", "fire", false},
		{"Togo says smugglers to blame for depot fire", "smugglers", "fire", false},
		{"Peru blamed the rebels for the fire.", "Peru", "rebels", true},
		{"Peru refused to blame the rebels for the fire.", "Peru", "rebels", true},
	}
	for _, c := range cases {
		toks := parsed(sm, c.text)
		found := false
		ms := append(lx.Judgements(toks, func(string) int { return 0 }), lx.Match(toks)...)
		for _, m := range ms {
			if m.Type == graph.Opposes && form(toks, m.Source) == c.src && form(toks, m.Target) == c.tgt && lx.KnownRule(m.Rule) {
				found = true
			}
		}
		if found != c.want {
			t.Errorf("%s: OPPOSES %q→%q = %v, want %v", c.text, c.src, c.tgt, found, c.want)
		}
	}
}
