package loader

import "testing"

// TestStance26Set scores testdata/stance26/constructions.tsv (issue 13, stance26): the claimant's
// own stance inside its claim — a claim whose content judges an act (copula, call/describe/brand
// as), a first-person stance or a warning inside a quotation — with traps (neutral evaluations,
// someone else's belief, questions, conditions, negation, hedges). The floors are the figures at
// the end of branch stance26, so the test catches regressions; they are not targets.
func TestStance26Set(t *testing.T) {
	src, full, total := scoreConstructionSet(t, readConstructionSet(t, "testdata/stance26/constructions.tsv"))
	t.Logf("stance26 set: type+source %d/%d, full %d/%d", src, total, full, total)
	const floorSrc, floorFull = 55, 54 // of 66; base a8e54b8: 36, 35
	if src < floorSrc || full < floorFull {
		t.Errorf("below floor (type+source %d, full %d): %d, %d", floorSrc, floorFull, src, full)
	}
}
