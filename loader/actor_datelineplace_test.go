package loader

import "testing"

// TestDatelinePlaceCountry: a dateline whose place is no capital of countries.txt (an AP city that
// stands alone, "SYDNEY", "SAO PAULO") or is written with its own accents ("BOGOTÁ") still says
// where the story was filed: the Phoenix country records give the place's country (filedFrom,
// actor_codes.go), and a bare office of state there is that country's (storyOfficials).
func TestDatelinePlaceCountry(t *testing.T) {
	runCases(t, []exCase{
		{"an AP stand-alone city that is no capital", "SYDNEY, 4 March 2026 (Harbour Wire) — Australia's central bank left its cash rate unchanged on Tuesday.\nGovernor Anna Whitcombe said inflation was still too high.",
			[]string{"country Anna Whitcombe = AUS"}},
		{"a capital written with its accent", "BOGOTÁ, 9 May 2026 (Andes Wire) — Colombia's government opened talks with truckers on Friday.\nThe ombudsman, Rosa Quintero, urged both sides to lift the blockades.",
			[]string{"country Rosa Quintero = COL"}},
		{"a two-word stand-alone city", "SAO PAULO, June 2 (Reuters) - Brazil's mining regulator fined the company on Monday.\nPresident Joao Martins said the fine was fair.",
			[]string{"country Joao Martins = BRA"}},
		{"a place no dictionary lists: none", "ZENDORIA FALLS, 4 March 2026 (Harbour Wire) — The central bank left its cash rate unchanged on Tuesday.\nGovernor Anna Whitcombe said inflation was still too high.",
			[]string{"country Anna Whitcombe = "}},
		{"the place's country is not the story's: none", "GENEVA, 4 March 2026 (Lake Wire) — Sudan's army and its rivals agreed to talks, Sudan's envoy said.\nPresident Amir Haddad said the talks would start on Monday.",
			[]string{"country Amir Haddad = "}},
	})
}
