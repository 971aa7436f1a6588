package loader

import "testing"

// Issue 14, no junk (name boundaries): a legislature's head inside a longer name and a country's
// name after a non-state organization's (actor_namedheads.go), on sentences written for these
// rules, both sides of each: the organization, and the legislature or state body that must stay.
func TestNamedHeads(t *testing.T) {
	runCases(t, []exCase{
		// a legislature's head after other name words: one organization
		{"a union federation named with its country and Congress", "The Ghana Labour Congress rejected the new fuel levy on Tuesday.",
			[]string{"ORGANIZATION Ghana Labour Congress", "country Ghana Labour Congress = GHA", "code Ghana Labour Congress = GHALAB",
				"!actor Congress", "!actor Ghana", "OPPOSES Ghana Labour Congress -> fuel levy"}},
		{"a union federation without a country", "The Trades Union Congress criticized the pension cuts.",
			[]string{"ORGANIZATION Trades Union Congress", "!actor Congress", "!actor Trades Union"}},
		{"a party named with a demonym and Congress", "The Iraqi National Congress boycotted the talks in Baghdad.",
			[]string{"ORGANIZATION Iraqi National Congress", "country Iraqi National Congress = IRQ", "!code Iraqi National Congress = IRQLEG", "!actor Congress"}},
		{"Congress of a non-state agent", "The Congress of Malawian Trade Unions rejected the wage freeze.",
			[]string{"ORGANIZATION Congress of Malawian Trade Unions", "!actor Congress", "OPPOSES Congress of Malawian Trade Unions -> wage freeze"}},
		{"a country's name before Congress of a non-state agent", "The Uganda Congress of Trade Unions threatened a strike.",
			[]string{"ORGANIZATION Uganda Congress of Trade Unions", "country Uganda Congress of Trade Unions = UGA", "code Uganda Congress of Trade Unions = UGALAB", "!actor Uganda"}},
		{"a youth parliament is no legislature", "The Youth Parliament demanded free tuition.",
			[]string{"ORGANIZATION Youth Parliament"}},
		// the legislature side: a country's name, a demonym, a possessor, "of" a country
		{"a demonym before Congress is the state's legislature", "The Guatemalan Congress rejected the budget.",
			[]string{"GOVERNMENT Congress (Guatemala)", "code Congress (Guatemala) = GTMLEG"}},
		{"a possessor before Congress", "Ecuador's Congress rejected the budget.",
			[]string{"GOVERNMENT Congress (Ecuador)", "code Congress (Ecuador) = ECULEG"}},
		{"a country's short name before Congress", "The US Congress rejected the budget.",
			[]string{"GOVERNMENT Congress", "country Congress = USA"}},
		{"a country's name before Senate", "The Nigerian Senate rejected the budget.",
			[]string{"GOVERNMENT Senate (Nigeria)", "code Senate (Nigeria) = NGALEG"}},
		{"Congress of the Republic names a legislature", "Peru's Congress of the Republic rejected the budget.",
			[]string{"GOVERNMENT Congress of the Republic (Peru)", "country Congress of the Republic (Peru) = PER"}},
		{"a country's name before a known legislature's head", "The Kenya Senate rejected the budget on Tuesday.",
			[]string{"GOVERNMENT Senate (Kenya)", "code Senate (Kenya) = KENLEG", "OPPOSES Senate (Kenya) -> budget", "!OPPOSES Kenya -> budget"}},
		{"a word before a demonym opens a dictionary's name", "The Free Syrian Army rejected the ceasefire.",
			[]string{"ORGANIZATION Free Syrian Army", "code Free Syrian Army = SYRREB", "!actor Army (Syria)"}},
		{"a demonym before Army is the state's army", "The Syrian Army rejected the ceasefire.",
			[]string{"GOVERNMENT Army (Syria)"}},
		{"a region's name before Parliament stays a legislature", "The Scottish Parliament rejected the budget.",
			[]string{"GOVERNMENT Scottish Parliament"}},
		{"bare Congress stays the known legislature", "Congress rejected the budget on Tuesday.",
			[]string{"GOVERNMENT Congress"}},
		// state bodies named with their country keep working
		{"a country's name before a ministry", "China Foreign Ministry spokesman Lin Jian rejected the claim.",
			[]string{"GOVERNMENT Foreign Ministry (China)"}},
		{"a possessor before a court", "Brazil's Supreme Court suspended the decree.",
			[]string{"GOVERNMENT Supreme Court (Brazil)", "code Supreme Court (Brazil) = BRAJUD"}},
		// a non-state organization followed by a country's name: its national branch
		{"a one-word NGO and a country", "Greenpeace Argentina criticized the mining law on Monday.",
			[]string{"ORGANIZATION Greenpeace Argentina", "country Greenpeace Argentina = ARG", "code Greenpeace Argentina = NGOARGENV",
				"!actor Argentina", "OPPOSES Greenpeace Argentina -> mining law"}},
		{"a two-word NGO and a country's short name", "Amnesty International UK condemned the deportations.",
			[]string{"ORGANIZATION Amnesty International UK", "country Amnesty International UK = GBR", "code Amnesty International UK = NGOGBRHRIAMN",
				"!actor United Kingdom", "!actor Amnesty International"}},
		{"a country's name before an NGO's", "The Uganda Red Cross condemned the attack on the clinic.",
			[]string{"ORGANIZATION Uganda Red Cross", "country Uganda Red Cross = UGA", "code Uganda Red Cross = NGOUGAHLHIRC", "!actor Uganda"}},
		{"a country's name before an NGO's name and an organization head", "The Uganda Red Cross Society condemned the attack on the clinic.",
			[]string{"ORGANIZATION Uganda Red Cross Society", "country Uganda Red Cross Society = UGA", "!actor Uganda", "!actor Red Cross Society"}},
		{"a statement lead-in credits the branch", "From Greenpeace Argentina: \"The mining law is a disaster for the glaciers.\"",
			[]string{"CLAIMS Greenpeace Argentina -> mining law is a disaster", "!CLAIMS Argentina -> mining law"}},
		{"an NGO, a comma and a country are two actors", "Greenpeace, Argentina and Chile signed the glacier pact.",
			[]string{"!actor Greenpeace Argentina", "actor Argentina"}},
		{"a company and a country in a clause are no branch", "Officials told Reuters Argentina would sign the pact.",
			[]string{"!actor Reuters Argentina", "actor Argentina"}},
	})
}
