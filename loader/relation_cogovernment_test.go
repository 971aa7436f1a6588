package loader

import "testing"

// TestCoordinatedGovernments (issue 13, auditR19): in "the Malaysian and Thai governments" each
// country acts (premodifierConjuncts, actor_coordmodifier.go; Quirk et al. 1985, 13.64-13.66, coordinated modifiers
// distribute over their head): the first conjunct's country is a source of the stance too.
// Near misses: "or" names one of them; another head ("officials") makes groups of each country
// (TestCoordinatedNationalities), not the countries themselves; a single nationality names one
// country.
func TestCoordinatedGovernments(t *testing.T) {
	runCases(t, []exCase{
		{"rejected", "The Malaysian and Thai governments rejected the ceasefire proposal.",
			[]string{"OPPOSES Malaysia -> ceasefire proposal", "OPPOSES Thailand -> ceasefire proposal"}},
		{"criticized", "The Dutch and Belgian governments criticized the new tariffs.",
			[]string{"OPPOSES Netherlands -> tariffs", "OPPOSES Belgium -> tariffs"}},
		{"demanded", "The Greek and Cypriot governments demanded the release of the hostages.",
			[]string{"DEMANDS Greece -> release", "DEMANDS Cyprus -> release"}},
		{"near miss: or", "The Malaysian or Thai governments rejected the ceasefire proposal.",
			[]string{"!OPPOSES Malaysia -> ceasefire proposal"}},
		{"near miss: one nationality", "The Thai government rejected the ceasefire proposal.",
			[]string{"OPPOSES Thailand -> ceasefire proposal", "!OPPOSES Malaysia -> ceasefire proposal"}},
		{"near miss: officials", "Chilean and Peruvian officials rejected the ceasefire proposal.",
			[]string{"!OPPOSES Chile -> ceasefire proposal", "!OPPOSES Peru -> ceasefire proposal"}},
	})
}
