package loader

import "testing"

// Issue 14, round 12 (branch actors10): name boundaries and countries a new user (fresh17) found
// wrong; each rule on sentences written for it (docs/measures/issue14.md, "actors10").
func TestRound12Rules(t *testing.T) {
	runCases(t, []exCase{
		// 1. a title's "of <Country>" gives the body's country
		{"a formal title's of-country gives the body's country", "Kigali, 3 May 2025\n\nThe Minister of Foreign Affairs of Kenya met officials on Monday. Mr. Juma Okello, Minister of Trade and Industry of Kenya, said the tariff would fall.",
			[]string{"country Juma Okello = KEN", "!country Juma Okello = RWA"}},
		{"a publisher's minister met a guest minister of another country", "Press Release\n\nMr. SATO Kenji, Minister for Foreign Affairs, held talks with Ms. Ana Pereira, Minister of Foreign Affairs and Cooperation of Angola, on March 2.",
			[]string{"country Ana Pereira = AGO", "!country Ana Pereira = JPN"}},
		{"a ministry's full name ending in of the <formal state name> has that country", "The Ministry of Foreign Affairs and Communities of the Portuguese Republic rejected the claim.",
			[]string{"country Ministry of Foreign Affairs and Communities of the Portuguese Republic = PRT"}},
		// 2. name boundaries
		{"a comma between coordinated premodifiers stays inside the body's name", "The British embassy sent a note to the Foreign, Commonwealth and Development Office on Friday.",
			[]string{"actor Foreign, Commonwealth and Development Office", "!actor Development Office"}},
		{"a list of countries before a body is no premodifier list", "Trade, Kenya and Uganda Revenue Office officials met.",
			[]string{"!actor Trade, Kenya and Uganda Revenue Office"}},
		{"a chamber's committee is named with the chamber", "The Senate Committee on Health rejected the hospital levy on Tuesday.",
			[]string{"GOVERNMENT Senate Committee on Health", "!GOVERNMENT Committee on Health", "!ORGANIZATION Committee on Health", "PART_OF Senate Committee on Health -> Senate"}},
		{"a chamber's committee takes the legislature's code", "The Peruvian Senate Committee on Energy rejected the mining levy.",
			[]string{"code Senate Committee on Energy = PERLEG"}},
		{"the head of a national police is a title, not a body", "The union asked the Inspector-General of Police to free the detained workers.",
			[]string{"!actor Police"}},
		{"a compass word before a country's name makes another place", "Argentina rejected new fishing permits around South Georgia and the South Sandwich Islands.",
			[]string{"!COUNTRY Georgia", "COUNTRY Argentina"}},
		{"a continent named with a compass word is no country", "Brazil said trade with South America would grow.",
			[]string{"!COUNTRY United States"}},
		{"a listed country opened by a compass word stays the country", "Seoul said South Korea would join the talks.",
			[]string{"COUNTRY South Korea"}},
		{"a country's name before a currency noun names the currency", "Japan will give 5 million US dollars to Malawi for flood relief.",
			[]string{"!COUNTRY United States", "COUNTRY Japan"}},
		{"a verb after a country's name that is also a currency's name leaves the country", "The United States won the vote, and Russia pounds Kharkiv.",
			[]string{"COUNTRY United States", "COUNTRY Russia"}},
		// 5. contact blocks
		{"a desk on a for-more-information contact line is no actor", "Lima, 2 May 2025\n\nThe Ministry of Trade rejected the tariff.\n\nFor more information contact: Press Office, Cancillería del Perú, prensa@example.pe",
			[]string{"!actor Press Office", "actor Ministry of Trade"}},
		{"an organization's own desk on a contact line is no actor", "Accra, 2 May 2025\n\nThe Ghana Teachers Union (GTU) rejected the pay offer.\n\nFor further information, please contact: GTU Communications Department, Accra",
			[]string{"!actor GTU Communications Department", "actor Ghana Teachers Union"}},
		{"the same desk in prose stays a body", "The GTU Communications Department said the strike would go on.",
			[]string{"actor GTU Communications Department"}},
		// 3. sub-national governments (actor_subnational.go)
		{"a state's government named after its country's demonym is no national government", "Water talks\n\nThe government of the Nigerian state of Kano has rejected the new tax. Nigeria said the tax would stay.",
			[]string{"GOVERNMENT Government of Kano", "country Government of Kano = NGA", "OPPOSES Government of Kano -> tax", "!OPPOSES Nigeria -> tax"}},
		{"a province's government named before the word government", "The Ontario provincial government criticised the federal budget.",
			[]string{"GOVERNMENT Government of Ontario", "country Government of Ontario = CAN", "!COUNTRY Canada"}},
		{"a division's head is a member of its government, not of the national one", "Drought relief\n\nKerala Chief Minister Anil Menon said the state needed more water.",
			[]string{"MEMBER_OF Anil Menon -> Government of Kerala", "country Anil Menon = IND"}},
		{"a ruler's government stays an administration", "The Maduro government rejected the ruling.",
			[]string{"!actor Government of Maduro"}},
		// 2. name boundaries, continued
		{"a numbered session of a conference named after its seat is an event", "Japan will keep helping Africa in line with the commitments of the Eighth Tokyo International Conference on Trade and Investment (TICTI 8).",
			[]string{"!actor Tokyo International Conference", "!actor Eighth Tokyo International Conference on Trade and Investment"}},
		{"a headline's verb before a name the body repeats is no part of the name", "NUT Rejects Fuel Levy, Hands Federal Government 7-Day Deadline\n\nThe union said the Federal Government must reverse the levy. The Federal Government declined to comment.",
			[]string{"!actor Hands Federal Government", "actor Federal Government"}},
		{"a headline's name the body repeats whole stays whole", "Talks Stall, Bank of Ghana Holds Rates\n\nThe Bank of Ghana kept its policy rate unchanged.",
			[]string{"actor Bank of Ghana"}},
		// 4. countries the text gives
		{"a release's Federal Government is its place line's country", "Union Rejects Fuel Price Rise\n\nPRESS RELEASE\n\nKano Traders Association (KTA)\n\nAbuja, 4 June 2025\n\nWe demand that the Federal Government reverse the fuel price rise. The Federal Government has ignored our letters.",
			[]string{"country Federal Government (Nigeria) = NGA"}},
		{"a bare head repeating a named union's head is the union, not a legislature", "Lagos, 3 May 2025\n\nThe Nigeria Labour Congress (NLC) rejected the tariff. The Congress also condemns the arrests of its members.",
			[]string{"OPPOSES Nigeria Labour Congress -> arrests", "!actor Congress (Nigeria)", "!actor Congress"}},
		{"a bare head without the article is not read back to a named organization", "Washington, 3 May 2025\n\nThe African National Congress welcomed the visit. Congress passed the aid bill for Haiti on Friday.",
			[]string{"GOVERNMENT Congress", "code Congress = USALEG", "OFFERS Congress -> aid bill", "!OFFERS African National Congress -> aid bill"}},
		{"a demonym in a close appositive's description gives the organization's country", "The French farmers' union FNSEA has threatened to block roads.",
			[]string{"country FNSEA = FRA"}},
		{"without a demonym the organization keeps no country", "The farmers' union FNSEA has threatened to block roads.",
			[]string{"!country FNSEA = FRA"}},
		{"a regime named after a ruler the dictionary names by the surname alone is his state's", "Lawmakers condemned the Maduro regime's threats against Guyana.",
			[]string{"country Maduro regime = VEN"}},
		{"a regime named after a surname the dictionary does not list alone keeps no country", "Lawmakers condemned the Kestrova regime's threats against Guyana.",
			[]string{"!country Kestrova regime = VEN"}},
	})
}
