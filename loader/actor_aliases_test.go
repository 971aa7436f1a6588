package loader

import "testing"

// Short forms, name continuations and non-bodies found by the third independent review of issue 14
// (sentences written for these tests, none from the corpus).
func TestShortFormsAndNonBodies(t *testing.T) {
	runCases(t, []exCase{
		{"a numbered round of a body is no alias of it", "Talks on the fourth replenishment of the Green Fund for Rivers (GFR) opened. The second round of GFR (GFR-4) will end in May, and donors want GFR-4 to cut costs.",
			[]string{"ORGANIZATION Green Fund for Rivers", "alias Green Fund for Rivers = GFR", "!alias Green Fund for Rivers = GFR-4", "!actor GFR-4"}},
		{"an acronym spelling the body inside a committee's name is that body's", "Ana Ruiz, Chair of the Budget Committee of the Andean Workers Federation (AWF), rejected the plan. The AWF later backed it.",
			[]string{"!alias Budget Committee of the Andean Workers Federation = AWF", "alias Andean Workers Federation = AWF"}},
		{"an acronym spelling the whole name stays its alias", "The Committee on Trade Remedies (CTR) rejected the levy.",
			[]string{"alias Committee on Trade Remedies = CTR"}},
		{"an acronym that is a modifier is no short form of the longer name", "The ASCO Regional Council Delegates will meet in June. The ASCO summit opens on Monday, and ASCO rejected the tariffs.",
			// (nodes25: the run's head "Delegates" names people, so "ASCO Regional Council Delegates"
			// is no organization at all now, premodifierOrgWord; the acronym stays its own)
			[]string{"ORGANIZATION ASCO", "!ORGANIZATION ASCO Regional Council Delegates"}},
		{"an acronym of a common compound noun is a measure", "The bank asked for a general capital increase. Donors debated the capital increase for months. Backing the GCI would lock in reforms, the minister said.",
			[]string{"!actor GCI"}},
		{"an unexpanded acronym with no such compound stays an organization", "The talks were hosted by ZKT. ZKT rejected the proposal on Monday.",
			[]string{"ORGANIZATION ZKT"}},
		{"a common-noun name after a preposition without an article is no body", "The agreement was negotiated under Fast Track Authority. The Civil Aviation Authority rejected the plan.",
			[]string{"!actor Fast Track Authority", "actor Civil Aviation Authority"}},
		{"a body's remit after 'on' is part of its name, no program", "He sent the report of the Advisory Council on Agricultural Trade Policies to the minister.",
			[]string{"ORGANIZATION Advisory Council on Agricultural Trade Policies", "!actor Advisory Council", "!POLICY Agricultural Trade Policies"}},
		{"a title noun before an organization head is part of the body's name", "Officials lodged a protest through the Special Envoy Office in Lima on Monday.",
			[]string{"actor Special Envoy Office", "!actor Office"}},
		{"a city opening the name of a body with no state head is part of the name", "The Lima Representative Office protested on Monday. The Lima Foreign Ministry said nothing.",
			[]string{"actor Lima Representative Office", "!actor Office", "country Lima Representative Office = PER", "!actor Lima Foreign Ministry", "country Foreign Ministry = PER"}},
		{"a title before a body's name of several words stays out of it", "Governor Central Bank officials met on Monday.",
			[]string{"!actor Governor Central Bank"}},
		{"a country's possessive before an international organization is the head noun's", "Ghana's new IMF program is working, officials said.",
			[]string{"!PART_OF International Monetary Fund -> Ghana"}},
		{"a national body's possessive still makes it part of the country", "Ghana's Commerce Ministry rejected the tariff.",
			[]string{"PART_OF Commerce Ministry (Ghana) -> Ghana"}},
	})
}

func TestTicketAdministration(t *testing.T) {
	runCases(t, []exCase{
		{"an administration named after its head is the one named after head and deputy", "The Harlow-Ruiz administration rejected the treaty on Monday. Officials said the Harlow administration would appeal.",
			[]string{"GOVERNMENT Harlow-Ruiz administration", "alias Harlow-Ruiz administration = Harlow administration"}},
		{"two tickets with one head leave the bare name alone", "The Harlow-Ruiz administration and the Harlow-Dunn administration disagreed. The Harlow administration rejected the treaty.",
			[]string{"!alias Harlow-Ruiz administration = Harlow administration", "!alias Harlow-Dunn administration = Harlow administration"}},
	})
}

func TestStateBodiesByAgentAndParent(t *testing.T) {
	runCases(t, []exCase{
		{"a Phoenix state agent heading the name makes a state body", "The Securities and Exchange Commission rejected the listing on Monday.",
			[]string{"GOVERNMENT Securities and Exchange Commission"}},
		{"a business agent heading the name does not", "The Chamber of Commerce of Lima rejected the tariff. The Peru Chamber of Mines backed it.",
			[]string{"!GOVERNMENT Chamber of Commerce of Lima", "!GOVERNMENT Peru Chamber of Mines"}},
		{"an international body of the dictionary stays an organization whatever its head word, on every mention of its acronym", "The World Health Assembly (WHA) rejected the proposal. This year's WHA refused to discuss it.",
			[]string{"ORGANIZATION World Health Assembly", "alias World Health Assembly = WHA"}},
		{"a body of a known state body is a state body of its country", "The Grain Pricing Commission of the State Council rejected the quota.",
			[]string{"GOVERNMENT Grain Pricing Commission of the State Council", "country Grain Pricing Commission of the State Council = CHN"}},
	})
}

func TestBodyNamedAfterProgram(t *testing.T) {
	runCases(t, []exCase{
		{"a body named after the program it serves keeps the program in its name; the acronym is the program's",
			"Kenya will attend a session of the Steering Committee of the Lake Basin Water Accord (LBWA) in Nairobi. The Steering Committee meeting will review the LBWA.",
			[]string{"ORGANIZATION Steering Committee of the Lake Basin Water Accord", "alias Steering Committee of the Lake Basin Water Accord = Steering Committee",
				"!alias Steering Committee of the Lake Basin Water Accord = LBWA", "!actor LBWA"}},
		{"a program name goes on after its head with 'of'", "The Andean Plan of Action was rejected by Peru on Monday.",
			[]string{"!actor Andean Plan of Action", "!actor Andean Plan"}},
	})
}

func TestDelegationHeadCountry(t *testing.T) {
	runCases(t, []exCase{
		{"the head of a national delegation is of its country, and so is the body his title implies", "Kenya and Peru met in Geneva. The Kenyan delegation, headed by Treasury Secretary Amos Kiprono, rejected the quota.",
			[]string{"country Amos Kiprono = KEN", "MEMBER_OF Amos Kiprono -> Treasury (Kenya)"}},
		{"no delegation, no country guessed", "Kenya and Peru met in Geneva. Treasury Secretary Amos Kiprono rejected the quota.",
			[]string{"!country Amos Kiprono = KEN", "!country Amos Kiprono = PER"}},
	})
}

func TestTitlePluralGroup(t *testing.T) {
	runCases(t, []exCase{
		{"a name headed by the plural of a title is a group of office holders", "The ASCO Security Council Secretaries will hold a meeting in Lima. The Council of Governors rejected the plan.",
			[]string{"GROUP ASCO Security Council Secretaries", "!ORGANIZATION ASCO Security Council Secretaries", "actor Council of Governors", "!GROUP Council of Governors"}},
	})
}

func TestStateBodyModifiers(t *testing.T) {
	runCases(t, []exCase{
		{"a committee named after the state body it belongs to", "The Peruvian Senate Committee on Fisheries rejected the quota.",
			[]string{"GOVERNMENT Senate Committee on Fisheries", "alias Senate Committee on Fisheries = Committee on Fisheries", "country Senate Committee on Fisheries = PER", "PART_OF Senate Committee on Fisheries -> Senate (Peru)"}},
		{"State modifying an administrative head", "The State Planning Commission of Laos rejected the plan. The State Grid Corporation welcomed it.",
			[]string{"GOVERNMENT State Planning Commission of Laos", "!GOVERNMENT State Grid Corporation"}},
	})
}

func TestKnownNationalBody(t *testing.T) {
	runCases(t, []exCase{
		{"a known body named without its nationality word, the country given apart", "China's ruling Communist Party rejected the plan. Kenya's Communist Party backed it.",
			[]string{"alias Chinese Communist Party = Communist Party", "country Communist Party = KEN"}},
	})
}

func TestAdministrationCountry(t *testing.T) {
	runCases(t, []exCase{
		{"an administration named after its head is the head's state's", "Kenyan President Samuel Odhiambo opened the port. The Odhiambo administration rejected the tariffs.",
			[]string{"country Odhiambo administration = KEN", "OPPOSES Odhiambo administration -> tariffs"}},
		{"two namesakes of two countries leave it without", "Kenyan President Samuel Odhiambo met Ugandan minister Grace Odhiambo. The Odhiambo government rejected the tariffs.",
			[]string{"GOVERNMENT Odhiambo government", "!country Odhiambo government = KEN", "!country Odhiambo government = UGA"}},
	})
}
