package loader

import "testing"

// TestPortfolioDemonym: a demonym or region adjective before a portfolio noun is a word of the
// title's for/of-portfolio (portfolioDemonym), so the name after it is the holder; near misses:
// a demonym before a name (the holder's nationality) and a portfolio without a demonym.
func TestPortfolioDemonym(t *testing.T) {
	runCases(t, []exCase{
		{"for region adjective", "Malta news\n\nMinister for European Affairs Clara Vella said Malta welcomed the agreement.",
			[]string{"PERSON Clara Vella", "role Clara Vella = Minister for European Affairs", "!actor European Affairs Clara Vella", "CLAIMS Clara Vella -> welcomed"}},
		{"of region adjective", "Egypt news\n\nDeputy Minister of African Affairs Omar Farouk criticised the decision.",
			[]string{"PERSON Omar Farouk", "!actor African Affairs Omar Farouk"}},
		{"country demonym", "Hungary news\n\nMinister for Hungarian Affairs Abroad Istvan Nagy said Hungary would help.",
			[]string{"!actor Hungarian Affairs Abroad Istvan Nagy"}},
		{"near miss: nationality before the holder", "Malta news\n\nThe minister met Maltese lawyer Clara Vella on Monday.",
			[]string{"!actor Maltese Clara Vella"}},
		{"near miss: plain portfolio", "Malta news\n\nMinister for Trade Clara Vella said Malta welcomed the agreement.",
			[]string{"PERSON Clara Vella", "role Clara Vella = Minister for Trade"}},
	})
}

// TestEventHeads: a city before a sports event's or festival's head noun names an event, no
// organization (eventHeads, OntoNotes 5.0 EVENT); near miss: a company named after its city.
func TestEventHeads(t *testing.T) {
	runCases(t, []exCase{
		{"games", "Canada news\n\nCanada said the Ottawa Games would be postponed.", []string{"!actor Ottawa Games", "CLAIMS Canada -> postponed"}},
		{"marathon", "Ireland news\n\nThe Dublin Marathon was cancelled because of the storm, Ireland said.", []string{"!actor Dublin Marathon"}},
		{"festival", "Scotland news\n\nThe Edinburgh Festival drew record crowds, Britain said.", []string{"!actor Edinburgh Festival"}},
		{"near miss: company", "Japan news\n\nOsaka Gas said Japan would cut imports.", []string{"ORGANIZATION Osaka Gas"}},
	})
}

// TestAgentGenitive: the genitive of a plural agent noun classifies the group head after it
// (agentGenitive), so "Dockers' leaders" is a group with or without a known place after it; near
// misses: a country's genitive stays the possessor, a singular genitive classifies nothing.
func TestAgentGenitive(t *testing.T) {
	runCases(t, []exCase{
		{"irregular plural, unknown town", "Portugal news\n\nFishermen's leaders in Vila Nova rejected the ministry's proposal.",
			[]string{"OPPOSES Fishermen's leaders -> proposal"}},
		{"regular plural, sentence-initial", "Chile news\n\nMiners' leaders demanded a new contract.",
			[]string{"DEMANDS Miners' leaders -> contract"}},
		{"lower case after the article", "Ghana news\n\nOn Monday the farmers' leaders rejected the new tariff.",
			[]string{"OPPOSES farmers' leaders -> tariff"}},
		{"near miss: a country's genitive", "Ghana news\n\nKenya's leaders rejected the new tariff.",
			[]string{"GROUP Kenya leaders", "country Kenya leaders = KEN"}},
		{"near miss: singular genitive", "Ghana news\n\nThe farmer's leaders rejected the new tariff.",
			[]string{"!actor farmer's leaders"}},
	})
}

// TestTemporalAdjectiveAgent: an attributive temporal adjective ("former", "ex", "outgoing")
// between a possessor or nationality and an agent noun stays inside the descriptive actor
// (temporalAdjective), so the group keeps its country; near miss: "then" as an adverb.
func TestTemporalAdjectiveAgent(t *testing.T) {
	runCases(t, []exCase{
		{"possessor", "Peru news\n\nPeru's former police officers demanded a pension increase.",
			[]string{"country former police officers (Peru) = PER", "DEMANDS former police officers (Peru) -> pension"}},
		{"nationality", "Ghana news\n\nNigerian former miners rejected the settlement.",
			[]string{"country Nigerian former miners = NGA", "OPPOSES Nigerian former miners -> settlement"}},
		{"near miss: adverb then", "Ghana news\n\nThe talks in Ghana stalled and then soldiers blocked the road.",
			[]string{"!actor then soldiers (Ghana)", "!actor Ghana and then soldiers"}},
	})
}

// TestPortfolioHeadHolder: "the <demonym> minister" after one holder of a portfolio title of that
// country ("Austrian Finance Minister X") refers to that holder (namedHolder,
// portfolioHeadTitle); near misses: a deputy's title, and two holders of the country.
func TestPortfolioHeadHolder(t *testing.T) {
	runCases(t, []exCase{
		{"portfolio title", "Vienna news\n\nAustrian Finance Minister Lukas Gruber met bankers on Monday. The Austrian minister rejected the new levy.",
			[]string{"!actor Austrian minister", "OPPOSES Lukas Gruber -> levy"}},
		{"of-portfolio title", "Lima news\n\nPeruvian Minister of Energy Rosa Vargas visited the mine. The Peruvian minister criticised the delays.",
			[]string{"!actor Peruvian minister", "OPPOSES Rosa Vargas -> delays"}},
		{"near miss: deputy", "Vienna news\n\nAustrian Deputy Finance Minister Lukas Gruber met bankers. The Austrian minister rejected the new levy.",
			[]string{"GOVERNMENT Austrian minister"}},
		{"near miss: two holders", "Vienna news\n\nAustrian Finance Minister Lukas Gruber met Austrian Trade Minister Eva Huber. The Austrian minister rejected the new levy.",
			[]string{"GOVERNMENT Austrian minister"}},
	})
}
