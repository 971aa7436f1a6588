package loader

import "testing"

// TestOfficeFragments23 checks session 23's node class ND4 on sentences written for it: the
// second conjunct of a title's coordinated portfolio (portfolioSecondConjunct), a region after a
// title's "for" (titlePortfolio with regionCompass) and a run of initials (initialsOnly) name no
// person; near misses keep their persons.
func TestOfficeFragments23(t *testing.T) {
	runDocCases(t, []exCase{
		{"plural title, coordinated portfolio", "The Ministers of Fisheries and Rural Development said the decree would take effect in May.",
			[]string{"!PERSON Rural Development"}},
		{"region after for", "The complaint was forwarded to the Assistant Secretary for Southern Asia on Friday.",
			[]string{"!PERSON Asia"}},
		{"region after for, West", "Talks were led by the Deputy Director for West Asia at the ministry.",
			[]string{"!PERSON Asia"}},
		{"initials before honorific", "H. E. Ms. Amina Diallo, the Minister of Mines, opened the new assay laboratory.",
			[]string{"!PERSON H. E.", "PERSON Amina Diallo"}},
		// near misses: a holder's name after the portfolio, or after "and"
		{"portfolio then holder", "Minister of Finance and Economic Planning Ama Owusu presented the budget.",
			[]string{"PERSON Ama Owusu"}},
		{"person after and", "The minister met Kofi Mensah and Yaw Darko on Tuesday.",
			[]string{"PERSON Yaw Darko"}},
		{"initials and surname", "The court heard evidence from J. K. Owusu on Wednesday.",
			[]string{"PERSON J. K. Owusu"}},
	})
}
