package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// Round 21 of issue 14 (actors: countries, kinds, identity): sentences written for these rules.

// TestRound21HeadFinalKinds: the kind of a name is its head's (actor_headkind.go).
func TestRound21HeadFinalKinds(t *testing.T) {
	runCases(t, []exCase{
		{"a federation of farm bureaus is no state bureau", "The American Farm Bureau Federation opposed the new tariffs on soybeans.",
			[]string{"ORGANIZATION American Farm Bureau Federation"}},
		{"a union of government employees", "The National Government Employees Union demanded a pay rise for nurses.",
			[]string{"ORGANIZATION National Government Employees Union"}},
		{"a police staff association", "The Police Federation criticised the plan to cut overtime pay.",
			[]string{"ORGANIZATION Police Federation"}},
		{"a task force is a body of whoever convenes it", "The Financial Action Task Force warned Pakistan on Friday about terror financing.",
			[]string{"ORGANIZATION Financial Action Task Force"}},
		{"\"force\" not the head of a French name", "The French union Force Ouvrière called a national strike on Tuesday.",
			[]string{"ORGANIZATION Force Ouvrière"}},
		{"control: an air force is a state's", "The Nigerian Air Force bombed the camp near the border on Monday.",
			[]string{"GOVERNMENT Air Force (Nigeria)"}},
		{"control: a defence force, British spelling", "The Kenya Defence Force said it had killed 20 militants in Lamu.",
			[]string{"GOVERNMENT Defence Force (Kenya)"}},
		{"control: a police force", "The Uganda Police Force arrested the activist in Kampala.",
			[]string{"GOVERNMENT Police Force (Uganda)"}},
		{"control: a bureau heads its name before the of-phrase", "The Federal Bureau of Investigation accused the hackers of stealing data.",
			[]string{"GOVERNMENT Federal Bureau of Investigation"}},
		{"control: a chamber's committee stays the chamber's", "The Senate Foreign Relations Committee rejected the nominee on Thursday.",
			[]string{"GOVERNMENT Senate Foreign Relations Committee"}},
	})
}

// TestRound21NamesakeGroups: a nationality adjective before a known group of another country names
// that country's group of the name (actor_namesake.go).
func TestRound21NamesakeGroups(t *testing.T) {
	runCases(t, []exCase{
		{"the Pakistani Taliban are not the Afghan movement", "The Pakistani Taliban claimed responsibility for the bombing in Peshawar.",
			[]string{"ORGANIZATION Pakistani Taliban", "country Pakistani Taliban = PAK", "code Pakistani Taliban = PAKREB", "!actor Taliban"}},
		{"as source of a stance", "A Pakistani Taliban spokesman said the group rejected the ceasefire offered by Islamabad.",
			[]string{"country Pakistani Taliban = PAK", "!actor Taliban"}},
		{"another group, another country", "Iraqi Hezbollah fighters attacked the base near Erbil on Sunday.",
			[]string{"ORGANIZATION Iraqi Hezbollah", "country Iraqi Hezbollah = IRQ", "code Iraqi Hezbollah = IRQREB", "!actor Hezbollah"}},
		{"the group's own demonym is the known group", "The Afghan Taliban rejected the talks in Doha.",
			[]string{"ORGANIZATION Taliban", "country Taliban = AFG", "!actor Afghan Taliban"}},
		{"the same for Lebanon", "The Lebanese Hezbollah rejected the truce offered by Israel.",
			[]string{"ORGANIZATION Hezbollah", "country Hezbollah = LBN"}},
		{"no demonym: the known group", "The Taliban rejected the talks in Doha on Monday.",
			[]string{"country Taliban = AFG"}},
	})
}

// TestRound21TitledHolderOverDateline: a dictionary person whom the article titles with an office of
// the dictionary's sector, held on the article's date, is of the dictionary's country, and the body
// the title implies is that country's, not the dateline's (actor_titledholder.go).
func TestRound21TitledHolderOverDateline(t *testing.T) {
	cases := []struct {
		name, date, text string
		want             []string
	}{
		{"a Russian minister in a story filed from Nairobi", "2015-03-03",
			"NAIROBI, Kenya (AP) — Foreign Minister Sergey Lavrov said on Monday that the talks on the port deal would resume.",
			[]string{"country Sergey Lavrov = RUS", "MEMBER_OF Sergey Lavrov -> Foreign Ministry (Russia)", "!actor Foreign Ministry (Kenya)"}},
		{"a US secretary in a story filed from Bogota joins the known department", "2014-06-10",
			"BOGOTA, Colombia (Reuters) - Secretary of State John Kerry said on Tuesday that the peace talks deserved support.",
			[]string{"country John Kerry = USA", "MEMBER_OF John Kerry -> State Department", "!actor State Department (Colombia)", "!actor State Department (United States)"}},
		{"no title: the article must name the country, as before", "2015-03-03",
			"NAIROBI, Kenya (AP) — Sergey Lavrov said on Monday that the talks on the port deal would resume.",
			[]string{"country Sergey Lavrov = "}},
		{"a date before the dictionary's role: no dictionary country", "1990-03-03",
			"NAIROBI, Kenya (AP) — Foreign Minister Sergey Lavrov said on Monday that the talks on the port deal would resume.",
			[]string{"!country Sergey Lavrov = RUS"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkExpect(t, extractDoc(t, input.Document{Source: "t", Published: c.date, Text: c.text}), c.want)
		})
	}
}

// TestRound21DictBodyShortName: a body named without "of <state>" that the Phoenix dictionary names
// with a state the article names is that state's (actor_knownshort.go dictBodyShortCountries).
func TestRound21DictBodyShortName(t *testing.T) {
	runCases(t, []exCase{
		{"the US bank the dictionary names in full", "WASHINGTON (Reuters) - The Export-Import Bank approved a loan for a solar plant, and the United States welcomed the deal.",
			[]string{"country Export-Import Bank = USA", "GOVERNMENT Export-Import Bank"}},
		{"another body, another state", "The Students Islamic Movement rejected the ban that India imposed on Friday.",
			[]string{"country Students Islamic Movement = IND"}},
		{"the article names no state of the dictionary's: none", "The Export-Import Bank approved a loan for a solar plant in Ghana.",
			[]string{"country Export-Import Bank = "}},
		{"a story filed from another state it names as often: none", "BEIJING (Reuters) - The Export-Import Bank approved a loan for the port, as the United States criticized the project.",
			[]string{"!country Export-Import Bank = USA"}},
	})
}

// TestRound21OrgDescriptions: a description set before an organization's name between commas is
// recorded as the organization's role (actor_orgdescription.go).
func TestRound21OrgDescriptions(t *testing.T) {
	runCases(t, []exCase{
		{"a rebel group described before its name and acronym", "The largest Tamil rebel group, Liberation Front of the North (LFN), demanded the release of its fighters.",
			[]string{"role Liberation Front of the North = largest Tamil rebel group"}},
		{"a party, with the name's article", "The main opposition party, the Movement for Democratic Change, rejected the election results.",
			[]string{"role Movement for Democratic Change = main opposition party"}},
		{"a union", "A national teachers union, the Kenya National Union of Teachers, threatened a strike over pay.",
			[]string{"role Kenya National Union of Teachers = national teachers union"}},
		{"no verb after the name: a list, no appositive", "The main rebel group, the Liberation Front of the North, and the army signed the truce.",
			[]string{"!role Liberation Front of the North = main rebel group"}},
		{"a head that names no organization", "The new trade rules, the Harbour Levy Act, angered the Harbour Pilots Union.",
			[]string{"!role Harbour Pilots Union = new trade rules"}},
	})
}

// TestRound21RoleOfCountry: a country's genitive before a role that is no office of state gives the
// holder's country, without membership (actor_roles.go holdRole).
func TestRound21RoleOfCountry(t *testing.T) {
	runCases(t, []exCase{
		{"a negotiator for a country", "China's chief negotiator, Liu Wen, said the text was unbalanced and asked for more time.",
			[]string{"country Liu Wen = CHN", "!MEMBER_OF Liu Wen -> China"}},
		{"another country and role", "Brazil's climate negotiator, Ana Souza, criticised the draft on Tuesday.",
			[]string{"country Ana Souza = BRA"}},
		{"no genitive, no country", "The chief negotiator, Liu Wen, said the text was unbalanced and asked for more time.",
			[]string{"country Liu Wen = "}},
		{"an ombudsman is an office of state", "Peru's ombudsman, Josue Ramos, urged the government to choose dialogue over force.",
			[]string{"country Josue Ramos = PER", "MEMBER_OF Josue Ramos -> Peru"}},
	})
}

// TestRound21StoryOfficials: a person holding only a bare office of state in a story filed from a
// country that names no other is that country's (actor_storyofficials.go).
func TestRound21StoryOfficials(t *testing.T) {
	runCases(t, []exCase{
		{"a prime minister under a Lima dateline", "LIMA, Feb 3 (AFP) - Peru's government threatened to declare a state of emergency on Monday.\nPrime Minister Gustavo Adrian said the blockades had cut off food supplies to several towns.",
			[]string{"country Gustavo Adrian = PER", "code Gustavo Adrian = PERGOV"}},
		{"a president and a lawmaker under an Accra dateline", "ACCRA, March 4 (Reuters) - Ghana's parliament debated the mining bill on Tuesday.\nLawmaker Kwesi Boateng said the bill would protect rivers. President Yaw Mensah said he would sign it.",
			[]string{"country Kwesi Boateng = GHA", "country Yaw Mensah = GHA"}},
		{"incumbent and former are read past", "LILONGWE, May 2 (AP) - Malawi's electoral commission declared the result on Sunday.\nIncumbent President Lazarus Phiri was declared the winner. Former president Joyce Banda said she would go to court.",
			[]string{"country Lazarus Phiri = MWI", "country Joyce Banda = MWI"}},
		{"another country named as often as the dateline's: none", "LIMA, Feb 3 (AFP) - Chile signed a border accord on Monday, and Chile's ministers praised it.\nPrime Minister Gustavo Adrian said the accord would open trade.",
			[]string{"country Gustavo Adrian = "}},
		{"the dateline's country leads: the story's", "LIMA, Feb 3 (AFP) - Peru signed a border accord with Chile on Monday, and Peru's ministers praised it.\nPrime Minister Gustavo Adrian said the accord would open trade.",
			[]string{"country Gustavo Adrian = PER"}},
		{"another country in the person's sentence: none", "JAKARTA, Feb 3 (Reuters) - Indonesia defended its palm oil exports on Monday, and Indonesia's ministers met.\nMalaysia's Plantation and Commodities Minister, Johari Abdul Ghani, said his government supported the plan.",
			[]string{"!country Johari Abdul Ghani = IDN"}},
		{"an office of a body named before the title: none", "WASHINGTON, June 2 (Reuters) - The union sued the United States over the merger.\nUFCW International President Milton Reed said the merger would close stores.",
			[]string{"!code Milton Reed = USAGOV"}},
		{"a body's president named by its genitive: none", "LIMA, Feb 3 (AFP) - Farmers blocked roads across Peru on Monday.\n\"We are not against mining,\" said the confederation's president, Lucio Ramos.",
			[]string{"country Lucio Ramos = "}},
		{"no dateline: none", "Prime Minister Gustavo Adrian said the blockades had cut off food supplies to several towns in Peru.",
			[]string{"country Gustavo Adrian = "}},
	})
}

// TestRound21TitleOffice: "<Title>'s Office" is one state body, of the text's country or local.
func TestRound21TitleOffice(t *testing.T) {
	runCases(t, []exCase{
		{"an ombudsman's office under a dateline", "LIMA, Feb 3 (AFP) - Farmers blocked roads across Peru on Monday.\nThe Ombudsman's Office urged both sides to avoid violence.",
			[]string{"GOVERNMENT Ombudsman's Office (Peru)", "DEMANDS Ombudsman's Office (Peru) -> both sides avoiding violence", "!actor Office"}},
		{"a prime minister's office with the country's genitive", "Kenya's Prime Minister's Office rejected the audit report on Friday and urged the auditors to withdraw it.",
			[]string{"GOVERNMENT Prime Minister's Office (Kenya)"}},
		{"no country: a local body, never merged", "The President's Office urged both sides to avoid violence.",
			[]string{"GOVERNMENT President's Office", "country President's Office = "}},
		{"a capitalized word after Office: another name", "The President's Office Building was closed for repairs, and the ministry moved staff.",
			[]string{"!actor President's Office"}},
	})
}

// TestRound21DictionaryForeigners: a dictionary person of another state, titled with an office of
// the dictionary's sector, is never the dateline's official, dated article or not.
func TestRound21DictionaryForeigners(t *testing.T) {
	runCases(t, []exCase{
		{"a German chancellor in a story filed from Brussels", "BRUSSELS (Reuters) - Chancellor Angela Merkel said on Monday that the summit would agree on the migrant deal.",
			[]string{"country Angela Merkel = DEU"}},
		{"a Ugandan president in a story filed from Nairobi", "NAIROBI (AP) — President Yoweri Museveni said on Monday that the talks on the pipeline would continue.",
			[]string{"country Yoweri Museveni = UGA"}},
	})
}

// TestRound21StoryBodies: a title's body with holders takes the dateline's country when the story
// names it more than any other (actor_storyofficials.go storyBodies).
func TestRound21StoryBodies(t *testing.T) {
	runCases(t, []exCase{
		{"an interior ministry in a Rome story naming Albania", "ROME, Oct 19 (Reuters) - Italy's court blocked the transfers to Albania, and Italy's government said it would appeal. Italy will change the law.\nInterior Minister Matteo Conti said the government would appeal the ruling.",
			[]string{"MEMBER_OF Matteo Conti -> Interior Ministry (Italy)", "country Matteo Conti = ITA"}},
		{"a finance ministry in an Accra story naming the IMF's home", "ACCRA, May 2 (Reuters) - Ghana raised public sector pay, and Ghana's unions welcomed it. The loan was arranged in the United States.\nFinance Minister Kofi Asare said the government would fund the increase.",
			[]string{"MEMBER_OF Kofi Asare -> Finance Ministry (Ghana)"}},
		{"another country in the holder's sentence: none", "ROME, Oct 19 (Reuters) - Italy's court blocked the transfers, and Italy's government said it would appeal. Italy will change the law.\nInterior Minister Matteo Conti said Albania would keep the centres open.",
			[]string{"!actor Interior Ministry (Italy)"}},
		{"a body name the actors list gives another state: none", "MANILA, Aug 9 (Reuters) - The Philippines protested at the shoal, and the Philippines summoned an envoy. China rejected the protest.\nDefense Secretary Gilberto Ramos said the navy was ready.",
			[]string{"!actor Pentagon (Philippines)"}},
	})
}

// TestRound21PartyGovernment: "the <Nationality> <Name> government" is a party's government, so
// <Name> alone is no ruler's surname (coref.go administrationNamedAfter).
func TestRound21PartyGovernment(t *testing.T) {
	runCases(t, []exCase{
		{"a party named with its nationality", "TBILISI (Reuters) - Britain sanctioned Georgian officials on Tuesday.\n\"The Georgian Dream government has beaten protesters,\" the minister said.\nThe United States sanctioned Georgian Dream's founder, billionaire Bidzina Ivanishvili.",
			[]string{"!actor Dream", "GOVERNMENT Georgian Dream government"}},
		{"another party, another country", "LONDON (Reuters) - Britain's unions met on Monday.\nThe British Labour government raised taxes, and Labour's leaders defended the budget.",
			[]string{"!PERSON Labour"}},
		{"control: a ruler's surname", "PARIS (Reuters) - The Macron government raised the pension age, and Macron said the reform was needed.",
			[]string{"PERSON Macron"}},
	})
}

// TestRound21PlacesNotPersons: a place the text introduces or places after a preposition of place
// is no person (actor_placeintro.go; actor_structure.go personAppositive).
func TestRound21PlacesNotPersons(t *testing.T) {
	runCases(t, []exCase{
		{"a city introduced by 'the city of'", "Sudan's army rejects talks as El Geneina siege tightens\nKHARTOUM (Reuters) - The army shelled positions around the city of El Geneina on Monday.\nAid groups said thousands had fled El Geneina, and Sudan's army denied it.",
			[]string{"!actor El Geneina"}},
		{"a province", "Bolivia sends troops as Ana Maria floods spread\nLA PAZ (Reuters) - Floods swept the province of Ana Maria on Monday.\nFarmers who fled Ana Maria said the army had not helped.",
			[]string{"!actor Ana Maria"}},
		{"a Phoenix place after 'in' before a description", "LILONGWE, Malawi (AP) — Malawi's electoral commission rejected the complaints on Monday.\nSpeaking at a news conference in Blantyre, the judge said the tallying process had been observed.",
			[]string{"!actor Blantyre"}},
		{"control: a person with a title keeps his name", "Governor Ana Morales said the city of Morales Bay would be rebuilt.",
			[]string{"PERSON Ana Morales"}},
	})
}

// TestRound21PublicDefender: a public defender is an office of state (titles.txt).
func TestRound21PublicDefender(t *testing.T) {
	runCases(t, []exCase{
		{"a country's public defender before a name", "Armenia's Public Defender, Anahit Manasyan, said the detainees had been beaten.",
			[]string{"country Anahit Manasyan = ARM", "!actor Public Defender"}},
	})
}

// TestRound21RemitAndGovernmentGenitive: "the Office for Kosovo and Metohija" is one name, and "the
// Serbian government's" names its owner (actor_boundaries.go coordinatedRemitPlace; orgChunk).
func TestRound21RemitAndGovernmentGenitive(t *testing.T) {
	runCases(t, []exCase{
		{"coordinated places in a remit, owned by a government in the genitive", "BELGRADE (Reuters) - Serbia protested on Monday.\nThe Serbian government's Office for Kosovo and Metohija said the offices provided pensions.",
			[]string{"GOVERNMENT Office for Kosovo and Metohija", "country Office for Kosovo and Metohija = SRB", "!actor Metohija"}},
		{"another office and place", "The Croatian government's Office for Slavonia and Baranja demanded more funds for the region.",
			[]string{"country Office for Slavonia and Baranja = HRV", "!actor Baranja"}},
		{"control: a second country is another actor", "The Embassy of France and Germany signed the declaration on Monday.",
			[]string{"actor Germany"}},
	})
}

// TestRound21CountryDescription: an organization's appositive "<Country>'s <description>" gives it
// the country and is no body of its own (actor_orgdescription.go countryDescription).
func TestRound21CountryDescription(t *testing.T) {
	runCases(t, []exCase{
		{"a court described with its country", "The Court of Cassation, Italy's highest appeals court, rejected the appeal on Friday.",
			[]string{"GOVERNMENT Court of Cassation (Italy)", "!actor Appeals Court (Italy)", "role Court of Cassation (Italy) = highest appeals court"}},
		{"a regulator", "The Cotton Development Board, Uganda's industry regulator, said its price would not change.",
			[]string{"country Cotton Development Board = UGA"}},
		{"control: an appositive naming another body", "The Court of Cassation, the ministry's main adversary, rejected the appeal on Friday.",
			[]string{"country Court of Cassation = "}},
	})
}

// TestRound21PressSecretary: a press secretary is one who speaks for a body (titles.txt;
// speaker_briefingbody.go spokesTitle).
func TestRound21PressSecretary(t *testing.T) {
	runCases(t, []exCase{
		{"a press secretary at a ministry's briefing", "Regular Press Conference of the Ministry of Foreign Affairs of Ghana\n\nAccra, 3 March 2026\n\nPRESS SECRETARY AMA OWUSU: Good afternoon. We strongly oppose the new tariffs on cocoa.\n\nREPORTER (GBC): Will Ghana retaliate?\n\nPRESS SECRETARY AMA OWUSU: We will respond in due course.",
			[]string{"MEMBER_OF Ama Owusu -> Ministry of Foreign Affairs of Ghana", "role Ama Owusu = PRESS SECRETARY"}},
		{"the title before a name in a heading is no body's name", "Press Gaggle by Press Secretary Dana Whitmore En Route Detroit, MI\n\nMS. WHITMORE: Good morning. The President will sign the bill today.",
			[]string{"!MEMBER_OF Dana Whitmore -> Press Gaggle", "role Dana Whitmore = Press Secretary"}},
	})
}
