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
