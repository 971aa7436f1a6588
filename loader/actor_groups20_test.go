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
