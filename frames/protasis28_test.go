package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestInvertedProtasis (speech28): a conditional clause formed by subject–operator inversion
// (had, were, should first in the clause: Quirk et al. 1985, 15.36) states a condition, so its
// cue is no act of its subject. Must not: the same act asserted, inversion after a preposed
// negative adverbial (emphasis, Quirk 18.24), and a yes–no question's inversion is left to the
// question rules.
func TestInvertedProtasis(t *testing.T) {
	runCueCases(t, []cueCase{
		{"Had Portugal boycotted the summit, the treaty would have failed.", graph.Opposes, "Portugal", "boycotted", false},
		{"Had Chile condemned the coup, relations would have soured.", graph.Opposes, "Chile", "condemned", false},
		{"Should Ghana impose sanctions on Togo, trade would collapse.", graph.Sanctions, "Ghana", "sanctions", false},
		{"The deal would have died had Norway rejected the quota.", graph.Opposes, "Norway", "rejected", false},
		// must not
		{"Portugal had boycotted the summit, and the treaty failed.", graph.Opposes, "Portugal", "boycotted", true},
		{"Chile condemned the coup, and relations soured.", graph.Opposes, "Chile", "condemned", true},
		{"Never had Norway rejected a quota so firmly.", graph.Opposes, "Norway", "rejected", true},
	})
}
