package loader

import "testing"

// Name-shape rules of organizations and portfolio titles (actor_names.go), each on invented
// sentences that are in no eval or held-out article.
func TestOrgNameRules(t *testing.T) {
	runCases(t, []exCase{
		// orgConnector: "and" inside an organization name after "the"
		{"and inside an organization name", "The Food and Drug Administration, which regulates medicines, approved the vaccine. Inspectors of the Fish and Wildlife Service closed the lake.",
			// the Fish and Wildlife Service is a US state body in the Phoenix dictionary (USAGOV)
			[]string{"GOVERNMENT Food and Drug Administration", "GOVERNMENT Fish and Wildlife Service", "!actor Drug Administration", "!actor Wildlife Service"}},
		{"and between two names stays a coordination", "Talks between Toyota and Harlow Motors ended. The Ways and Means Committee voted on Friday.",
			[]string{"ORGANIZATION Harlow Motors", "!actor Toyota and Harlow Motors", "ORGANIZATION Ways and Means Committee"}},
		// orgConnector: plural possessive inside a name
		{"plural possessive inside a name", "Members of the Lagos Teachers' Federation walked out. The Dock Workers' Union backed them.",
			[]string{"ORGANIZATION Lagos Teachers' Federation", "ORGANIZATION Dock Workers' Union", "!actor Dock Workers", "!actor Teachers"}},
		{"plural possessive without an organization head", "The Farmers' Market opened early. Voters' rights groups complained.",
			[]string{"!actor Farmers' Market", "!actor Farmers"}},
		// nameGenitive: "'s" after an irregular plural of persons inside a name
		{"descriptive genitive of a person plural inside a name", "The Lakeshore Fishermen's Federation said it rejects the quota. The Women's Justice Alliance demanded an inquiry. The Children's Health Society opposed the cuts. The Dockside Men's Club backed the strike.",
			[]string{"ORGANIZATION Lakeshore Fishermen's Federation", "OPPOSES Lakeshore Fishermen's Federation -> quota", "ORGANIZATION Women's Justice Alliance", "DEMANDS Women's Justice Alliance -> inquiry",
				"ORGANIZATION Children's Health Society", "ORGANIZATION Dockside Men's Club", "!actor Justice Alliance", "!actor Health Society", "!actor Club", "!PERSON Lakeshore Fishermen's Federation"}},
		{"a descriptive genitive before a dictionary name's tail", "The People's Bank of China cut rates. The All-China Women's Federation backed the law.",
			[]string{"actor People's Bank of China", "!actor Bank of China", "ORGANIZATION All-China Women's Federation"}},
		{"a name, a lower-case plural or no organization head keeps the possessor apart", "Yemen's Foreign Ministry protested. Zambian fishermen's leaders said the women's team of Mbeki's Party won. Women's groups marched. The Men's Final ends today.",
			[]string{"GOVERNMENT Foreign Ministry (Yemen)", "!actor Yemen's Foreign Ministry", "!actor Mbeki's Party", "!actor fishermen's leaders", "!actor women's team", "!actor Women's groups", "!actor Men's Final"}},
		// markOrgTails: company-name tails
		{"company-name tails make organizations", "Baltic Amber Shipping cut its fleet. Kestrel Valley Mining said output fell.",
			[]string{"ORGANIZATION Baltic Amber Shipping", "ORGANIZATION Kestrel Valley Mining", "!PERSON Kestrel Valley Mining"}},
		{"a tail word alone or a surname is no company", "Gas prices rose. Samantha Reilly Energy? No: Oren Tal said energy was cheap.",
			[]string{"!actor Gas", "PERSON Oren Tal"}},
		// title:portfolio
		{"portfolio before a minister", "Federal Transport Minister Dara Quill said the bridge would reopen. Mining Minister Teo Baraza visited the pit.",
			[]string{"PERSON Dara Quill", "role Dara Quill = Federal Transport Minister", "MEMBER_OF Dara Quill -> Transport Ministry",
				"PERSON Teo Baraza", "MEMBER_OF Teo Baraza -> Mining Ministry", "!actor Federal Transport", "!actor Mining"}},
		{"portfolio takes the country named with it and the body named before", "Kenya's Water Ministry warned of drought. Water Minister Achieng Otieno said wells were dry. Chilean Health Minister Ana Mora agreed.",
			[]string{"MEMBER_OF Achieng Otieno -> Water Ministry", "MEMBER_OF Ana Mora -> Health Ministry (Chile)"}},
		{"prime minister is no portfolio", "Prime Minister Lars Ekdal resigned. Deputy Prime Minister Ivo Rask took over.",
			[]string{"PERSON Lars Ekdal", "!actor Prime Ministry", "PERSON Ivo Rask"}},
	})
}

// Wire datelines in any order of place, region, date and agency (dateline in actor.go).
func TestDatelineRules(t *testing.T) {
	runCases(t, []exCase{
		{"region and agency code after the place", "TEGUCIGALPA, Honduras (HNA) \u2014 Honduras raised fuel prices on Monday.\n\nQUITO, Ecuador \u2014 Ecuador's central bank held rates.",
			[]string{"COUNTRY Honduras", "!alias Honduras = HNA", "!alias Honduras = TEGUCIGALPA", "!actor HNA", "!mention Ecuador = metonymy:capital"}},
		{"date before the agency", "PERTH, Feb 3 (Coral Wire) - Australia cut its wheat forecast.\n\nOSLO, Sept. 9 (NTB) \u2014 Norway said the fund would sell the shares.",
			[]string{"COUNTRY Australia", "!actor Coral Wire", "!actor NTB", "!mention Norway = metonymy:capital"}},
	})
}

// peopleHead: a plural group head ends no organization name.
func TestPeopleHeadRules(t *testing.T) {
	runCases(t, []exCase{
		{"title-case group of a body's people", "Five Senior Treasury Officials resigned on Monday. Two Party Leaders left too.",
			[]string{"!actor Treasury Officials", "!actor Senior Treasury Officials", "GOVERNMENT Treasury", "!actor Party Leaders"}},
		{"organization before a plural head keeps its name", "Harbor Authority Leaders met the mayor. The Harbor Authority said fees would rise.",
			[]string{"GOVERNMENT Harbor Authority", "!actor Harbor Authority Leaders"}},
	})
}

// Person names with the Arabic article, middle names dropped in a later mention, and a country
// before a currency sign (round 4 of issue 14), on invented sentences.
func TestPersonNameForms(t *testing.T) {
	runCases(t, []exCase{
		{"the Arabic article belongs to the surname", "Prime Minister Khalid Ahmed al-Rashidi rejected the proposal. Minister Samir el-Masri criticized the levy.",
			[]string{"PERSON Khalid Ahmed al-Rashidi", "!actor Khalid Ahmed", "OPPOSES Khalid Ahmed al-Rashidi -> proposal", "PERSON Samir el-Masri", "!actor Samir"}},
		{"an English prefix before a hyphen is no name word", "The non-Paris creditors and pro-Beijing lawmakers rejected the plan.",
			[]string{"!actor non-Paris", "!actor pro-Beijing"}},
		{"given and family name join the one fuller name", "Governor Maria Elena Duarte opposed the budget. Later, Maria Duarte said the cuts were unfair.",
			[]string{"PERSON Maria Elena Duarte", "alias Maria Elena Duarte = Maria Duarte"}},
		{"two fuller names leave the short form alone", "Senator Ana Lucia Torres met Judge Ana Maria Torres. Ana Torres said the talks failed.",
			[]string{"PERSON Ana Lucia Torres", "PERSON Ana Maria Torres", "!alias Ana Lucia Torres = Ana Torres", "!alias Ana Maria Torres = Ana Torres"}},
		{"a country before a currency sign names a currency", "The minister was accused of taking US $3 million in bribes. HK $2 billion was pledged by the bank.",
			[]string{"!actor United States", "!actor Hong Kong"}},
	})
}
