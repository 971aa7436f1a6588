package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// Round 20 of issue 14 (actors: codes, countries, identity): sentences written for these rules.

func TestRound20ContinentalAmerica(t *testing.T) {
	runCases(t, []exCase{
		{"a bank named after North America is of no one state", "The North American Development Bank approved the loan for the border towns.",
			[]string{"ORGANIZATION North American Development Bank", "country North American Development Bank = "}},
		{"the same with Central America", "The Central American Bank for Economic Integration rejected the request from Honduras.",
			[]string{"country Central American Bank for Economic Integration = "}},
		{"Latin American governments are no US group", "Latin American governments rejected the plan, and the United States welcomed it.",
			[]string{"!MEMBER_OF American governments -> United States"}},
		{"South America is a place, not the United States", "Brazil and its South American neighbours criticized the tariffs on soy.",
			[]string{"!actor United States"}},
		{"American alone stays the United States", "The American Chamber of Commerce criticized the tariffs.",
			[]string{"country American Chamber of Commerce = USA"}},
		{"a longer country name that opens with a compass word is kept", "South African President Cyril Ramaphosa rejected the plan.",
			[]string{"country Cyril Ramaphosa = ZAF"}},
	})
}

// TestRound20CompoundSurnameDated: two surnames become the dictionary's full name only when the
// person held a dated role on the article's date or the article gives a title of a sector the
// dictionary codes the person with (namesake risk: the dictionary's roles end years before).
func TestRound20CompoundSurnameDated(t *testing.T) {
	cases := []struct {
		name, date, text string
		want             []string
	}{
		{"a title of the person's sector, years after the role", "2018-12-12", "Mexico will host the talks. President-elect Lopez Obrador said he opposes the tariffs.",
			[]string{"PERSON Andres Manuel Lopez Obrador", "country Andres Manuel Lopez Obrador = MEX"}},
		{"no title, years after the role: the article's name stays", "2018-12-12", "Mexico will host the talks. Lopez Obrador said he opposes the tariffs.",
			[]string{"PERSON Lopez Obrador", "!actor Andres Manuel Lopez Obrador"}},
		{"no title, on a date of the role", "2004-06-01", "Mexico will host the talks. Lopez Obrador said he opposes the tariffs.",
			[]string{"PERSON Andres Manuel Lopez Obrador"}},
		{"another person, a minister's title years after", "2019-03-02", "Colombia rejected the plan. Former agriculture minister Arias Leiva criticized the decision.",
			[]string{"PERSON Andres Felipe Arias Leiva", "country Andres Felipe Arias Leiva = COL"}},
		{"the same surnames as a footballer, years after: kept as written", "2021-09-14", "Colombia beat Peru 2-0. Arias Leiva scored twice and criticized the referee.",
			[]string{"!actor Andres Felipe Arias Leiva"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkExpect(t, extractDoc(t, input.Document{Source: "t", Published: c.date, Text: c.text}), c.want)
		})
	}
}

func TestRound20NationalityOfRole(t *testing.T) {
	runCases(t, []exCase{
		{"a nationality before a role that is no state office: the person's country", "Hungarian opposition leader Peter Magyar criticised the new law on media funding.",
			[]string{"country Peter Magyar = HUN", "!MEMBER_OF Peter Magyar -> Hungary"}},
		{"the same with another role and country", "Zambian activist Mwila Banda condemned the arrests of the protesters.",
			[]string{"country Mwila Banda = ZMB"}},
		{"a state office keeps its membership", "Ghanaian Finance Minister Kwame Asante rejected the IMF's conditions.",
			[]string{"country Kwame Asante = GHA", "MEMBER_OF Kwame Asante -> Finance Ministry (Ghana)"}},
		{"no nationality, no country", "Opposition leader Peter Magyar criticised the new law on media funding.",
			[]string{"country Peter Magyar = "}},
		{"a prefixed adjective is no nationality", "Pro-Russian opposition leader Ilya Petrov criticised the new law.",
			[]string{"country Ilya Petrov = "}},
	})
}

// TestRound20PossessivePeoples: a name written with "People's" finds the dictionary entry that
// writes "Peoples" without the apostrophe, with its country and code.
func TestRound20PossessivePeoples(t *testing.T) {
	runCases(t, []exCase{
		{"Phoenix writes TIGRAY_PEOPLES_LIBERATION_FRONT", "Ethiopia's government met the envoys. The Tigray People's Liberation Front rejected the federal plan.",
			[]string{"ORGANIZATION Tigray People's Liberation Front", "country Tigray People's Liberation Front = ETH"}},
		{"another movement, another country", "The Sudan People's Liberation Movement condemned the air strikes near Juba.",
			[]string{"country Sudan People's Liberation Movement = SDN"}},
		{"a name the dictionary does not list stays without a country", "The Lakeside People's Liberation Front rejected the new water levy.",
			[]string{"country Lakeside People's Liberation Front = "}},
	})
}

// TestRound20Tribunal: "tribunal" heads a court's name as "court" does (Phoenix TRIBUNAL ~JUD).
func TestRound20Tribunal(t *testing.T) {
	runCases(t, []exCase{
		{"a possessed tribunal is its country's court", "Peru's Constitutional Tribunal criticised the attempt to remove its judges.",
			[]string{"GOVERNMENT Constitutional Tribunal (Peru)", "country Constitutional Tribunal (Peru) = PER", "OPPOSES Constitutional Tribunal (Peru) -> attempt to remove its judges"}},
		{"of-phrase country", "The Constitutional Tribunal of Poland rejected the government's appeal.",
			[]string{"country Constitutional Tribunal of Poland = POL"}},
		{"demonym", "The Chilean Constitutional Tribunal struck down the pension law.",
			[]string{"country Constitutional Tribunal (Chile) = CHL"}},
		{"a tribunal's name is no country's subject", "The International Criminal Tribunal for the former Yugoslavia condemned the attack.",
			[]string{"!OPPOSES Serbia -> attack"}},
	})
}

// TestRound20KnownBodyShortName: a body named without its state is the known body the article
// names in full with its state (here by the acronym the lexicon lists), and only that.
func TestRound20KnownBodyShortName(t *testing.T) {
	runCases(t, []exCase{
		{"the acronym and the short name are one body, China's", "MOFCOM announced new export controls on gallium. The Ministry of Commerce said the rules protect national security.",
			[]string{"GOVERNMENT Ministry of Commerce of the People's Republic of China", "country Ministry of Commerce of the People's Republic of China = CHN", "alias Ministry of Commerce of the People's Republic of China = Ministry of Commerce"}},
		{"a short name with its own state stays that state's", "MOFCOM criticized the tariffs. Thailand's Ministry of Commerce welcomed the talks.",
			[]string{"country Ministry of Commerce of the People's Republic of China = CHN", "!alias Ministry of Commerce of the People's Republic of China = Ministry of Commerce (Thailand)"}},
		{"without the known body, the short name takes no state", "The Ministry of Commerce said the rules protect national security.",
			[]string{"!actor Ministry of Commerce of the People's Republic of China"}},
	})
}

// TestRound20NationalAgency: an agency or service named with its state's name or demonym is
// that state's body; an outlet named so stays an organization.
func TestRound20NationalAgency(t *testing.T) {
	runCases(t, []exCase{
		{"a demonym", "The Norwegian Tax Agency rejected the appeal from the shipping firm.",
			[]string{"GOVERNMENT Norwegian Tax Agency", "country Norwegian Tax Agency = NOR"}},
		{"a two-word demonym and Service", "The South African Revenue Service opposed the proposed tax amnesty.",
			[]string{"GOVERNMENT South African Revenue Service"}},
		{"a country's name", "The Japan Fisheries Agency criticized the catch quotas.",
			[]string{"GOVERNMENT Japan Fisheries Agency"}},
		{"a press agency stays an outlet", "The Saudi Press Agency criticized the report.",
			[]string{"ORGANIZATION Saudi Press Agency"}},
		{"no state word: no state body", "The Lakeview Relocation Agency rejected the claim.",
			[]string{"!GOVERNMENT Lakeview Relocation Agency"}},
	})
}

// TestRound20SurnamePairEvidence: two words that are a dictionary person's two surnames are a
// person's name (no verb of speech needed), whoever bears them; the full name needs the date.
func TestRound20SurnamePairEvidence(t *testing.T) {
	for _, c := range []struct {
		date, text string
		want       []string
	}{
		{"2019-02-10", "Mexico opened the plant. Lopez Obrador praised the workers at the new refinery.", []string{"PERSON Lopez Obrador", "!actor Andres Manuel Lopez Obrador"}},
		{"2007-05-02", "Colombia's farmers protested. Arias Leiva rejected the demands of the rice growers.", []string{"PERSON Andres Felipe Arias Leiva"}},
		{"2019-02-10", "Mexico opened the plant. Grupo Modelo praised the workers at the new brewery.", []string{"!PERSON Grupo Modelo"}},
	} {
		checkExpect(t, extractDoc(t, input.Document{Source: "t", Published: c.date, Text: c.text}), c.want)
	}
}

// TestRound20AgentNounNationality: a nationality adjective before a descriptive agent noun before
// a name gives the person's country, without membership of the state.
func TestRound20AgentNounNationality(t *testing.T) {
	runCases(t, []exCase{
		{"businessman", "Saudi businessman Khalid Rahman criticized the new tax on remittances.",
			[]string{"country Khalid Rahman = SAU", "!MEMBER_OF Khalid Rahman -> Saudi Arabia"}},
		{"journalist, another country", "Peruvian journalist Rosa Quispe condemned the closure of the radio station.",
			[]string{"country Rosa Quispe = PER"}},
		{"a two-word demonym", "South African businessman Johan Botha criticized the power cuts.",
			[]string{"country Johan Botha = ZAF"}},
		{"no nationality: no country", "Local businessman Khalid Rahman criticized the new tax on remittances.",
			[]string{"country Khalid Rahman = "}},
		{"a plural noun before two names is no one's classifier here", "French businessmen Jean Martin and Paul Roux criticized the tax.",
			[]string{"country Paul Roux = "}},
		{"a title with a modifier between", "Bolivian union leader Ramiro Quispe demanded higher fuel subsidies.",
			[]string{"country Ramiro Quispe = BOL", "!MEMBER_OF Ramiro Quispe -> Bolivia"}},
		{"the same with another title and country", "Kenyan rights activist Peter Kamau rejected the levy on mobile money.",
			[]string{"country Peter Kamau = KEN"}},
		{"no nationality before the modifier", "The union leader Ramiro Quispe demanded higher fuel subsidies.",
			[]string{"country Ramiro Quispe = "}},
	})
}

// TestRound20AcronymDefinedName: a name-shaped run with no evidence of a person that the article
// gives an acronym in parentheses is an organization; a personal name keeps its kind.
func TestRound20AcronymDefinedName(t *testing.T) {
	runCases(t, []exCase{
		{"a forum named by a name-shaped run", "The Asia-Pacific Economic Cooperation (APEC) forum welcomed the agreement on tariffs.",
			[]string{"ORGANIZATION Asia-Pacific Economic Cooperation", "SUPPORTS Asia-Pacific Economic Cooperation -> agreement on tariffs"}},
		{"another body", "The Mekong River Partnership (MRP) rejected the plan for a new dam.",
			[]string{"ORGANIZATION Mekong River Partnership"}},
		{"a person with an acronym stays a person", "Maria Elena Torres (MET) criticized the tariffs.",
			[]string{"PERSON Maria Elena Torres"}},
	})
}

// TestRound20ArmedServices: "Coast Guard", "Air Force", "Border Guard" head state bodies
// (Phoenix COAST_GUARD, AIR_FORCE, BORDER_GUARD ~MIL); AP's abbreviated ranks are titles; a
// numeral after the head names no body.
func TestRound20ArmedServices(t *testing.T) {
	runCases(t, []exCase{
		{"a demonym and Coast Guard", "The Philippine Coast Guard accused Chinese vessels of ramming its supply boat.",
			[]string{"GOVERNMENT Coast Guard (Philippines)", "country Coast Guard (Philippines) = PHL"}},
		{"Air Force was a person", "The Kenyan Air Force criticized the report on the crash.",
			[]string{"GOVERNMENT Air Force (Kenya)", "!PERSON Air Force"}},
		{"an abbreviated rank after the service", "Air Force Maj. Gen. Dana Reyes said the strikes would continue.",
			[]string{"PERSON Dana Reyes", "MEMBER_OF Dana Reyes -> Air Force", "!actor Air Force Maj."}},
		{"another abbreviated rank", "Lt. Col. Ana Ruiz said the unit had rejected the order.",
			[]string{"PERSON Ana Ruiz", "!PERSON Lt. Col. Ana Ruiz"}},
		{"the aircraft is no body", "The president spoke aboard Air Force One on Monday and criticized the ruling.",
			[]string{"!actor Air Force One"}},
	})
}

// TestRound20PeopleAdjective: a nationality, then an adjective of a people or faith, then an
// agent or group noun: one descriptive actor of that country.
func TestRound20PeopleAdjective(t *testing.T) {
	runCases(t, []exCase{
		{"a group head", "Iraqi Kurdish leaders rejected the federal budget.",
			[]string{"GROUP Iraqi Kurdish leaders", "country Iraqi Kurdish leaders = IRQ", "OPPOSES Iraqi Kurdish leaders -> federal budget"}},
		{"an agent head and a faith", "Nigerian Muslim clerics condemned the new law on preaching.",
			[]string{"country Nigerian Muslim clerics = NGA", "OPPOSES Nigerian Muslim clerics -> new law"}},
		{"fighters", "Syrian Kurdish fighters rejected the deal with Damascus.",
			[]string{"country Syrian Kurdish fighters = SYR"}},
		{"a company's name is no such adjective", "American Boeing workers rejected the contract.",
			[]string{"!actor American Boeing workers"}},
		{"a nationality coordinated with a region's adjective is no one country's group", "American and European officials criticized the subsidies.",
			[]string{"!MEMBER_OF American and European officials -> United States"}},
	})
}

// TestRound20SpokespersonFor: "a spokesman for X, NAME," makes NAME a member of X, as "X's
// spokesman, NAME," does; another title's for-phrase names no body of the person.
func TestRound20SpokespersonFor(t *testing.T) {
	runCases(t, []exCase{
		{"indefinite, a known body", "A spokesman for the Kremlin, Dmitry Peskov, said the talks had failed.",
			[]string{"MEMBER_OF Dmitry Peskov -> Kremlin", "country Dmitry Peskov = RUS"}},
		{"definite, an international body", "The spokeswoman for the European Commission, Anna Berg, said the talks had failed.",
			[]string{"MEMBER_OF Anna Berg -> European Commission"}},
		{"a named ministry", "A spokesperson for the Ghana Revenue Authority, Kofi Boateng, rejected the claims.",
			[]string{"MEMBER_OF Kofi Boateng -> Revenue Authority (Ghana)", "country Kofi Boateng = GHA"}},
		{"an envoy for a place is no member of it", "The US special envoy for Sudan, Tom Perriello, said the talks had failed.",
			[]string{"!MEMBER_OF Tom Perriello -> Sudan"}},
	})
}

// TestRound20TitleOfPossessedBody: "The TITLE of COUNTRY's BODY, NAME," gives NAME the role at
// that body, as "The TITLE of the BODY, NAME," does.
func TestRound20TitleOfPossessedBody(t *testing.T) {
	runCases(t, []exCase{
		{"a central bank", "The head of Egypt's central bank, Hassan Abdalla, said the talks had failed.",
			[]string{"MEMBER_OF Hassan Abdalla -> Central Bank (Egypt)", "country Hassan Abdalla = EGY"}},
		{"another title and country", "The governor of Kenya's central bank, Kamau Thugge, rejected the IMF's demand.",
			[]string{"MEMBER_OF Kamau Thugge -> Central Bank (Kenya)"}},
		{"no title before 'of': no role", "Supporters of Kenya's central bank, Kamau Thugge, rejected the demand.",
			[]string{"!MEMBER_OF Kamau Thugge -> Central Bank (Kenya)"}},
	})
}
