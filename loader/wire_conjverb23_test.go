package loader

import "testing"

// TestCoordinatedPresentVerbPP: an -s verb the tagger read as a plural noun, conjoined to a noun
// in the first predicate's object's postmodifier ("… with deep unease and urges X to V") or to the
// finite verb itself before a that-clause (", and announces that we …"), is the second predicate
// sharing the subject (wire_conjverb.go, session 23 class N5). Near misses: a plural noun with a
// determiner, a that-clause with no subject of its own (a relative clause), "we" under a person's
// verb of saying. Invented wordings.
func TestCoordinatedPresentVerbPP(t *testing.T) {
	runTextCases(t, []textCase{
		{"Chile keeps watching the dispute over the glacier with growing alarm and urges both provinces to suspend the drilling.",
			[]string{"DEMANDS Chile -> suspending the drilling"}},
		{"Norway takes this occasion to express its sympathy to the people of Fiji for the cyclone, and announces that it has sent Fiji three supply ships.",
			[]string{"CLAIMS Norway -> it has sent Fiji three supply ships", "!SUPPORTS Norway -> announces"}},
		// "we" in the that-clause of the issuer's own verb of saying is the issuer: checked on the
		// whole document wholedoc23/no23a/v2_laos_condolences.txt (reportingSubjectWe)
		// near misses
		{"Chile welcomes the talks on the glacier with the envoys and the calls on Peru to negotiate.",
			[]string{"!DEMANDS Chile -> negotiat"}},
		{"Statement of the Ministry of Trade of Fiji\n\nMinister Ana Lutu announces that we have offered Tonga three supply ships.",
			[]string{"!OFFERS Ana Lutu -> supply ships"}},
	})
}
