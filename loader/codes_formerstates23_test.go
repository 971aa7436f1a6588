package loader

import (
	"path/filepath"
	"testing"
)

// TestWholeDocFormerStates23 loads the states23 whole documents (1970s news of our own wording)
// and checks their gold: the ISO 3166-3 former states added in session 23 (VDR, RHO, ZAR …) are
// countries, North Vietnam is no policy and no part of present Vietnam.
func TestWholeDocFormerStates23(t *testing.T) {
	wholeDocOpenGoldDir(t, filepath.Join("testdata", "wholedoc23", "states23"))
}

// TestFormerStateNames23: the names, demonyms and formal names of the ISO 3166-3 lines resolve to
// their codes; near misses keep the present states (Hanoi is Vietnam's capital, the lexicon has
// no dated names; "South Vietnam" has no ISO 3166-3 code and is no country here).
func TestFormerStateNames23(t *testing.T) {
	runCases(t, []exCase{
		{"North Vietnam", "North Vietnam condemned the embargo.", []string{"country North Vietnam = VDR"}},
		{"North Vietnamese demonym", "The North Vietnamese government rejected the proposal.", []string{"OPPOSES North Vietnam -> proposal", "!OPPOSES Vietnam -> proposal"}},
		{"DRV formal name", "The Democratic Republic of Vietnam condemned the embargo.", []string{"country Democratic Republic of Vietnam = VDR"}},
		{"Rhodesia", "Zambia condemned Rhodesia.", []string{"country Rhodesia = RHO"}},
		{"Salisbury metonymy", "Salisbury rejected the proposal.", []string{"OPPOSES Rhodesia -> proposal"}},
		{"Zaire", "Zaire condemned the embargo.", []string{"country Zaire = ZAR"}},
		{"Zairean demonym", "The Zairean government rejected the proposal.", []string{"OPPOSES Zaire -> proposal"}},
		{"South Yemen", "South Yemen condemned the embargo.", []string{"country South Yemen = YMD"}},
		{"Upper Volta", "Upper Volta condemned the embargo.", []string{"country Upper Volta = HVO"}},
		{"near miss: Hanoi stays Vietnam", "Hanoi rejected the proposal.", []string{"OPPOSES Vietnam -> proposal"}},
		{"near miss: Vietnam stays Vietnam", "Vietnam condemned the embargo.", []string{"country Vietnam = VNM"}},
		{"near miss: Yemen stays Yemen", "Yemen condemned the embargo.", []string{"country Yemen = YEM"}},
	})
}
