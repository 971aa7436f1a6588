package loader

import "testing"

// TestStance26bSet scores testdata/stance26b/constructions.tsv, the transfer set of branch
// stance26 (written after its code, before any of its sentences was run). The floors are the
// figures at the end of the branch, so the test catches regressions; they are not targets.
func TestStance26bSet(t *testing.T) {
	src, full, total := scoreConstructionSet(t, readConstructionSet(t, "testdata/stance26b/constructions.tsv"))
	t.Logf("stance26b set: type+source %d/%d, full %d/%d", src, total, full, total)
	const floorSrc, floorFull = 30, 30 // of 35; base a8e54b8: 18, 17; 28, 28 as first run on the branch (then t02 by the content-clause fix, a08 by infinitiveSubject)
	if src < floorSrc || full < floorFull {
		t.Errorf("below floor (type+source %d, full %d): %d, %d", floorSrc, floorFull, src, full)
	}
}
