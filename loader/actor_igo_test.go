package loader

import "testing"

func TestIGOByMembership(t *testing.T) {
	runCases(t, []exCase{
		{"a body states join is no country's", "The ministers urged Peru to join the Lima Council and cut tariffs. The Lima Council rejected the plan.",
			[]string{"ORGANIZATION Lima Council", "!country Lima Council = PER", "OPPOSES Lima Council -> plan"}},
		{"a state's membership of a body makes it intergovernmental", "Kenya became a full member of the Nairobi Forum last year. The Nairobi Forum opposed the tariffs.",
			[]string{"ORGANIZATION Nairobi Forum", "!country Nairobi Forum = KEN"}},
		{"a body named after its seat that no state joins keeps its seat's country", "The London Stock Exchange rejected the listing on Monday.",
			[]string{"country London Stock Exchange = GBR"}},
		{"a person joining a body says nothing of its members", "Tanaka joined the Tokyo Chamber of Industry in 2010. The Tokyo Chamber of Industry opposed the levy.",
			[]string{"country Tokyo Chamber of Industry = JPN"}},
	})
}
