package loader

import "testing"

// TestFrames25bSet scores testdata/frames25b/constructions.tsv, the transfer set of branch
// frames25 (written after its code, before any of its texts was run). The floors are the figures
// at the end of the branch, so the test catches regressions; they are not targets.
func TestFrames25bSet(t *testing.T) {
	src, full, total := scoreConstructionSet(t, readConstructionSet(t, "testdata/frames25b/constructions.tsv"))
	t.Logf("frames25b set: type+source %d/%d, full %d/%d", src, total, full, total)
	const floorSrc, floorFull = 26, 24 // of 30; base 97606bc: 12, 9; branch first run: 26, 24 (t09 full misses on a gold slip of the writer: "ruling" for "detention rules")
	if src < floorSrc || full < floorFull {
		t.Errorf("below floor (type+source %d, full %d): %d, %d", floorSrc, floorFull, src, full)
	}
}
