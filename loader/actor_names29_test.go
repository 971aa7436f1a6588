package loader

import "testing"

// TestCountrySurname29: a one-word country name closing a given name's run is the person's
// surname (doc/countrysurname.go; CMOS 17th ed. 8.4-8.5), and the article's later country
// readings stay; a country after a common word or a demonym stays a country.
func TestCountrySurname29(t *testing.T) {
	runCases(t, []exCase{
		{"a country surname after a title and a given name", "Rep. Paula Israel said the committee would hold hearings on the tariff bill.",
			[]string{"PERSON Paula Israel", "!actor Paula", "!COUNTRY Israel"}},
		{"a country surname after a given name alone", "Walter Jordan, a retired teacher, said the school board had failed.",
			[]string{"PERSON Walter Jordan", "!COUNTRY Jordan"}},
		// must not: a common word or a demonym before the country's name
		{"a country after a common word stays", "When Israel announced the measures, the talks stalled.",
			[]string{"COUNTRY Israel"}},
		{"a country after a demonym stays", "The American Israel Public Affairs Committee met as Israel prepared its budget.",
			[]string{"COUNTRY Israel"}},
	})
}

// TestPartyDesignation29: a party–state designation after a legislator's name ("(D-N.Y.)",
// "(R-Texas)"; AP Stylebook, "party affiliation") names no actor of its own.
func TestPartyDesignation29(t *testing.T) {
	runCases(t, []exCase{
		{"a designation with a dotted state abbreviation", "Sen. Martha Cole (D-N.H.) and Rep. Tom Akers (R-W.Va.) opposed the measure on Tuesday.",
			[]string{"PERSON Martha Cole", "PERSON Tom Akers", "!actor D-N", "!actor R-W", "!actor N.H."}},
		{"a designation with a state's full name", "Rep. Dana Fields (R-Texas) criticized the agency's budget.",
			[]string{"PERSON Dana Fields", "!actor Texas"}},
		// must not: a parenthesized acronym after a body's name stays its alias
		{"an acronym in parentheses stays", "The Democratic National Committee (DNC) said it would appeal.",
			[]string{"ORGANIZATION Democratic National Committee", "alias Democratic National Committee = DNC"}},
	})
}

// TestUSStateChunk29: a capitalized run that is wholly a US state's name or AP abbreviation, or a
// state before "Democrat"/"Republican", is a place or a description, no actor
// (actors/usstates.go); a name with a state's name inside stays.
func TestUSStateChunk29(t *testing.T) {
	runCases(t, []exCase{
		{"coordinated state names", "The two governors, of Nebraska and Oregon, signed the compact on Friday.",
			[]string{"!actor Nebraska", "!actor Oregon"}},
		{"an AP state abbreviation alone", "Clinton wins N.J., vows to stay in the race.",
			[]string{"!actor N.J."}},
		{"a state before a party member noun", "Tina Alvarez, a Vermont Republican, said the bill was flawed.",
			[]string{"PERSON Tina Alvarez", "!actor Vermont Republican"}},
		// must not: a body whose name holds a state's name
		{"a university named for a state stays", "Oregon State University said it would appeal the ruling.",
			[]string{"ORGANIZATION Oregon State University"}},
	})
}

// TestTrailingInitial29: a capitalized run ending in an initial has lost its surname and names no
// one (actors/trailinginitial.go; CMOS 17th ed. 8.4, 10.12); a middle initial and a Roman
// numeral suffix stay.
func TestTrailingInitial29(t *testing.T) {
	runCases(t, []exCase{
		{"a coordination sharing the surname", "The fund run by Martin R. and Louise T. Hadley gave two million dollars to the campaign.",
			[]string{"!actor Martin R.", "PERSON Louise T. Hadley"}},
		{"a nickname in parentheses after the initial", "Peter J. (Pete) Varga is a former chairman of the county board.",
			[]string{"!actor Peter J."}},
		// must not: a middle initial before the surname, a Roman numeral
		{"a middle initial stays", "Warren K. Dillard told the committee that the audit was late.",
			[]string{"PERSON Warren K. Dillard"}},
		{"a Roman numeral suffix stays", "Malcolm X told the crowd in Harlem that the vote mattered.",
			[]string{"PERSON Malcolm X"}},
	})
}

// TestPartyMemberBeforeName29: "Democrat", "Republican" before a personal name is a description
// of the person, no word of the name (AP Stylebook, "party affiliation"; actors/junk.go,
// agentTitleWord); a party's name stays.
func TestPartyMemberBeforeName29(t *testing.T) {
	runCases(t, []exCase{
		{"a party member noun before a name", "Later, Democrat Zora Teachman said the bill would fail.",
			[]string{"PERSON Zora Teachman", "!actor Democrat Zora Teachman"}},
		// must not: a given name alone after the noun is no name of two words
		{"the noun before a single name stays out of the name rule", "The Republican Party said on Monday that it would appeal.",
			[]string{"!actor Party"}},
	})
}

// TestArticleAndPronounRuns29: a capitalized run after "the" that ends its noun phrase names a
// publication, team or place, no person (Quirk et al. 1985, §5.60-5.66), and a compound
// indefinite pronoun opening a run is no word of the name (§6.45); an attributive name before
// its head and a title after "the" are read as before (actors/articlename.go).
func TestArticleAndPronounRuns29(t *testing.T) {
	runCases(t, []exCase{
		{"a show's name after the article", "She discussed the budget on the Dana Whitley Show.",
			[]string{"!actor Dana Whitley Show"}},
		{"an indefinite pronoun before a name", "Everything Halvorsen says is meant to provoke the council, an aide said.",
			[]string{"!actor Everything Halvorsen"}},
		// must not: a title between the article and the name; an attributive name before its head
		{"a title after the article stays outside the run", "The Rev. Marcus Whitfield said the vigil would go ahead.",
			[]string{"PERSON Marcus Whitfield"}},
		{"an attributive name before its head", "The Obama administration said the rule would stand.",
			[]string{"GOVERNMENT Obama administration"}},
	})
}

// TestPeoplePlural29: a capitalized plural noun of persons as a subject names a class of people,
// a GROUP, no ORGANIZATION (actors/persongroup.go, PeoplePlural; coref); a party's members'
// plural and a sentence-initial common plural are read as before.
func TestPeoplePlural29(t *testing.T) {
	runCases(t, []exCase{
		{"a religious plural as a subject", "In the poll, many Buddhists said the new law was unfair.",
			[]string{"GROUP Buddhists", "!ORGANIZATION Buddhists"}},
		// must not: a common plural capitalized only at the sentence's start
		{"a sentence-initial common plural", "Officials said the bridge would reopen on Monday.",
			[]string{"!actor Officials"}},
	})
}
