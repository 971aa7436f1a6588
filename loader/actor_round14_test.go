package loader

import "testing"

// Issue 14, round 14 (branch actors14): split persons and junk nodes found on eight wire-style
// articles written for the round (loader/testdata/actors14; docs/measures/issue14.md, "actors14").
// Each case is a sentence written for its rule.
func TestRound14ShortNames(t *testing.T) {
	runCases(t, []exCase{
		{"a generational suffix is no part of the surname", "Senator Robert Hale Jr. opposed the farm bill on Monday. Hale said the tax would hurt growers.",
			[]string{"alias Robert Hale Jr. = Hale"}},
		{"a surname's joined Arabic article is dropped on a later mention", "Interior Minister Abdul Amir al-Shammari visited Basra on Sunday. Shammari said the police would guard the port.",
			[]string{"alias Abdul Amir al-Shammari = Shammari"}},
		{"a Malay given name alone names the one person whose name opens with it", "Home Minister Saifuddin Nasution Ismail visited the border post on Monday. Saifuddin said the checks would continue.",
			[]string{"alias Saifuddin Nasution Ismail = Saifuddin"}},
		{"a Vietnamese family name alone names the one person whose name opens with it", "The economist Tran Van Khoa spoke at the forum in Hanoi. Tran said exports were falling.",
			[]string{"alias Tran Van Khoa = Tran"}},
		{"a title before a given name", "Prince Turki bin Nasser arrived in Amman on Monday. Prince Turki said the two kingdoms would expand trade.",
			[]string{"alias Turki bin Nasser = Turki"}},
		{"control: a first word two persons share names neither", "Ahmed Saleh Karim and Ahmed Nouri Jaber met the governor in Mosul. Ahmed said the talks went well.",
			[]string{"!alias Ahmed Saleh Karim = Ahmed", "!alias Ahmed Nouri Jaber = Ahmed"}},
	})
}

func TestRound14KoreanNames(t *testing.T) {
	runCases(t, []exCase{
		{"a Korean surname in its English spelling before a hyphenated given name", "Trade Minister Park Soo-hyun said on Monday that Seoul would answer the tariffs.",
			[]string{"actor Park Soo-hyun"}},
		{"control: a romanized surname before a hyphenated given name", "Trade Minister Choi Soo-hyun said on Monday that Seoul would answer the tariffs.",
			[]string{"actor Choi Soo-hyun"}},
	})
}

func TestRound14Junk(t *testing.T) {
	runCases(t, []exCase{
		{"the of-complement of a territory head's title is a place", "The governor of Baja Verapaz, Rosa Chacón, said the roads were closed.",
			[]string{"!actor Baja Verapaz", "actor Rosa Chacón", "CLAIMS Rosa Chacón -> the roads were closed"}},
		{"the of-complement of a mayor's title is a place", "The mayor of San Telmo, Luis Ferrer, rejected the plan on Monday.",
			[]string{"!actor San Telmo", "actor Luis Ferrer"}},
		{"a stop word alone after a title is no person", "The rebels said they had talks with the Joint General Staff on Monday.",
			[]string{"!actor Staff"}},
		{"a capital's name that is a given name opens a person's name", "The central bank's governor, Victoria Almeida Souto, said rates would stay high.",
			[]string{"PERSON Victoria Almeida Souto", "!actor Seychelles"}},
		{"control: a capital opening a company's name", "Victoria Mining said on Monday it would close the mine.",
			[]string{"ORGANIZATION Victoria Mining", "!actor Seychelles"}},
	})
}

func TestRound14MilitaryRanks(t *testing.T) {
	runCases(t, []exCase{
		{"a compound military rank is a title, no part of the name", "Navy spokesman Commodore Dario Velasco said the patrol boats had returned to port.",
			[]string{"actor Dario Velasco", "!actor Commodore Dario Velasco"}},
		{"rear admiral", "Rear Admiral Ines Molina said the fleet would sail on Monday.",
			[]string{"actor Ines Molina", "role Ines Molina = Rear Admiral"}},
	})
}

func TestRound14DashJoinedName(t *testing.T) {
	runCases(t, []exCase{
		{"an en dash joins a name to an organization's name", "Analysts at the KIEP–Sejong Policy Institute said the tariffs would hurt exporters.",
			[]string{"ORGANIZATION KIEP–Sejong Policy Institute", "!actor Sejong Policy Institute"}},
		{"control: a spaced dash is punctuation", "The minister met the KIEP – Sejong Policy Institute said the tariffs would hurt exporters.",
			[]string{"!actor KIEP – Sejong Policy Institute"}},
	})
}

func TestRound14RoleForPerson(t *testing.T) {
	runCases(t, []exCase{
		{"a person inside the role's prepositional phrase is no speaker", "A lawyer for Imran Qureshi, Nadia Baig, said the charges were false.",
			[]string{"CLAIMS Nadia Baig -> the charges were false", "!CLAIMS Imran Qureshi -> the charges were false"}},
	})
}

func TestRound14GivenNameCapitalNoCountry(t *testing.T) {
	runCases(t, []exCase{
		{"a capital's name opening a person's name names no country", "Health Minister Sofia Petrova said on Monday the clinics would reopen.",
			[]string{"PERSON Sofia Petrova", "!actor Health Ministry (Bulgaria)", "!country Sofia Petrova = BGR"}},
		{"a statement's narrated report of another's words is no claim of the statement's speaker",
			"Minister's statement on the quotas\n\nTrade Minister Lena Sorvik issued the following statement on Monday:\n\nThe new quotas will hurt our fishermen. We will ask the commission to suspend them.\n\nThe Ruritanian fisheries agency said the quotas would protect the stocks.",
			[]string{"CLAIMS Lena Sorvik -> hurt our fishermen", "!CLAIMS Lena Sorvik -> protect the stocks"}},
	})
}

func TestRound14ItsSubject(t *testing.T) {
	runCases(t, []exCase{
		{"a sentence-opening 'Its' refers to the previous sentence's subject", "The Andean Growers Federation said Peru was its largest market. Its president, Rosa Quispe, urged both governments to keep the border open.",
			[]string{"MEMBER_OF Rosa Quispe -> Andean Growers Federation", "!MEMBER_OF Rosa Quispe -> Peru"}},
		{"control: a place in a prepositional phrase is no subject", "In Lima, the Andean Growers Federation held its congress. Its president, Rosa Quispe, urged both governments to keep the border open.",
			[]string{"MEMBER_OF Rosa Quispe -> Andean Growers Federation"}},
	})
}

func TestRound14DemonymTail(t *testing.T) {
	runCases(t, []exCase{
		{"the head word of a two-word demonym is no short form of an organization", "The Korean Teachers Federation said on Monday that the curriculum ignored Korean history.",
			[]string{"actor Korean Teachers Federation", "!alias Korean Teachers Federation = Korean"}},
	})
}

func TestRound14PredicateNoAppositive(t *testing.T) {
	runCases(t, []exCase{
		{"a finite verb after the name's closing comma is the predicate, no appositive role", "The chairman of the party, Tomas Ruiz, said on Monday the vote would wait. Its treasurer, Ana Lopez, backed the finance minister.",
			[]string{"!role Ana Lopez = backed the finance minister"}},
	})
}
