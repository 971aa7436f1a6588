package loader

import "testing"

// trail21bFloor is the number of gold lines of testdata/wholedoc21/trail21b that
// TestWholeDocTrail21bGold must get right; main at the start of branch trail21b got 10 of 18.
// The figure is the branch's and may only rise.
const trail21bFloor = 18

// TestWholeDocTrail21bGold loads the invented wire stories of testdata/wholedoc21/trail21b whole
// (Read and extract on the full text, as `load` does) and scores gold.tsv as
// TestWholeDocTrail21Gold does: temporal clauses under a future or conditional main clause
// (Quirk et al. 1985, 15.25) and "the <demonym> opposition leader" actors.
func TestWholeDocTrail21bGold(t *testing.T) {
	wholeDocFloor(t, "trail21b", trail21bFloor)
}
