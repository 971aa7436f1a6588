package loader

import "testing"

// Round 18 (branch actors18): countries of state actors, surname aliases, split bodies. Every
// sentence was written for these tests; none comes from the corpus, the dev or the held-out sets.

func TestRound18FormalStateNames(t *testing.T) {
	runCases(t, []exCase{
		{"a title's of-phrase names the state by its ISO 3166-1 full name", "Vice President Amina Sule of the Federal Republic of Nigeria welcomed the pact.",
			[]string{"PERSON Amina Sule", "country Amina Sule = NGA", "!actor Federal Republic"}},
		{"a federal full name of another continent", "Minister of Trade Rahel Tesfaye of the Federal Democratic Republic of Ethiopia urged other states to join.",
			[]string{"country Rahel Tesfaye = ETH"}},
		{"an adjective-led full name", "Foreign Minister Pablo Ferreyra of the Eastern Republic of Uruguay rejected the claims.",
			[]string{"country Pablo Ferreyra = URY", "GOVERNMENT Foreign Ministry (Uruguay)"}},
		{"a kingdom's full name", "Prime Minister Lars Holm of the Kingdom of Denmark criticized the levy.",
			[]string{"country Lars Holm = DNK"}},
		{"a plural-shaped full name is no organization", "Foreign Secretary Ana Ruiz of the United Mexican States rejected the tariff.",
			[]string{"country Ana Ruiz = MEX", "!actor States", "alias Mexico = United Mexican States"}},
		{"the full name as a subject is the country", "The Republic of Kenya rejected the ruling.",
			[]string{"OPPOSES Kenya -> ruling"}},
	})
}
