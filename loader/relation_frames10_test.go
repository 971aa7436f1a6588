package loader

import "testing"

// TestFrames10Set scores testdata/frames10/constructions.tsv, the constructions behind the stance
// errors of the fresh17 report (issue 13, frames10), with readConstructionSet and
// scoreConstructionSet (relation_frames8_test.go). The floors are the figures at the end of
// branch frames10 (main at the branch point, 525c4e1: 46 and 38), so the test catches
// regressions; they are not targets.
func TestFrames10Set(t *testing.T) {
	src, full, total := scoreConstructionSet(t, readConstructionSet(t, "testdata/frames10/constructions.tsv"))
	t.Logf("frames10 set: type+source %d/%d, full %d/%d", src, total, full, total)
	const floorSrc, floorFull = 72, 69 // of 78; main 1841fe7: 49, 40
	if src < floorSrc || full < floorFull {
		t.Errorf("below floor (type+source %d, full %d): %d, %d", floorSrc, floorFull, src, full)
	}
}
