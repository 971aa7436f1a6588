package loader

import "testing"

// Round 18 (branch actors18): countries of state actors, surname aliases, split bodies. Every
// sentence was written for these tests; none comes from the corpus, the dev or the held-out sets.

func TestRound18FormalStateNames(t *testing.T) {
	runCases(t, []exCase{
		{"a title's of-phrase names the state by its ISO 3166-1 full name", "Vice President Amina Sule of the Federal Republic of Nigeria welcomed the pact.",
			[]string{"PERSON Amina Sule", "country Amina Sule = NGA", "!actor Federal Republic"}},
		{"a federal full name of another continent", "Minister of Trade Rahel Tesfaye of the Federal Democratic Republic of Ethiopia urged other states to join.",
			[]string{"country Rahel Tesfaye = ETH"}},
		{"an adjective-led full name", "Foreign Minister Pablo Ferreyra of the Eastern Republic of Uruguay rejected the claims.",
			[]string{"country Pablo Ferreyra = URY", "GOVERNMENT Foreign Ministry (Uruguay)"}},
		{"a kingdom's full name", "Prime Minister Lars Holm of the Kingdom of Denmark criticized the levy.",
			[]string{"country Lars Holm = DNK"}},
		{"a plural-shaped full name is no organization", "Foreign Secretary Ana Ruiz of the United Mexican States rejected the tariff.",
			[]string{"country Ana Ruiz = MEX", "!actor States", "alias Mexico = United Mexican States"}},
		{"a speaker before 'of the <full name>' keeps the claim", "Foreign Minister Pablo Ferreyra of the Eastern Republic of Uruguay said the agreement would cut tariffs on beef.",
			[]string{"CLAIMS Pablo Ferreyra -> the agreement would cut tariffs on beef", "!CLAIMS Uruguay -> the agreement would cut tariffs on beef"}},
		{"the same after a participle", "Vice President Amina Sule of the Federal Republic of Nigeria welcomed the pact, saying it would open new markets.",
			[]string{"CLAIMS Amina Sule -> it would open new markets", "!CLAIMS Nigeria -> it would open new markets"}},
		{"the full name as a subject is the country", "The Republic of Kenya rejected the ruling.",
			[]string{"OPPOSES Kenya -> ruling"}},
	})
}

func TestRound18SharedSurname(t *testing.T) {
	runCases(t, []exCase{
		{"a surname two persons bear is no alias of either", "Chinese Foreign Minister Wang Yi met the delegation on Friday. Wang said China opposes the sanctions. Vice President Wang Qishan will visit next month.",
			[]string{"PERSON Wang Yi", "PERSON Wang Qishan", "!alias Wang Yi = Wang", "!alias Wang Qishan = Wang"}},
		{"a titled surname resolves but the bare surname is no alias", "Vice President Park Ji-hoon met Finance Minister Park Soo-min in Seoul. Vice President Park said the budget would pass.",
			[]string{"PERSON Park Ji-hoon", "PERSON Park Soo-min", "!alias Park Ji-hoon = Park", "!alias Park Soo-min = Park",
				"alias Park Ji-hoon = Vice President Park", "!alias Park Soo-min = Vice President Park"}},
		{"a title on second reference picks the namesake who holds it", "Senator Maria Okafor and Governor Daniel Okafor met in Abuja. Governor Okafor said the state opposes the levy.",
			[]string{"alias Daniel Okafor = Governor Okafor", "!alias Maria Okafor = Governor Okafor"}},
		{"a western surname shared by two persons", "Senator Maria Okafor and Governor Daniel Okafor met in Abuja. Okafor said the state opposes the levy.",
			[]string{"!alias Maria Okafor = Okafor", "!alias Daniel Okafor = Okafor"}},
		{"one person of that surname keeps the alias", "Chinese Foreign Minister Wang Yi met the delegation on Friday. Wang said China opposes the sanctions.",
			[]string{"PERSON Wang Yi", "alias Wang Yi = Wang"}},
		{"one Okafor keeps the alias", "Governor Daniel Okafor met the delegation in Abuja. Okafor said the state opposes the levy.",
			[]string{"alias Daniel Okafor = Okafor"}},
	})
}

func TestRound18LongAppositive(t *testing.T) {
	runCases(t, []exCase{
		{"a coordinated appositive of more than sixteen words keeps its last title's body", "Li Qiang, member of the Standing Committee of the Political Bureau of the CPC Central Committee and Chairman of the CPPCC, visited Nairobi on Monday.",
			[]string{"MEMBER_OF Li Qiang -> CPPCC", "country Li Qiang = CHN"}},
		{"the same with a spelled-out body", "Aigerim Sadykova, member of the board of the Eurasian Development Bank and Deputy Prime Minister of Kazakhstan, arrived in Beijing on Sunday.",
			[]string{"country Aigerim Sadykova = KAZ"}},
		{"a clause after the comma is no appositive, however long", "Omar Haddad, who met the envoys of the member states of the Arab League and the African Union in Cairo on Monday, rejected the plan.",
			[]string{"!MEMBER_OF Omar Haddad -> African Union", "!MEMBER_OF Omar Haddad -> Arab League"}},
	})
}

func TestRound18CompoundSurname(t *testing.T) {
	runCases(t, []exCase{
		{"two surnames name the dictionary person whose four-word name ends in them", "Mexico will host the talks. President-elect Lopez Obrador said he opposes the tariffs.",
			[]string{"PERSON Andres Manuel Lopez Obrador", "alias Andres Manuel Lopez Obrador = Lopez Obrador", "country Andres Manuel Lopez Obrador = MEX"}},
		{"another dictionary person, another country", "Colombia rejected the plan. Former agriculture minister Arias Leiva criticized the decision.",
			[]string{"PERSON Andres Felipe Arias Leiva", "country Andres Felipe Arias Leiva = COL"}},
		{"the article's own country evidence wins over a namesake", "Chile and Mexico signed the pact. Chilean minister Cordero Arroyo criticized the levy.",
			[]string{"PERSON Cordero Arroyo", "country Cordero Arroyo = CHL", "!actor Ernesto Javier Cordero Arroyo"}},
		{"the dictionary person's country must be named in the article", "President-elect Lopez Obrador said he opposes the tariffs.",
			[]string{"!actor Andres Manuel Lopez Obrador"}},
		{"one surname alone is no compound", "Mexico will host the talks. Senator Lopez said he opposes the tariffs.",
			[]string{"!actor Andres Manuel Lopez Obrador"}},
	})
}

func TestRound18AdministrationOfficials(t *testing.T) {
	runCases(t, []exCase{
		{"officials of the one administration the article names", "The Obama administration is weighing new curbs on steel imports, administration officials said on Thursday.",
			[]string{"GROUP administration officials", "country administration officials = USA"}},
		{"another state named beside the administration", "Kenya will host the talks. The Obama administration will send a delegation to Nairobi, administration officials said.",
			[]string{"country administration officials = USA"}},
		{"two administrations of two states: no country", "The Obama administration and Russia's Putin administration traded charges, administration officials said.",
			[]string{"GROUP administration officials", "country administration officials = "}},
		{"no administration named: no country", "The curbs on steel imports will take effect in May, administration officials said.",
			[]string{"GROUP administration officials", "country administration officials = "}},
	})
}

func TestRound18CoordinatedAppositives(t *testing.T) {
	runCases(t, []exCase{
		{"a membership coordinated with an office: both bodies", "Zhao Lin, member of the Political Bureau of the CPC Central Committee and Chairman of the Standing Committee of the National People's Congress, arrived in Astana.",
			[]string{"MEMBER_OF Zhao Lin -> Political Bureau of the CPC Central Committee", "MEMBER_OF Zhao Lin -> Standing Committee of the National People's Congress", "country Zhao Lin = CHN"}},
		{"an organ of a known party is of the party's country", "Li Qiang, member of the Political Bureau of the CPC Central Committee, met the delegation in Nairobi. The Political Bureau of the CPC Central Committee rejected the report.",
			[]string{"country Political Bureau of the CPC Central Committee = CHN"}},
		{"an organ of an unknown owner takes no country", "The Secretariat of the Lusaka Traders Central Committee rejected the levy.",
			[]string{"country Secretariat of the Lusaka Traders Central Committee = "}},
		{"coordinated titles share the last one's of-phrase", "Aigul Temirova, Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan, said the two sides would sign an agreement.",
			[]string{"MEMBER_OF Aigul Temirova -> Foreign Ministry (Kazakhstan)", "country Aigul Temirova = KAZ"}},
		{"the same with another state", "Mariam Okello, Deputy President and Minister of Finance of Uganda, rejected the budget cuts.",
			[]string{"country Mariam Okello = UGA"}},
		{"a membership of no named body gives no membership", "Omar Haddad, member of the public and Chairman of the Hillside Residents Association, rejected the plan.",
			[]string{"MEMBER_OF Omar Haddad -> Hillside Residents Association", "!actor public"}},
	})
}

func TestRound18TitledOfBody(t *testing.T) {
	runCases(t, []exCase{
		{"a titled name's of-phrase names the body of the office", "Director-General Amara Diop of the West African Ports Council rejected the new levy.",
			[]string{"MEMBER_OF Amara Diop -> West African Ports Council"}},
		{"a state body after the titled name gives its country", "Director Elena Petrova of the Bulgarian Energy Regulatory Commission criticized the tariff.",
			[]string{"MEMBER_OF Elena Petrova -> Bulgarian Energy Regulatory Commission", "country Elena Petrova = BGR"}},
		{"a country after the titled name stays the title:modifier rule", "President Samia Suluhu Hassan of Tanzania rejected the plan.",
			[]string{"MEMBER_OF Samia Suluhu Hassan -> Tanzania", "!MEMBER_OF Samia Suluhu Hassan -> Tanzania = title:of-body"}},
		{"a possessor after 'of' is no body of the office", "Director Amara Diop of the West African Ports Council's legal unit rejected the levy.",
			[]string{"!MEMBER_OF Amara Diop -> West African Ports Council"}},
		{"an of-phrase of something else is no body", "Director Amara Diop of Dakar rejected the levy.",
			[]string{"!MEMBER_OF Amara Diop -> Dakar"}},
	})
}

func TestRound18RegimeByNearestState(t *testing.T) {
	runCases(t, []exCase{
		{"the state named in the regime's sentence picks among dictionary namesakes", "Costa Rica hosted the donors. In Nicaragua, the Ortega regime rejected the election audit.",
			[]string{"GOVERNMENT Ortega regime", "country Ortega regime = NIC"}},
		{"the same as an object", "Costa Rica hosted the donors. The banks in Nicaragua stopped lending to the Ortega government, which rejected the audit.",
			[]string{"country Ortega government = NIC"}},
		{"no state in the sentence: no country", "Costa Rica and Nicaragua hosted the donors. Later, the Ortega regime rejected the election audit.",
			[]string{"GOVERNMENT Ortega regime", "country Ortega regime = "}},
		{"both namesakes' states in the sentence: no country", "In Nicaragua and Costa Rica, the Ortega regime rejected the election audit.",
			[]string{"GOVERNMENT Ortega regime", "country Ortega regime = "}},
	})
}
