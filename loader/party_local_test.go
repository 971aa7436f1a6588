package loader

import "testing"

// TestCountrylessPartyLocal: a party named by common words alone with no country in its article
// stays local to it (no merge with another country's party of the same name); with its country it
// is that country's. Sentences written for this test.
func TestCountrylessPartyLocal(t *testing.T) {
	runCases(t, []exCase{
		{"no country: local", "The Liberal Party opposed the new levy, its leader said.",
			[]string{"country Liberal Party = local"}},
		{"its country given", "Australia's Liberal Party opposed the new levy.",
			[]string{"country Liberal Party = AUS"}},
	})
}
