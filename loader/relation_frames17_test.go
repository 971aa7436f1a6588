package loader

import "testing"

// TestFrames17Set scores testdata/frames17/constructions.tsv (issue 13, frames17): obligation
// clauses reported, quoted and in a transcript turn, and a turn's judgement, with traps for the
// modal's scope. The floors are the figures at the end of branch frames17, so the test catches
// regressions; they are not targets.
func TestFrames17Set(t *testing.T) {
	src, full, total := scoreConstructionSet(t, readConstructionSet(t, "testdata/frames17/constructions.tsv"))
	t.Logf("frames17 set: type+source %d/%d, full %d/%d", src, total, full, total)
	const floorSrc, floorFull = 25, 24 // of 41; base f8c1bc1: 25, 24
	if src < floorSrc || full < floorFull {
		t.Errorf("below floor (type+source %d, full %d): %d, %d", floorSrc, floorFull, src, full)
	}
}
