package loader

import "testing"

// TestVerbs31ObligationModals (session 31, verbs31): "have got to" lays an obligation as have to
// does (Quirk et al. 1985, 3.45); a reported present have to / have got to is parsed though the
// sentence has no cue word; an unaccusative predicate under should is epistemic (Huddleston &
// Pullum 2002, 3.9.2). Not: "hasn't got to" (no obligation), "had got to" (the perfect of get),
// reported past "had to", a first-person subject, a negated verb of saying.
func TestVerbs31ObligationModals(t *testing.T) {
	frames17Cases(t, []struct{ text, want string }{
		{"\"The mayor has got to rethink the tram route,\" Senator Karl Oms said.", "DEMANDS Karl Oms -> mayor"},
		{"Senator Karl Oms said Governor Oskar Veld has got to rethink the tram route.", "DEMANDS Karl Oms -> Oskar Veld"},
		{"Senator Karl Oms said Governor Oskar Veld has to rethink the tram route.", "DEMANDS Karl Oms -> Oskar Veld"},
		{"\"The mayor hasn't got to resign,\" Senator Karl Oms said.", "!DEMANDS Karl Oms"},
		{"Senator Karl Oms said Governor Oskar Veld had got to the capital by noon.", "!DEMANDS Karl Oms"},
		{"Senator Karl Oms said Governor Oskar Veld had to leave the dinner early.", "!DEMANDS Karl Oms"},
		{"Senator Karl Oms said we have got to do better on housing.", "!DEMANDS Karl Oms"},
		{"Senator Karl Oms said grain prices should rise after the harvest.", "!DEMANDS Karl Oms"},
		{"\"Unemployment should fall next year,\" Senator Karl Oms said.", "!DEMANDS Karl Oms"},
		{"Senator Karl Oms said the ministry should raise grain prices.", "DEMANDS Karl Oms"},
	})
}

// TestVerbs31TimeMandative (session 31, verbs31): "it is time for X to V" in someone's words
// demands that X act (frames timemandative.go; Quirk et al. 1985, 14.25, 16.40). Not: no
// for-subject, a question, a negated copula, "time for" with no infinitive.
func TestVerbs31TimeMandative(t *testing.T) {
	frames17Cases(t, []struct{ text, want string }{
		{"Senator Karl Oms said it is time for Congress to pass the water bill.", "DEMANDS Karl Oms -> Congress"},
		{"\"It's time for Governor Oskar Veld to resign,\" Senator Karl Oms said.", "DEMANDS Karl Oms -> Oskar Veld"},
		{"\"It is time to act on water,\" Senator Karl Oms said.", "!DEMANDS Karl Oms"},
		{"\"It is time for us to leave the coalition,\" Senator Karl Oms said.", "!DEMANDS Karl Oms"},
		{"\"Is it time for Governor Oskar Veld to resign?\" Senator Karl Oms asked.", "!DEMANDS Karl Oms"},
		{"\"It is not time for Governor Oskar Veld to resign,\" Senator Karl Oms said.", "!DEMANDS Karl Oms"},
		{"Senator Karl Oms said it was time for lunch with Governor Oskar Veld.", "!DEMANDS Karl Oms"},
	})
}
