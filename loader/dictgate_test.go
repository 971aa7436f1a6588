package loader

import "testing"

// TestAssertedPatternGate (cues28, bench/cuecheck): a verb typed only when announced (GRANT
// [060], AWARD) has verb–object patterns typed when asserted ("- * LOAN" [071], "- * CREDIT",
// "- * CONTRACT"); the loader's cue gate (frames candidates.go, assertedByPattern) let through
// the relation and aid nouns only, so the sentences of the other asserted patterns were never
// parsed. Must-nots: the same verbs with an object no pattern names.
func TestAssertedPatternGate(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Japan granted a loan of 200 million yen to Laos.", "OFFERS Japan -> loan"},
		{"Kuwait granted credit to Jordan.", "OFFERS Kuwait -> credit"},
	})
	mustNotFire(t, []struct{ text, not string }{
		{"The bank granted Mr. Diaz a one-week holiday.", "found: OFFERS"},
		{"Kuwait granted an interview to the newspaper.", "found: OFFERS Kuwait"},
	})
}

// TestNestedPremodifier (cues28, bench/cuecheck): a pattern's phrase names every word of the
// object's noun phrase ("{BRADLEY_FIGHTING_VEHICLE}"), and a premodifier may itself be
// premodified ("Bradley" on "fighting", which modifies "vehicle"): frames premodifierWord.
// Must-not: the head alone, without the phrase's words.
func TestNestedPremodifier(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Norway exported the bradley fighting vehicle to Poland.", "OFFERS Norway -> vehicle"},
	})
	mustNotFire(t, []struct{ text, not string }{
		{"Norway exported a vehicle to Poland.", "found: OFFERS Norway"},
	})
}
