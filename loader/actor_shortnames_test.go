package loader

import "testing"

// TestShortNameRules checks the issue-14 round-15 rules of actor_shortnames.go on sentences
// written for them (classes 4, 7, 17, 44 of the round-8 blind-set description; no sentence
// comes from dev, testdata or corpus material).
func TestShortNameRules(t *testing.T) {
	runCases(t, []exCase{
		// class 4: short forms that are not the last word of the full name
		{"a surname without its attached particle joins the person", "Yusuf al-Tamimi, the water minister, toured the dam on Sunday. Tamimi rejected the plan to sell the utility.",
			[]string{"PERSON Yusuf al-Tamimi", "!ORGANIZATION Tamimi", "OPPOSES Yusuf al-Tamimi -> plan to sell the utility"}},
		{"a surname before a generational suffix joins the person", "Governor Lionel Brandt Jr. toured the mill on Monday. Brandt criticized the decision to cut wages.",
			[]string{"PERSON Lionel Brandt Jr.", "!ORGANIZATION Brandt", "OPPOSES Lionel Brandt Jr. -> decision to cut wages"}},
		{"a Roman-numeral suffix closes a person's name", "Lionel Brandt III, the senator, toured the mill on Monday. Brandt criticized the decision to cut wages.",
			[]string{"PERSON Lionel Brandt III", "!ORGANIZATION Brandt", "OPPOSES Lionel Brandt III -> decision to cut wages"}},
		{"a given name alone joins the one person it opens", "Solveig Anker Brun said on Monday that the ferry would resume. Solveig also criticized the toll on bridges.",
			[]string{"PERSON Solveig Anker Brun", "!ORGANIZATION Solveig", "OPPOSES Solveig Anker Brun -> toll"}},
		{"a given name shared by two persons is not resolved to either", "Solveig Anker Brun and Solveig Dahl Lund said on Monday that the ferry would resume. Solveig also criticized the toll on bridges.",
			[]string{"!OPPOSES Solveig Anker Brun -> toll", "!OPPOSES Solveig Dahl Lund -> toll"}},
		// class 7: unit, facility and weather heads
		{"a military unit's name is a body, no person", "Ridgeback Rifles Battalion said it had withdrawn from the ridge.",
			[]string{"!PERSON Ridgeback Rifles Battalion", "ORGANIZATION Ridgeback Rifles Battalion"}},
		{"a research facility's name is a body, no person", "Kestrel Bay Station reported that the glacier had retreated.",
			[]string{"!PERSON Kestrel Bay Station"}},
		{"a storm's name is no person", "Typhoon Marisol forced the council to shut the markets.",
			[]string{"!actor Typhoon Marisol", "!actor Marisol"}},
		// class 17: acronyms of instruments
		{"an acronym under which something happens is no organization", "Rice imports doubled under SAFTEX, the trade ministry said.",
			[]string{"!actor SAFTEX"}},
		{"an acronym premodifying an agreement noun is no organization", "Peru condemned the PLTA agreement on Tuesday.",
			[]string{"!actor PLTA", "OPPOSES Peru -> PLTA agreement"}},
		{"an acronym premodifying a noun after 'under' stays an organization", "Rebels said the town came under KPLF control on Monday.",
			[]string{"ORGANIZATION KPLF"}},
		{"an acronym that acts is still an organization", "The ZNFU condemned the new levy on maize.",
			[]string{"ORGANIZATION ZNFU"}},
		// class 10: a plural organization head with a postmodifier and an inner "and"
		{"a plural head before 'for' keeps the whole name", "The Foundations for Maternal Care and Nutrition asked the ministry to fund midwives.",
			[]string{"ORGANIZATION Foundations for Maternal Care and Nutrition", "!actor Nutrition"}},
		{"a plural head before 'of' keeps the whole name", "The Unions of Dockers and Porters rejected the new wage scale.",
			[]string{"ORGANIZATION Unions of Dockers and Porters", "!actor Porters", "OPPOSES Unions of Dockers and Porters -> wage scale"}},
		// class 8: an unknown name with an appositive headed by an organization word
		{"an appositive headed by an organization word makes the name an organization", "Oskarvik, the cod fishermen's federation, denounced the quota and urged the ministry to scrap it.",
			[]string{"ORGANIZATION Oskarvik", "OPPOSES Oskarvik -> quota"}},
		{"a government head in the appositive does not make an organization", "Oskarvik, the fisheries ministry, denounced the quota.",
			[]string{"!ORGANIZATION Oskarvik"}},
		// class 9: unknown named groups as premodifiers
		{"a name before a plural member noun of an armed group is a group", "Kessar gunmen threatened to shell the market.",
			[]string{"GROUP Kessar gunmen", "THREATENS Kessar gunmen -> shell"}},
		{"a name premodifying a collective head is a group", "The Dunmore faction rejected the truce on Friday.",
			[]string{"GROUP Dunmore faction", "OPPOSES Dunmore faction -> truce"}},
		{"members of a named collective: the collective is the source", "Members of the Dunmore faction rejected the truce on Friday.",
			[]string{"GROUP Dunmore faction", "OPPOSES Dunmore faction -> truce"}},
		{"a compound going on past the collective head is not cut", "The Dunmore group leaders rejected the truce on Friday.",
			[]string{"!actor Dunmore group"}},
		// class 46: a title line "Genre with Title Name" states no membership
		{"an interview's title line gives no MEMBER_OF", "Conversation with Foreign Minister Elin Strandberg\n\nQUESTION: Will the ferry tolls rise?\n\nELIN STRANDBERG: We reject any rise in the tolls this year.",
			[]string{"PERSON Elin Strandberg", "!MEMBER_OF Elin Strandberg -> Foreign Ministry"}},
		{"the same title in a body sentence still gives MEMBER_OF", "Foreign Minister Elin Strandberg rejected any rise in the ferry tolls on Monday.",
			[]string{"MEMBER_OF Elin Strandberg -> Foreign Ministry"}},
		// class 33: a body named with "Board", with a participial appositive after it
		{"a name headed by 'Board' is an organization", "The Canal Board, chaired by Commissioner Rita Moen, said it would oppose the dredging levy.",
			[]string{"ORGANIZATION Canal Board", "!PERSON Canal Board", "CLAIMS Canal Board -> oppose the dredging levy"}},
		{"a name headed by 'Guild' is an organization", "The Upland Weavers Guild said the wool levy was unfair.",
			[]string{"ORGANIZATION Upland Weavers Guild", "!PERSON Upland Weavers Guild"}},
		{"the initials of a guild's name join it", "Officials said the Upland Weavers Guild met on Monday. The UWG condemned the wool levy.",
			[]string{"ORGANIZATION Upland Weavers Guild", "alias Upland Weavers Guild = UWG", "OPPOSES Upland Weavers Guild -> wool levy"}},
		// class 44: continents and regions
		{"a continent as subject is no organization", "Europe rejected the tariff on steel.",
			[]string{"!actor Europe"}},
		{"a region as subject is no organization", "Scandinavia welcomed the agreement on fishing quotas.",
			[]string{"!actor Scandinavia"}},
	})
}
