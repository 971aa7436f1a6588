package loader

import "testing"

// TestAppositionRules: a description in apposition to a name is the name's (Quirk et al. 1985,
// 17.65–17.80), and a subordinate clause after a name's comma is no appositive (14.12); on
// sentences written for this test (actor_apposition.go, coref_apposition.go).
func TestAppositionRules(t *testing.T) {
	runCases(t, []exCase{
		{"a possessor description after an unknown name is that name's", "Mining row deepens\n\nJAKARTA (Reuters) - Indonesia will keep its ore export ban, officials said on Monday.\n\nWalhi, Indonesia's largest green group, said smelters had polluted rivers and demanded that the government suspend new permits.",
			[]string{"actor Walhi", "country Walhi = IDN", "DEMANDS Walhi -> permits", "!actor largest green group"}},
		{"another country and body type", "Strike looms in Nairobi\n\nNAIROBI (AFP) - Kenyan dock workers voted on Tuesday to stop work.\n\nCotu, Kenya's largest trade union, threatened to call a general strike unless the port lease is cancelled.",
			[]string{"actor Cotu", "country Cotu = KEN", "THREATENS Cotu -> strike", "!actor largest trade union"}},
		{"the pronoun after the apposition takes the name", "Pulp mill criticised\n\nSANTIAGO (Reuters) - Chile approved a pulp mill on Friday.\n\nDefensores, Chile's oldest environmental group, said the mill would poison the river, and it urged the government to revoke the permit.",
			[]string{"actor Defensores", "DEMANDS Defensores -> permit"}},
		{"must not fire: a country's appositive stays a description of the country", "Jakarta budget\n\nJAKARTA (Reuters) - Indonesia, Southeast Asia's largest economy, rejected the tariff plan on Monday.",
			[]string{"OPPOSES Indonesia -> tariff plan", "!actor largest economy"}},
		{"must not fire: a coordination is no apposition", "Dam protest\n\nNAIROBI (Reuters) - Kenya approved the dam on Monday. Dockers and Kenya's largest trade union rejected the plan.",
			[]string{"OPPOSES largest trade union -> plan"}},
		{"must not fire: a person's appositive is a role, not a body", "Court row\n\nMADRID (Reuters) - Spain's cabinet approved the reform. Ana Ruiz, Spain's top judge, said the reform was unlawful.",
			[]string{"actor Ana Ruiz", "role Ana Ruiz = Spain's top judge", "CLAIMS Ana Ruiz -> unlawful"}},
		{"a subordinate clause after a name's comma is no appositive: the name stays a company", "App suspended\n\nA justice on Chile's Supreme Court ordered the suspension of the messaging app Zelta, after the company failed to appoint a legal representative in the country. Zelta, which is based in Dubai, said it would appeal. It accused the court of censorship.",
			[]string{"!PERSON Zelta", "OPPOSES Zelta -> censorship"}},
	})
}

// TestCityBodies: "a Rome court" is that city's court, a GOVERNMENT body of Italy, not Italy
// (cityModifier, actor_apposition.go); on sentences written for this test.
func TestCityBodies(t *testing.T) {
	runCases(t, []exCase{
		{"a capital premodifying a court", "Migrant centres\n\nROME (Reuters) - A Rome court on Saturday refused to validate the detention of seven migrants.",
			[]string{"actor Rome Court (Italy)", "country Rome Court (Italy) = ITA", "OPPOSES Rome Court (Italy) -> detention", "!OPPOSES Italy -> detention"}},
		{"another capital and country", "Oil appeal\n\nPARIS (AFP) - A Paris court rejected the appeal by the oil company on Tuesday.",
			[]string{"OPPOSES Paris Court (France) -> appeal", "!OPPOSES France -> appeal"}},
		{"two cities' courts stay apart, the parliament stays national", "Kenya rulings\n\nNAIROBI (Reuters) - A Nairobi court ordered the activists freed, and the Kenyan parliament rejected the budget. A Mombasa court later dismissed the case.",
			[]string{"actor Nairobi Court (Kenya)", "OPPOSES Parliament (Kenya) -> budget", "!actor Court (Kenya)"}},
		{"must not fire: the capital as the government's seat stays the country", "Tariff row\n\nBEIJING (Reuters) - Beijing on Monday rejected the tariff plan.",
			[]string{"OPPOSES China -> tariff plan"}},
		{"must not fire: a possessor city is no premodifier", "Court ruling\n\nROME (Reuters) - Italy's top court rejected the appeal on Monday.",
			[]string{"!actor Rome Court (Italy)"}},
	})
}

// TestBritishAgentSpellings: an agent noun written in British spelling ("labour union") is a
// descriptive actor as its American form is (lexicon/spelling.go); sentences written for this test.
func TestBritishAgentSpellings(t *testing.T) {
	runCases(t, []exCase{
		{"a British-spelled labour union with a possessor country", "Strike threat\n\nACCRA (BBC) - Ghana's main labour union has threatened to call a nationwide strike unless the government declares an emergency.",
			[]string{"country main labour union = GHA", "THREATENS main labour union -> strike", "!THREATENS Ghana -> strike"}},
		{"the American spelling still works", "Strike threat\n\nLIMA (AP) - Peru's largest labor union threatened to call a general strike on Monday.",
			[]string{"country largest labor union = PER", "THREATENS largest labor union -> strike"}},
	})
}

// TestPossessedBodies: "the African Union's observer mission" acts for the African Union, and
// "the mission" after it refers back to it (possessedBodies, writtenWithHead); sentences written
// for this test.
func TestPossessedBodies(t *testing.T) {
	runCases(t, []exCase{
		{"an organization's mission and the mission after it", "Vote count\n\nLILONGWE (AP) - The African Union's observer mission said that voting had been largely peaceful. The mission called on the electoral commission to publish results by polling station.",
			[]string{"CLAIMS African Union -> voting had been largely peaceful", "DEMANDS African Union -> publish"}},
		{"two candidates: the nearest mission is taken", "Vote count\n\nHARARE (AP) - The European Union's election mission praised the turnout. The African Union's observer mission said the count was slow. The mission urged the commission to publish the tally sheets.",
			[]string{"DEMANDS African Union -> tally sheets", "!DEMANDS European Union -> tally sheets"}},
		{"must not fire: another head is no antecedent", "Vote count\n\nHARARE (AP) - The European Union's election mission praised the turnout. The commission urged parties to accept the results.",
			[]string{"!DEMANDS European Union -> accept"}},
		{"must not fire: a title after the noun", "Vote count\n\nHARARE (AP) - NATO's mission chief Ana Ruiz visited Kabul on Monday.",
			[]string{"actor Ana Ruiz"}},
	})
}

// TestPossessedBodyObject: an organization's body as an object stays the body, not its parent.
func TestPossessedBodyObject(t *testing.T) {
	runCases(t, []exCase{
		{"must not fire: the possessed body as an object", "Briefing\n\nWASHINGTON (Reuters) - The State Department said it backed the African Union's peacekeeping mission in Somalia.",
			[]string{"SUPPORTS State Department -> peacekeeping mission"}},
	})
}

// TestPronounPossessor: "it" prefers a phrase's head to a possessor inside another phrase
// (possessorMention, after Lappin & Leass 1994), and never the object of its own clause.
func TestPronounPossessor(t *testing.T) {
	runCases(t, []exCase{
		{"it takes the company, not the possessor country", "Privacy row\n\nNAIROBI (Reuters) - Kenya's High Court ordered the telecom company Safaricom to hand over customer records. It accused the court of violating privacy.",
			[]string{"OPPOSES Safaricom -> court", "!OPPOSES Kenya -> court"}},
		{"another country and company", "Data row\n\nLIMA (Reuters) - Peru's Constitutional Court ordered the delivery firm Rapidito to suspend operations. It accused the court of overreach.",
			[]string{"OPPOSES Rapidito -> court", "!OPPOSES Peru -> court"}},
		{"must not fire: a possessor alone still takes it", "Envoy row\n\nLIMA (Reuters) - Peru's president met mining executives on Monday. It said it would expel the Chilean envoy.",
			[]string{"CLAIMS Peru -> expel the Chilean envoy"}},
	})
}

// TestDefiniteWholeWord: "the mission" is no "Electoral Commission" (nameHoldsHead).
func TestDefiniteWholeWord(t *testing.T) {
	runCases(t, []exCase{
		{"must not fire: a head inside another word", "Vote\n\nLILONGWE (AP) - The Zambia Electoral Commission declared the winner on Sunday. The mission urged calm.",
			[]string{"!DEMANDS Zambia Electoral Commission -> calm"}},
		{"a plural name word still holds the head", "Strike\n\nLUSAKA (AP) - The Zambia Congress of Trade Unions rejected the wage offer. The union said it would strike on Monday.",
			[]string{"CLAIMS Zambia Congress of Trade Unions -> strike"}},
	})
}

// TestAppositionAnchor: a description in apposition between a name and its verb leaves the name
// the actor (appositionAnchor); sentences written for this test.
func TestAppositionAnchor(t *testing.T) {
	runCases(t, []exCase{
		{"a possessor description between name and verb", "Court\n\nNAIROBI (AP) - The Kenyan Bar Association, the country's main lawyers' body, rejected the measure.",
			[]string{"OPPOSES Kenyan Bar Association -> measure"}},
		{"another body and cue", "Pay\n\nACCRA (AP) - The Ghana Medical Association, the country's main doctors' body, rejected the pay offer.",
			[]string{"OPPOSES Ghana Medical Association -> pay offer"}},
		{"must not fire: a country's description keeps the country", "Tariffs\n\nJAKARTA (AP) - Indonesia, the region's largest economy, rejected the tariff plan.",
			[]string{"OPPOSES Indonesia -> tariff plan"}},
		{"must not fire: the description names another body", "Court\n\nNAIROBI (AP) - Ana Ruiz, the head of the Law Society of Kenya, said the court rejected the measure.",
			[]string{"!OPPOSES Ana Ruiz -> measure"}},
	})
}
