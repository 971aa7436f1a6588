package loader

import "testing"

// "quoted X as saying": X says the clause, the medium cites X; "made (it) clear that": the
// subject says it (claims/quotedas.go).
func TestQuotedAsSayingAndMadeClear(t *testing.T) {
	runCases(t, []exCase{
		{"a medium quotes a minister as saying", "The Kyodo news agency quoted Foreign Minister Yoko Kamikawa as saying that Tokyo would expand its sanctions.",
			[]string{"CLAIMS Yoko Kamikawa -> Tokyo would expand its sanctions", "!CLAIMS Kyodo"}},
		{"a medium quotes a president as saying, no that", "Interfax quoted President Kassym-Jomart Tokayev as saying Kazakhstan would stay neutral.",
			[]string{"CLAIMS Kassym-Jomart Tokayev -> Kazakhstan would stay neutral"}},
		{"a passive with the medium as agent", "Prime Minister Viktor Orban was quoted by the state news agency MTI as saying Hungary would veto the package.",
			[]string{"CLAIMS Viktor Orban -> Hungary would veto the package", "!CLAIMS MTI"}},
		{"a passive with no agent", "Defence Minister Rustem Umerov was quoted as saying that Ukraine needed more air defence systems.",
			[]string{"CLAIMS Rustem Umerov -> Ukraine needed more air defence systems"}},
		{"made clear that", "Prime Minister Mark Carney made clear that Canada would not lift its tariffs.",
			[]string{"CLAIMS Mark Carney -> Canada would not lift its tariffs"}},
		{"made it clear with a day between", "President Lula da Silva made it clear on Tuesday that Brazil would host the summit.",
			[]string{"CLAIMS Lula da Silva -> Brazil would host the summit"}},
		// near misses
		{"a document quoted is no speaker", "The newspaper quoted the report as saying that exports fell in May.",
			[]string{"!CLAIMS"}},
		{"make clear with a noun-phrase object states no clause", "The ruling made clear the limits of the agreement.",
			[]string{"!CLAIMS"}},
		{"an event makes nothing clear as a speaker", "The attacks made it clear that the truce had collapsed.",
			[]string{"!CLAIMS"}},
	})
}
