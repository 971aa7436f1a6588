package loader

import "testing"

// Issue 14, round 10 (branch actors8): each rule of this round on sentences written for it
// (docs/measures/issue14.md, round 10).
func TestRound10Rules(t *testing.T) {
	runCases(t, []exCase{
		// a dictionary acronym opening a two-word name names its own body (actor_aliases.go knownAcronymModifier)
		{"a known acronym is no short form of its organ's name", "Summit in Gaborone\n\nSADC rejected the election result on Sunday. The SADC Secretariat said observers had found irregularities.",
			[]string{"actor SADC", "actor SADC Secretariat", "!alias SADC Secretariat = SADC"}},
		{"a known acronym joins the spelled-out name, not its organ", "Drought talks\n\nIGAD welcomed the truce. The Intergovernmental Authority on Development said the IGAD Council would meet in Djibouti.",
			[]string{"alias Intergovernmental Authority on Development = IGAD", "!alias IGAD Council = IGAD"}},
		{"an unknown acronym before a company tail stays its short form", "Chip exports\n\nKORVEX Holdings raised prices. KORVEX said demand was strong.",
			[]string{"alias KORVEX Holdings = KORVEX"}},
		// a contact line's desk is no body (actor_junk.go contactItem)
		{"a desk listed on a press release's contact line is no actor", "Oslo, 4 March 2024\n\nThe Ministry of Trade welcomed the agreement.\n\nMedia enquiries: Press Office, Ministry of Trade, +47 22 24 00 00",
			[]string{"!actor Press Office", "actor Ministry of Trade"}},
		{"an office named in prose stays a body", "The Press Office of the Prime Minister said the visit was cancelled.",
			[]string{"actor Press Office of the Prime Minister"}},
		// a state's possessive before "National"/"Federal" + a legislature's head (actor_namedheads.go stateLevelOnly)
		{"a state's National Congress is its legislature", "Pension vote\n\nBrazil's National Congress rejected the pension decree on Tuesday.",
			[]string{"GOVERNMENT National Congress (Brazil)", "code National Congress (Brazil) = BRALEG"}},
		{"a state's Federal Senate is its legislature", "Mexico's Federal Senate opposed the mining concession.",
			[]string{"GOVERNMENT Federal Senate (Mexico)"}},
		{"a party named National Congress after a demonym stays an organization", "The Sudanese National Congress opposed the decree.",
			[]string{"!GOVERNMENT Sudanese National Congress", "ORGANIZATION Sudanese National Congress"}},
		// a questioner's outlet named only in its label is no actor, whole or cut (session 13,
		// speaker_questioner.go; it was named whole by actor_outletlabel.go, now removed)
		{"a questioner's outlet label with a demonym is no actor", "Regular Press Briefing by Foreign Ministry Spokesperson Ana Lind, Oslo, May 2, 2024\n\nQ: Dutch NOS: Will Norway join the sanctions?\n\nA: Norway supports the sanctions.",
			[]string{"!actor Dutch NOS", "!actor NOS", "SUPPORTS Norway -> sanctions"}},
		// a title's body from its paragraph (actor_paragraph.go)
		{"a bare title's ministry is the one its paragraph named", "Border dispute\n\nAlbania's Foreign Ministry criticised the Serbian decision.\n\nPortugal's Foreign Ministry said it regretted the decision. Foreign Minister Rui Tavares said the border must stay open.",
			[]string{"MEMBER_OF Rui Tavares -> Foreign Ministry (Portugal)", "country Rui Tavares = PRT"}},
		{"two ministries in the paragraph leave the title's body open", "Border dispute\n\nAlbania's Foreign Ministry criticised the decision, and Portugal's Foreign Ministry said it regretted it. Foreign Minister Rui Tavares said the border must stay open.",
			[]string{"!MEMBER_OF Rui Tavares -> Foreign Ministry (Portugal)", "!MEMBER_OF Rui Tavares -> Foreign Ministry (Albania)"}},
		{"a spokesperson speaks for the one body of the paragraph", "Water talks\n\nPeru's environment ministry said the dam would harm the river. \"The project must stop,\" spokesperson Ana Quispe said in Lima.",
			[]string{"MEMBER_OF Ana Quispe -> Environment Ministry (Peru)", "country Ana Quispe = PER"}},
		{"a spokesperson does not speak for the outlet told", "Water talks\n\nThe minister told Reuters the dam would harm the river. \"The project must stop,\" spokesperson Ana Quispe said.",
			[]string{"!MEMBER_OF Ana Quispe -> Reuters"}},
		{"a spokesperson in a paragraph of its own stays without a body", "Water talks\n\nPeru's environment ministry said the dam would harm the river.\n\n\"The project must stop,\" spokesperson Ana Quispe said.",
			[]string{"!MEMBER_OF Ana Quispe -> Environment Ministry (Peru)"}},
		// a city the Phoenix country records list is a place (actor_places.go phoenixPlace)
		{"a city that is no capital is no organization: as a subject it is coded as its country", "Lausanne urged calm after the vote.",
			[]string{"!ORGANIZATION Lausanne", "COUNTRY Switzerland", "alias Switzerland = Lausanne", "mention Switzerland = metonymy:phoenix-place"}},
		{"a city that is no capital and no subject is a place", "Observers from Zurich watched the vote. Ana Ruiz said the count was fair.",
			[]string{"!actor Zurich", "!COUNTRY Switzerland"}},
		{"a movement the country records list is no country", "Fatah rejected the proposal on Monday.",
			[]string{"!COUNTRY Palestine"}},
		{"a capital as subject still stands for its state", "Bern urged calm after the vote.",
			[]string{"COUNTRY Switzerland"}},
		// a dictionary body whose name a demonym opens (actor_interpret.go; Phoenix PALESTINIAN_AUTHORITY, JAPANESE_RED_ARMY)
		{"a demonym opening a dictionary body's name is part of the name", "The Palestinian Authority rejected the plan on Sunday.",
			[]string{"GOVERNMENT Palestinian Authority", "code Palestinian Authority = PSEGOV", "!actor Authority (Palestine)"}},
		{"a dictionary group named with a demonym is no state's army", "The Japanese Red Army claimed the attack.",
			[]string{"ORGANIZATION Japanese Red Army", "!actor Army (Japan)"}},
		{"a demonym before a generic body still names the country's body", "The Kenyan Police opposed the protest.",
			[]string{"country Police (Kenya) = KEN"}},
		// an acronym opening a title names the title's body (actor_titleorg.go)
		{"an organization's acronym before a title is the holder's body", "The Kestrel Federation of Miners (KFM) rejected the wage offer.\n\nKFM President Ana Ruiz said the strike would continue.",
			[]string{"MEMBER_OF Ana Ruiz -> Kestrel Federation of Miners"}},
		{"an acronym naming no body of the article gives no membership", "ZQX President Ana Ruiz said the strike would continue.",
			[]string{"!MEMBER_OF Ana Ruiz"}},
		// a plural agent noun after a country inside a name (actor_boundaries.go countryAgentAfter)
		{"a plural agent noun after a country ends the organization's name", "Norway funds the Trust Fund for Somalia Refugees (TFSR), which will open two schools.",
			[]string{"actor Trust Fund for Somalia Refugees", "alias Trust Fund for Somalia Refugees = TFSR"}},
		{"a name after a country still ends the organization's name", "The Commission of Somalia Ahmed Warsame said the schools would open.",
			[]string{"!actor Commission of Somalia Ahmed"}},
	})
}
