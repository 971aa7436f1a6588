package loader

import "testing"

// TestReportedCountryNotTitle23: a country named in what a bare-titled official says, or in the
// of-phrase of another title noun, does not make his office that country's; the issuer's state
// is (actors/reportedcountry.go inOwnReport, titleNounOf). A wire lead whose actor is a bare state
// body gives the story's bare bodies the dateline state (bareLeadBody). Near misses: the other
// state in the title's own of-phrase or apposition; a state that is the subject of his reported
// clause (an official reports his own state's acts by its name); a lead body in a story that
// names another state more often.
func TestReportedCountryNotTitle23(t *testing.T) {
	runDocCases(t, []exCase{
		{"reported clause", "Ministry of Foreign Affairs of the Republic of Estonia\n\nTallinn, 2 May 2031\n\nSpokesperson Marta Kask said the ministry condemned the detention of fishermen by Russia.\n\nKask said Estonia would raise the case in Brussels.\n",
			[]string{"country Marta Kask = EST"}},
		{"title noun of-phrase", "Ministry of Foreign Affairs of the Republic of Estonia\n\nTallinn, 2 May 2031\n\nState Secretary Peeter Lepp met the ambassador of Russia on Monday and protested against the detention of fishermen.\n\nEstonia expects their release.\n",
			[]string{"country Peeter Lepp = EST"}},
		{"other state in the title's own of-phrase", "Ministry of Foreign Affairs of the Republic of Estonia\n\nTallinn, 2 May 2031\n\nForeign Minister Olga Ivanova of Russia said the fishermen had broken the law.\n\nEstonia rejects this.\n",
			[]string{"!country Olga Ivanova = EST"}},
		{"a state as the reported clause's subject: none", "Ministry of Foreign Affairs of the Republic of Estonia\n\nTallinn, 2 May 2031\n\nFinland protested to Russia over the detention of fishermen, State Secretary Pekka Niemi said.\n\nEstonia supports Finland.\n",
			[]string{"!country Pekka Niemi = EST"}},
		{"bare lead body", "Ministry rejects port report\n\nHANOI, March 3 (Reuters) - The Transport Ministry on Monday rejected a report that Vietnam would close the port of Hai Phong.\n\nThe Foreign Office said it had protested to the ambassador of China over the arrest of fishermen.\n",
			[]string{"country Transport Ministry = VNM", "country Foreign Office = VNM"}},
		{"lead body, other state leading", "Ministry rejects port report\n\nHANOI, March 3 (Reuters) - The Transport Ministry on Monday rejected a report on China's ports.\n\nChina had said the port would close. China's envoy in Vientiane and Beijing's officials repeated the claim.\n",
			[]string{"!country Transport Ministry = VNM"}},
	})
}
