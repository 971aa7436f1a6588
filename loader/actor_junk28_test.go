package loader

import "testing"

// TestJunk28 checks the issue-14 junk guards of session 28 (actors/titlealone.go, …) on sentences
// written for them (invented people, places and bodies), each with a case the rule must leave alone.
func TestJunk28(t *testing.T) {
	runCases(t, []exCase{
		// a title alone is no person
		{"a rank word between two titles is no person", "Prisons spokesman Deputy Commissioner Rose Tembo said the inmates were safe.",
			[]string{"!actor Deputy", "PERSON Rose Tembo"}},
		{"a name between two titles stays the person", "Prisons spokesman Joseph Banda said the inmates were safe.",
			[]string{"PERSON Joseph Banda"}},
		// an honorific before a plural common noun addresses an audience
		{"an honorific before a plural is no person", "Honourable Members,\n\nThe bill will help every union. Some Honourable Members have said the bill is too costly.",
			[]string{"!actor Members", "!actor Honourable Members"}},
		{"an honorific before a surname stays a person", "Mr. Fields said the bill was too costly.",
			[]string{"PERSON Fields"}},
		{"a courtesy title before an -s surname stays a person although the noun is common", "Mrs. Banks said the loans were too costly.",
			[]string{"PERSON Banks"}},
		// a place name is a location unless used as an actor
		{"the end of a road is a place", "The Coastal Liberation Front (CLF), the main rebel alliance, said the drones hit a market and a bus carrying traders on the road to Ain Tamra. CLF spokesman Amadou Sy accused Bamako of trying to sabotage the talks.",
			[]string{"!actor Ain Tamra", "PERSON Amadou Sy"}},
		{"a person after 'to' without a route noun stays a person", "The Coastal Liberation Front (CLF), the main rebel alliance, said the drones hit a market and sent a warning to Ain Tamra. CLF spokesman Amadou Sy accused Bamako of trying to sabotage the talks.",
			[]string{"PERSON Ain Tamra"}},
		{"a name after 'near' only is a place", "A Kuwaiti investor who had pledged to build a smelter near Mupani told reporters he was pulling out.",
			[]string{"!actor Mupani"}},
		{"a name that also acts stays an actor", "A Kuwaiti investor who had pledged to build a smelter near Mupani told reporters he was pulling out. Mupani said it would sue the investor.",
			[]string{"actor Mupani"}},
		{"a name before a facility compound is its place", "Students, who have staged protests since a roof collapse at the Dorva railway station, joined the blockade of the bridge.",
			[]string{"!actor Dorva"}},
		{"a name before a descriptor noun that heads the phrase is the body", "Students, who have staged protests since a roof collapse at the Dorva railway station, said the Kelmar Dockworkers union rejected the offer.",
			[]string{"ORGANIZATION Kelmar Dockworkers"}},
		// a definite description repeats its antecedent's head word
		{"'the Government' takes up no body whose word only contains the letters", "Oslo thanked the Intergovernmental Council for Drylands (ICD) for its work. The Government has decided to give NOK 50 million to the council.",
			[]string{"!mention Intergovernmental Council for Drylands = coref:definite"}},
		{"a body named by the head word is taken up", "The Drylands Committee met in Oslo. The Committee rejected the plan to cut aid.",
			[]string{"mention Drylands Committee = coref:definite"}},
		// a proper adjective before a noun is no name
		{"a continent adjective before a noun is no short form of a union", "The European Union said it would fund the line. \"We have firm pledges from our European partners,\" the minister said.",
			[]string{"!alias European Union = European"}},
		{"a nationality adjective before a noun makes no name", "The European Union said it would fund the line. Would Spain restrict sales of olive oil to European buyers?",
			[]string{"!alias European Union = European"}},
		{"a demonym opening a body's name keeps the body", "The European Commission said it would fund the line. The Commission rejected the claim that the loan was late.",
			[]string{"ORGANIZATION European Commission", "mention European Commission = coref:definite"}},
		// name boundaries: one name, one node
		{"coordinated premodifiers share one body's head", "The Ghana Nurses, Midwives and Porters Union said it would call off the strike.",
			[]string{"ORGANIZATION Ghana Nurses, Midwives and Porters Union", "!actor Porters Union"}},
		{"a list of bodies stays a list", "The Ghana Nurses Union, Togo and the Dockers Federation backed the plan.",
			[]string{"actor Ghana Nurses Union", "actor Dockers Federation"}},
		{"a plural genitive inside an of-tail continues the name", "The Confederation of Allied Dockers' Unions (CADU) demanded a pay rise.",
			[]string{"ORGANIZATION Confederation of Allied Dockers' Unions", "!actor Confederation of Allied Dockers"}},
		{"a genitive before a title ends the name", "The Federation of Kelo Farmers' President, Amos Phiri, said prices had fallen.",
			[]string{"actor Federation of Kelo Farmers", "PERSON Amos Phiri"}},
		{"a body named for its cause keeps its for-phrase", "Malawi Doctors for Clean Water, a health group, said the dam was unsafe.",
			[]string{"ORGANIZATION Malawi Doctors for Clean Water", "!actor Clean Water"}},
		{"a personal name before 'for' is no body", "Ruth Mwale, a nurse, said she thanked Amos Phiri for Clean Water Week.",
			[]string{"PERSON Ruth Mwale", "!actor Amos Phiri for Clean Water Week"}},
		{"a title-case topic with 'for' is no body", "Brazil will end its probe of the Mining and Shipping Sectors for Dominance, the ministry said.",
			[]string{"!actor Shipping Sectors for Dominance", "!actor Mining and Shipping Sectors for Dominance"}},
		// a writer's tagline is furniture
		{"the bodies of an author's tagline are no actors", "By Mara Velt, Andes Bureau Chief\n\nLIMA, May 2 (Daily Ledger) - Peru's Congress rejected the mining bill on Tuesday.\n\nMara Velt is Andes Bureau Chief for the Daily Ledger.",
			[]string{"!actor Andes Bureau", "OPPOSES Congress -> mining bill"}},
		{"a body in a sentence about someone else stays", "By Mara Velt\n\nLIMA, May 2 (Daily Ledger) - Peru's Congress rejected the mining bill on Tuesday. Jorge Salas is head of the Andes Water Board, which backed the bill.",
			[]string{"actor Andes Water Board"}},
		// one unnamed individual is no node shared across articles
		{"a singular description is local to its article", "A Kuwaiti investor who had pledged to build a smelter told reporters he was pulling out.",
			[]string{"GROUP Kuwaiti investor", "country Kuwaiti investor = local"}},
		{"a plural description keeps its country", "Kuwaiti investors who had pledged to build a smelter told reporters they were pulling out.",
			[]string{"GROUP Kuwaiti investors", "country Kuwaiti investors = KWT"}},
		// a sentence-initial premodifier of an agent noun stays in the description
		{"an opening agent-noun prefix stays on the group", "The court struck down the levy on Friday. Opposition politicians said the levy had hurt farmers.",
			[]string{"GROUP opposition politicians", "!actor politicians"}},
		{"the prefix alone before a preposition makes no group", "The court struck down the levy on Friday. Opposition to the levy had grown, lawmakers said.",
			[]string{"!actor opposition lawmakers", "!actor Opposition"}},
		// a common noun's initialism is no body
		{"an acronym after a bare nationality adjective is a common noun", "The LPG depot in Kelo will close in May. Nigerian LPG has flooded the market, the trade minister said, and importers rejected the new levy.",
			[]string{"!actor LPG"}},
		{"an acronym after 'the' and an adjective stays a body", "The Malawian MDP said it would boycott the vote. The MDP rejected the new levy.",
			[]string{"ORGANIZATION MDP"}},
		// an acronym's hyphen is no letter
		{"a hyphenated party acronym is a body", "Police fired tear gas at marchers in Harare on Monday. The ruling KANU-PF party accused the opposition of trying to provoke violence.",
			[]string{"ORGANIZATION KANU-PF"}},
		{"a long hyphenated code in capitals stays no body", "Police said the SARS-COV2 outbreak had closed schools, and the opposition accused the ministry of hiding the figures.",
			[]string{"!actor SARS-COV2"}},
	})
}
