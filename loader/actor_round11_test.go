package loader

import "testing"

// Issue 14, round 11 (branch actors10): name boundaries and countries a new user (fresh17) found
// wrong; each rule on sentences written for it (docs/measures/issue14.md, "actors10").
func TestRound11Rules(t *testing.T) {
	runCases(t, []exCase{
		// 1. a title's "of <Country>" gives the body's country
		{"a formal title's of-country gives the body's country", "Kigali, 3 May 2025\n\nThe Minister of Foreign Affairs of Kenya met officials on Monday. Mr. Juma Okello, Minister of Trade and Industry of Kenya, said the tariff would fall.",
			[]string{"country Juma Okello = KEN", "!country Juma Okello = RWA"}},
		{"a publisher's minister met a guest minister of another country", "Press Release\n\nMr. SATO Kenji, Minister for Foreign Affairs, held talks with Ms. Ana Pereira, Minister of Foreign Affairs and Cooperation of Angola, on March 2.",
			[]string{"country Ana Pereira = AGO", "!country Ana Pereira = JPN"}},
		{"a ministry's full name ending in of the <formal state name> has that country", "The Ministry of Foreign Affairs and Communities of the Portuguese Republic rejected the claim.",
			[]string{"country Ministry of Foreign Affairs and Communities of the Portuguese Republic = PRT"}},
	})
}
