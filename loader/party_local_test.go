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

// TestDescriptiveGroupLocal: a group named by a description alone, with no country or
// organization ("relevant parties", rule group:unnamed), stays local to its article; with its
// country it is that country's. Sentences written for this test.
func TestDescriptiveGroupLocal(t *testing.T) {
	runCases(t, []exCase{
		{"no country: local", "Relevant parties rejected the new plan for the dam on Tuesday.",
			[]string{"country relevant parties = local"}},
		{"near miss: its country given", "Kenyan farmers rejected the new levy on fertilizer.",
			[]string{"country Kenyan farmers = KEN"}},
	})
}
