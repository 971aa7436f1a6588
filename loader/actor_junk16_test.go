package loader

import "testing"

// TestHeadingNameBoundaries checks that a heading's verb (headlineverbs.txt) and, in a heading set
// in capitals, a function word end a person's name (issue 14: name boundary junk), on headings
// written for the test (invented people and bodies), with near misses where the word stays.
func TestHeadingNameBoundaries(t *testing.T) {
	runCases(t, []exCase{
		{"a transcript heading's verb before an article ends the name",
			"Deputy Press Secretary Rhea Tolland Holds a Press Briefing\n\nDEPUTY PRESS SECRETARY RHEA TOLLAND: Good afternoon. The ministry will sign the contract next week.",
			[]string{"PERSON Rhea Tolland", "!actor Rhea Tolland Holds"}},
		{"a heading's verb before a speech noun ends the name",
			"Foreign Minister Kalu Obisesan Delivers Remarks on the Lagoon Treaty\n\nThe treaty protects our fishermen, the minister said.",
			[]string{"PERSON Kalu Obisesan", "!actor Kalu Obisesan Delivers"}},
		{"a surname spelled as a listed verb stays before another capitalized word",
			"Senator Mara Gives Backs Border Bill\n\nSenator Mara Gives said on Monday that the border bill would pass.",
			[]string{"PERSON Mara Gives"}},
		{"in a heading in capitals, a preposition ends the name",
			"STATEMENT BY AMBASSADOR TOMAS ELLING ON THE GRAIN RULING\n\nThe ruling of the trade panel is unfair to our farmers, the ambassador said.",
			[]string{"PERSON TOMAS ELLING", "!actor TOMAS ELLING ON"}},
		{"a surname particle in capitals stays in the name",
			"REMARKS BY MINISTER PAULO DA SILVA ON THE DAM\n\nThe dam will be finished next year, the minister said.",
			[]string{"PERSON PAULO DA SILVA", "!actor PAULO DA SILVA ON"}},
	})
}

// TestFurnitureAcronyms checks that capitals after a clock time (a time zone) and capitals written
// against a slash and a number (a document symbol) make no organization, with near misses where
// an acronym stays an actor (actor_symbols.go).
func TestFurnitureAcronyms(t *testing.T) {
	runCases(t, []exCase{
		{"a time zone after a clock time in an update line",
			"Port strike ends\n\nAmina Otieno | Coast Newswire | Updated: March 3, 2026 10:40 EAT\n\nMOMBASA, March 3 (Coast) - The KPA said the port would reopen on Monday.",
			[]string{"!actor EAT", "actor KPA"}},
		{"a time zone after a.m.",
			"The briefing began at 9 a.m. CET. The OSZ said the talks would resume.",
			[]string{"!actor CET", "actor OSZ"}},
		{"a document symbol line",
			"Council Press Statement on Attacks against Aid Convoys\n\nGA/12877\n\nThe members of the council condemned the attacks on aid convoys. The KPA said the convoys would resume.",
			[]string{"!actor GA", "actor KPA"}},
		{"an acronym after a year is no clock time",
			"In 2026 KPA officials rejected the plan. The KPA said the port would stay open.",
			[]string{"actor KPA"}},
		{"an acronym before a slash and letters is no document symbol",
			"The KPA/TPA task force met on Monday. The KPA said the port would reopen.",
			[]string{"actor KPA"}},
	})
}

// TestDescriptorNames checks the kind and name rules of descriptor nouns (orgnouns.txt) around a
// name: a plural descriptor before names and a descriptor after "the" and a name type the names
// as organizations; a nationality with a descriptor noun alone names nothing. Invented companies
// and unions; near misses where a person or a known body stays.
func TestDescriptorNames(t *testing.T) {
	runCases(t, []exCase{
		{"a plural descriptor before coordinated names types them",
			"Coffee exporters Daniel Mertens and Kivu Highlands Trading said prices would fall.",
			[]string{"ORGANIZATION Daniel Mertens", "!PERSON Daniel Mertens"}},
		{"a plural descriptor after a determiner is no close apposition",
			"The talks with the exporters Daniel Mertens said had failed were resumed.",
			[]string{"!ORGANIZATION Daniel Mertens"}},
		{"a name between 'the' and a descriptor noun is the organization's",
			"The United Dockworkers union threatened a strike on Monday. The Kamau Haulage company said it would cut routes.",
			[]string{"ORGANIZATION United Dockworkers", "!PERSON United Dockworkers", "ORGANIZATION Kamau Haulage"}},
		{"a person's name before 'party' stays a person",
			"Officials of the Mwale party said the vote was fair. Joseph Mwale said he would run again.",
			[]string{"PERSON Joseph Mwale"}},
		{"a nationality and a descriptor noun in capitals name nothing",
			"A Kenyan Company said on Monday it would sue the port authority.",
			[]string{"!actor Kenyan Company"}},
		{"a nationality with more name words is still a name",
			"The Kenyan Tea Company said on Monday it would sue the port authority.",
			[]string{"actor Kenyan Tea Company"}},
	})
}

// TestHeadlineBodyPredicate checks that in a headline a body's head followed by common words ends
// the name ("Top Court Orders Recount"), with a near miss where a head-first name of other words
// stays (headBeforeLast, actor_symbols.go).
func TestHeadlineBodyPredicate(t *testing.T) {
	runCases(t, []exCase{
		{"common words after a body's head in a headline are its predicate",
			"Ghana's Top Court Orders Recount in Tamale\n\nACCRA, May 4 (Wire) - Ghana's Supreme Court on Monday ordered a recount of the Tamale vote.",
			[]string{"!actor Court Orders Recount"}},
		{"the same with another head",
			"Kenya's Top Tribunal Halts Levy on Tea\n\nNAIROBI, May 4 (Wire) - A tribunal on Monday suspended the levy on tea exports.",
			[]string{"!actor Tribunal Halts Levy"}},
		{"a head-first name of uncommon words stays",
			"Bank Rakyat Sentosa to Cut Rates\n\nJAKARTA, May 4 (Wire) - Bank Rakyat Sentosa said on Monday it would cut lending rates.",
			[]string{"actor Bank Rakyat Sentosa"}},
	})
}

// TestVenueLines checks that a transcript's venue line (a place alone in capitals, or a building
// headed by a venue noun and its city) makes no actor, with near misses: a body and its city on a
// line, and an acronym alone on its line that is no place (venueLine, actor_symbols.go).
func TestVenueLines(t *testing.T) {
	runCases(t, []exCase{
		{"a city alone in capitals under a transcript heading",
			"TRANSCRIPT\n\nPRESS CONFERENCE\n\nBRISBANE\n\nPRIME MINISTER: Thank you. The Senate will vote on the gas bill next week.",
			[]string{"!actor BRISBANE"}},
		{"a building and its city",
			"DOORSTOP INTERVIEW\n\nGOVERNMENT HOUSE, WELLINGTON\n\nMINISTER: The Reserve Bank will decide on rates next week.",
			[]string{"!actor GOVERNMENT HOUSE"}},
		{"a body and its city on a line stays",
			"PRESS RELEASE\n\nMinistry of Fisheries, Wellington\n\nThe Ministry of Fisheries said on Monday that the quota would be cut.",
			[]string{"actor Ministry of Fisheries"}},
		{"an acronym alone on its line that is no place stays",
			"Statement on the strike\n\nKNUT\n\nThe KNUT said on Monday that teachers would strike.",
			[]string{"actor KNUT"}},
	})
}

// TestSanctionsRegime checks that "regime" after a plural noun is a system of rules, no
// GOVERNMENT, while a ruler's regime, and a government after a singular premodifier, stay
// (administrations, actor_structure.go).
func TestSanctionsRegime(t *testing.T) {
	runCases(t, []exCase{
		{"a name before 'sanctions regime' makes no government",
			"The asset freezes were made under the Global Anti-Corruption sanctions regime, the ministry said.",
			[]string{"!actor Global Anti-Corruption sanctions regime"}},
		{"a plural premodifier other than sanctions",
			"The licences fall under the Wassenaar export controls regime, officials said.",
			[]string{"!actor Wassenaar export controls regime"}},
		{"a ruler's regime stays a government",
			"Donors stopped lending to the Mbeki regime, which jailed reporters. Thabo Mbeki denied the charge.",
			[]string{"actor Mbeki regime"}},
		{"a singular premodifier before 'administration' stays",
			"Officials of Nairobi's Kibera district administration said the clinic would reopen.",
			[]string{"actor Kibera district administration"}},
	})
}

// TestContactDesk checks that a desk named in a release's contact sentence makes no actor, with
// near misses: a body before "at" and a place, and a proper name in the same slot (contactDesk,
// actor_symbols.go).
func TestContactDesk(t *testing.T) {
	runCases(t, []exCase{
		{"a desk before a telephone number",
			"Ministry sets fishing quota\n\nThe Ministry of Fisheries said on Monday that the cod quota would be cut by a tenth.\n\nFor more information contact the Information Office on +47 2224 3600.",
			[]string{"!actor Information Office", "actor Ministry of Fisheries"}},
		{"a desk before an e-mail address",
			"Ministry sets fishing quota\n\nThe Ministry of Fisheries said on Monday that the cod quota would be cut by a tenth.\n\nJournalists may contact the Information Office at info@fish.example.",
			[]string{"!actor Information Office"}},
		{"a body met at a place stays",
			"Farmers will contact the Information Office at the port, the union said. The Information Office said it would reply on Monday.",
			[]string{"actor Information Office"}},
	})
}
