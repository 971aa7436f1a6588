package loader

import "testing"

// TestOccupationAgents: occupational nouns Phoenix.agents.txt lacks (data/lexicons/occupations.txt,
// WordNet 3.0 hyponyms of worker, businessperson, agriculturist, military officer) head
// descriptive actors as Phoenix's own do; a noun modifier between the nationality and the head
// belongs to the description (nounAfterNation). Near misses: a modifier use of the noun ("a
// general strike", "the general public"), a country's name before a verb ("Peru fined growers").
func TestOccupationAgents(t *testing.T) {
	runCases(t, []exCase{
		{"a nationality and an occupational plural",
			"Peruvian miners condemned the new royalty law on Wednesday.",
			[]string{"GROUP Peruvian miners", "country Peruvian miners = PER", "code Peruvian miners = PERLAB", "OPPOSES Peruvian miners -> new royalty law"}},
		{"truckers",
			"Australian truckers demanded an end to the fuel levy.",
			[]string{"GROUP Australian truckers", "country Australian truckers = AUS", "DEMANDS Australian truckers -> end"}},
		{"dockworkers",
			"Portuguese dockworkers rejected the sale of the terminal.",
			[]string{"GROUP Portuguese dockworkers", "country Portuguese dockworkers = PRT"}},
		{"a noun modifier between the nationality and the head",
			"Colombian coffee growers demanded lower fertilizer prices.",
			[]string{"GROUP Colombian coffee growers", "country Colombian coffee growers = COL", "code Colombian coffee growers = COLAGR", "DEMANDS Colombian coffee growers -> lower fertilizer prices"}},
		{"a nationality and a military rank, singular",
			"A Nigerian general criticized the peace deal on Friday.",
			[]string{"GROUP Nigerian general", "country Nigerian general = NGA", "code Nigerian general = NGAMIL", "OPPOSES Nigerian general -> peace deal"}},
		{"near miss: a general strike",
			"Chilean unions called a general strike on Monday.",
			[]string{"!actor Chilean general", "!actor general strike"}},
		{"near miss: the general public",
			"The general public rejected the plan.",
			[]string{"!actor general public", "!actor general"}},
		{"near miss: a country's name before a verb is no nationality adjective",
			"Peru fined growers for the spill.",
			[]string{"!actor Peru fined growers", "!actor fined growers"}},
	})
}

// TestDescriptivePostmodifiers: an agent noun opening its clause with a postmodifier that places
// or describes it is the subject of the clause's verb: "in the" and a compass point
// (placePostmodifier), an -ing participle clause (participialModifierEnd), "in" and a city after a
// group head, singular after "a" (groupInCity). Near misses: a compass point after no agent noun,
// a participle clause after an object, a marginal preposition, envoys in a capital, two places.
func TestDescriptivePostmodifiers(t *testing.T) {
	runCases(t, []exCase{
		{"an agent plural and in the + compass point",
			"Herders in the east rejected the grazing ban on Monday.",
			[]string{"GROUP herders in the east", "country herders in the east = local", "OPPOSES herders in the east -> grazing ban"}},
		{"an agent plural and a participle clause",
			"Nurses occupying the hospital rejected the ministry's offer.",
			[]string{"GROUP nurses occupying the hospital", "OPPOSES nurses occupying the hospital -> ministry's offer"}},
		{"a participle clause with a city: the city's country",
			"Students marching in Lima demanded the resignation of the rector.",
			[]string{"GROUP students marching in Lima", "country students marching in Lima = PER", "DEMANDS students marching in Lima -> resignation"}},
		{"a participle clause with a country",
			"Teachers striking in Ghana rejected the new pay scale.",
			[]string{"GROUP teachers striking in Ghana", "country teachers striking in Ghana = GHA", "!actor Ghana"}},
		{"a senior official of a service in a city",
			"A senior army official in Nairobi accused the militia of sabotage.",
			[]string{"GROUP army officials in Nairobi", "country army officials in Nairobi = KEN", "OPPOSES army officials in Nairobi -> militia"}},
		{"plural officials in a city",
			"Local officials in Mombasa condemned the strike.",
			[]string{"GROUP Local officials in Mombasa", "country Local officials in Mombasa = KEN"}},
		{"near miss: in the north after no agent noun",
			"Rain in the north delayed the harvest on Monday.",
			[]string{"!actor Rain in the north", "!actor rain in the north"}},
		{"near miss: the participle clause after an object",
			"Police arrested workers occupying the factory.",
			[]string{"!actor workers occupying the factory"}},
		{"near miss: a marginal preposition opens no participle clause",
			"Workers, including miners, rejected the offer.",
			[]string{"!actor workers including miners", "!actor miners"}},
		{"near miss: the farmers' market",
			"The farmers' market reopened on Monday.",
			[]string{"!actor farmers' market", "!actor farmers"}},
		{"near miss: generic officials said",
			"Officials said the talks would resume next week.",
			[]string{"!actor Officials", "!actor officials"}},
		{"near miss: envoys in a capital are the sending state's",
			"Western diplomats in Nairobi rejected the claim.",
			[]string{"!actor Western diplomats in Nairobi", "!actor diplomats in Nairobi", "!country Western diplomats = KEN"}},
		{"near miss: two places name no one country",
			"Officials in Lagos and Accra rejected the plan.",
			[]string{"!actor Officials in Lagos", "!actor officials in Lagos"}},
	})
}

// TestCoordinatedNationalitiesSharedModifier: two nationality adjectives joined by "and" before a
// noun modifier and a plural head distribute over both ("German and French bank officials" =
// German bank officials and French bank officials, each of its country, each the verb's source;
// coordinatedGroups). Near miss: a nationality coordinated with a modifier of no country.
func TestCoordinatedNationalitiesSharedModifier(t *testing.T) {
	runCases(t, []exCase{
		{"two nationalities, one noun modifier",
			"Dutch and Belgian bank officials rejected the merger on Monday.",
			[]string{"GROUP Dutch bank officials", "GROUP Belgian bank officials", "country Dutch bank officials = NLD", "country Belgian bank officials = BEL",
				"OPPOSES Dutch bank officials -> merger", "OPPOSES Belgian bank officials -> merger"}},
		{"a two-word nationality second",
			"Thai and South African trade officials criticized the new quotas.",
			[]string{"country Thai trade officials = THA", "country South African trade officials = ZAF", "OPPOSES South African trade officials -> new quotas"}},
		{"near miss: a nationality and a region's adjective",
			"German and European bank officials rejected the merger.",
			[]string{"!actor German bank officials", "!actor European bank officials"}},
	})
}

// TestPossessedGroupCountry: a plural group head of groups.txt with lower-case premodifiers after
// a country's genitive keeps the possessor's country ("Myanmar's military leaders", "Georgia's
// separatist authorities"; the genitive determines the whole noun phrase, Quirk et al. 1985,
// 5.115, 17.5), as "Venezuela's opposition" did; the possessor says whose, no membership of the
// state. Near miss: a possessor that is no country.
func TestPossessedGroupCountry(t *testing.T) {
	runCases(t, []exCase{
		{"a country's genitive, a premodifier, a plural group head",
			"Niger's military leaders rejected the ultimatum on Monday.",
			[]string{"country Niger military leaders = NER", "OPPOSES Niger military leaders -> ultimatum", "!MEMBER_OF Niger military leaders -> Niger"}},
		{"separatist authorities",
			"Azerbaijan's separatist authorities rejected the talks.",
			[]string{"country Azerbaijan separatist authorities = AZE"}},
		{"near miss: the possessor is no country",
			"The party's regional authorities rejected the talks.",
			[]string{"country regional authorities = ", "!actor party regional authorities"}},
	})
}
