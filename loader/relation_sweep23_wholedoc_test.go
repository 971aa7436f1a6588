package loader

import "testing"

// TestWholeDocSweep23 loads the sweep23 whole documents (testdata/wholedoc23/sweep23: two wire
// stories datelined from a town, one ministry statement, issue 13's sweep round 3): a light verb
// with a stance noun and its preposition ("issued a demand to", "set a deadline for", "lodged a
// protest with", "renewed its call for"), "has not said whether" (no claim), a trailing ministry
// attribution. On main the demand and the three "whether" lines fail.
func TestWholeDocSweep23(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc23/sweep23") }
