package loader

import "testing"

// TestFrames9Set scores testdata/frames9/constructions.tsv, the set written on branch frames9
// before any code changed, over the error classes reported on unseen sentences (the file's
// header lists them): gold lines right in type and source, and in full, overall and per class;
// -v logs each miss with the relations found. The floors are the figures on main at the branch
// point (so the test catches regressions; they are not targets).
func TestFrames9Set(t *testing.T) {
	src, full, total := scoreConstructionSet(t, readConstructionSet(t, "testdata/frames9/constructions.tsv"))
	t.Logf("frames9 set: type+source %d/%d, full %d/%d", src, total, full, total)
	const floorSrc, floorFull = 98, 97 // of 111; main at the branch point (525c4e1): 94, 87
	if src < floorSrc || full < floorFull {
		t.Errorf("below floor (type+source %d, full %d): %d, %d", floorSrc, floorFull, src, full)
	}
}
