package loader

import "testing"

// TestActors21bTransfer: round 21's transfer check (loader/testdata/actors21b/cases.tsv), thirty
// articles written after its rules in shapes their own tests do not use, each with the actor a
// careful reader expects and its kind and country; the same file is scored on a binary by
// loader/testdata/transfer_score.py. Base 97606bc (base14): 9 of 30; this round at writing: 24 of
// 30 (the misses are logged: a province's country, "network" as a member association's head, a
// name with "Government" after "of", a "chief adviser" that is no title, a senator whose Senate
// has no country in a story naming two, "envoy to the talks").
func TestActors21bTransfer(t *testing.T) {
	transferScore(t, "actors21b", 24)
}
