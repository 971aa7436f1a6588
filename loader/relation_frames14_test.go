package loader

import "testing"

// TestFrames14Set scores testdata/frames14/constructions.tsv, the development set of issue 13,
// branch frames14 (news-style sentences of the helper's own wording, covering the unseen-text
// failure classes of the frames14 brief), with readConstructionSet and scoreConstructionSet
// (relation_frames8_test.go). The floors are the figures at the end of the branch; main at the
// branch point (befb38b) scored lower (see docs/measures/issue13.md, frames14). They catch
// regressions; they are not targets.
func TestFrames14Set(t *testing.T) {
	src, full, total := scoreConstructionSet(t, readConstructionSet(t, "testdata/frames14/constructions.tsv"))
	t.Logf("frames14 set: type+source %d/%d, full %d/%d", src, total, full, total)
	const floorSrc, floorFull = 71, 65 // of 86; main befb38b: 67, 61
	if src < floorSrc || full < floorFull {
		t.Errorf("below floor (type+source %d, full %d): %d, %d", floorSrc, floorFull, src, full)
	}
}
