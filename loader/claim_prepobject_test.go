package loader

import "testing"

// TestPrepositionalComplementNoClaim (issue 13, warn29): a verb of saying whose complement is a
// prepositional object ("warned of …", "warned X against …") reports no clause, so its subject
// claims nothing (claims/reported.go prepositionalComplement: a preposition never takes a
// that-clause, Quirk et al. 1985, 9.4 f.); the speaker still governs a following ", saying …".
// Invented wordings; near misses: the same verb over a that-clause or a zero-that clause, and a
// name continued by "of" at the head of a reported clause.
func TestPrepositionalComplementNoClaim(t *testing.T) {
	runCases(t, []exCase{
		{"warned of", "Ankara warned of reprisals should Athens extend its waters.",
			[]string{"!CLAIMS Turkey"}},
		{"warned X against", "Hanoi warned Manila against building on the reef.",
			[]string{"!CLAIMS Vietnam"}},
		{"warned the X against", "Oslo warned the European Union against imposing the levy.",
			[]string{"!CLAIMS Norway"}},
		{"participle after", "Hanoi warned Manila against building on the reef, saying the reef was Vietnamese.",
			[]string{"CLAIMS Vietnam -> the reef was Vietnamese"}},
		// near misses
		{"that clause", "Hanoi warned Manila that the reef was Vietnamese.",
			[]string{"CLAIMS Vietnam -> the reef was Vietnamese"}},
		{"zero that", "Hanoi warned it would defend the reef.",
			[]string{"CLAIMS Vietnam -> it would defend the reef"}},
		{"name with of", "Norway said the Bank of England would raise rates.",
			[]string{"CLAIMS Norway -> Bank of England would raise rates"}},
	})
}
