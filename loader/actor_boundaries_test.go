package loader

import "testing"

// Name boundaries found by the independent review of issue 14 (sentences written for these tests).
func TestNameBoundaryRules(t *testing.T) {
	runCases(t, []exCase{
		{"an international organization's acronym opens an organization's name", "The ASEAN Business Council criticized the tariff on Tuesday.",
			[]string{"ORGANIZATION ASEAN Business Council", "!actor Business Council", "OPPOSES ASEAN Business Council -> tariff"}},
		{"hyphenated places open the name of a joint body", "The U.S.-EU Energy Council rejected the levy.",
			[]string{"ORGANIZATION U.S.-EU Energy Council", "!actor Energy Council"}},
		{"a name runs through a country when its acronym spells the whole", "The bid was blocked by the Office of Trade Review in the United Kingdom (OTRUK), which opposed the sale. The United Kingdom is reviewing the case.",
			[]string{"GOVERNMENT Office of Trade Review in the United Kingdom", "alias Office of Trade Review in the United Kingdom = OTRUK", "!alias United Kingdom = OTRUK"}},
		{"an acronym its letters do not spell is no alias of a country", "Officials in France (BXQ) rejected the plan, and France said nothing.",
			[]string{"!alias France = BXQ", "!alias officials in France = BXQ"}},
		{"a party's qualifier in parentheses is part of its name", "The Socialist Party of Chile (Renewal Wing) and the Socialist Party of Chile (Historic Left) rejected the budget on Monday.",
			[]string{"ORGANIZATION Socialist Party of Chile (Renewal Wing)", "ORGANIZATION Socialist Party of Chile (Historic Left)", "!actor Socialist Party of Chile"}},
		{"an acronym matches a known actor only in capitals", "The UN criticized the tariffs. Imports from the Un fell, and Un said nothing.",
			[]string{"!alias United Nations = Un"}},
		{"a meeting numbered by an ordinal is one session, an event", "At the third Great Lakes Forum for Regional Trade, Kenya rejected the quota. The minister will attend the 14th Nairobi International Trade Forum (NITF) in Kenya.",
			[]string{"!actor Great Lakes Forum for Regional Trade", "!actor Nairobi International Trade Forum", "!actor NITF", "OPPOSES Kenya -> quota"}},
		{"a word of a country's name is a short form elsewhere when the article names no such country", "United Airlines cut fares on Monday. United said fares would fall.",
			[]string{"alias United Airlines = United"}},
		{"a word in quotation marks alone is a label", "Critics call the three ministers the 'Triangle'. This 'Triangle' rejected the reform.",
			[]string{"!actor Triangle"}},
		{"a word of a country's name cut by the layout is no actor", "The United Kingdom and the United\nStates met. Tariffs rose sharply, and the United\nnew duties followed as\nStates imposed duties on steel since then.",
			[]string{"!actor States"}},
	})
}

func TestAdministrationHeadAndPlaceModifier(t *testing.T) {
	runCases(t, []exCase{
		{"a surname is no alias of the administration named after the person", "The Harlow administration rejected the treaty on Monday. Harlow said the treaty was unfair.",
			[]string{"!alias Harlow administration = Harlow", "PERSON Harlow"}},
		{"the same with a capitalized Administration", "The Harlow Administration rejected the treaty on Monday. Harlow said the treaty was unfair.",
			[]string{"!alias Harlow Administration = Harlow"}},
		{"a hyphenated pair of heads' names is no person", "The Harlow-Ruiz administration rejected the treaty. Harlow-Ruiz officials said nothing.",
			[]string{"!PERSON Harlow-Ruiz"}},
		{"a bilateral modifier is no short form of the body it opens", "Officials of the Kenya-Ghana Trade Council met in Accra. Kenya-Ghana said nothing about the quota.",
			[]string{"!alias Kenya-Ghana Trade Council = Kenya-Ghana"}},
	})
}

func TestDictionaryNameAcrossConnectors(t *testing.T) {
	runCases(t, []exCase{
		{"a dictionary body's name runs through 'and' and 'in'", "The Organization for Security and Cooperation in Europe criticized the vote on Sunday.",
			[]string{"ORGANIZATION Organization for Security and Cooperation in Europe", "!actor Organization for Security and Cooperation", "OPPOSES Organization for Security and Cooperation in Europe -> vote"}},
		{"a name the dictionary does not list still stops at 'in'", "The Committee for Fair Harbors in Ghana criticized the vote on Sunday.",
			[]string{"!actor Committee for Fair Harbors in Ghana"}},
	})
}
