package frames

import "testing"

// TestAssertedByPattern: a verb whose own CAMEO entry is typed only in the future ("establish",
// ENACT 060) is a tagged cue candidate in the asserted mode when a pattern of its block typed in
// that mode, with no preposition slot, has its noun of relations among the sentence's words
// (ENACT * RELATIONS 054); without that word it is not, and "hosted talks between" (HOST * TALKS
// (BETWEEN) 039, a preposition slot) stays no candidate.
func TestAssertedByPattern(t *testing.T) {
	lx, _ := lexiconAndParser(t)
	with := map[string]bool{"peru": true, "establish": true, "established": true, "relations": true, "relation": true, "with": true, "chile": true}
	if !lx.CueCandidateTagged("VERB", "establish", "established", with, false) {
		t.Errorf("established … relations: no tagged candidate")
	}
	without := map[string]bool{"peru": true, "establish": true, "established": true, "agency": true, "in": true, "chile": true}
	if lx.CueCandidateTagged("VERB", "establish", "established", without, false) {
		t.Errorf("established an agency: a tagged candidate in the asserted mode")
	}
	host := map[string]bool{"qatar": true, "host": true, "hosted": true, "talks": true, "talk": true, "between": true, "faction": true, "factions": true}
	if lx.CueCandidateTagged("VERB", "host", "hosted", host, false) {
		t.Errorf("hosted talks between: a tagged candidate in the asserted mode")
	}
}
