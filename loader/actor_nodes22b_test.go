package loader

import "testing"

// TestPortfolioDemonym: a demonym or region adjective before a portfolio noun is a word of the
// title's for/of-portfolio (portfolioDemonym), so the name after it is the holder; near misses:
// a demonym before a name (the holder's nationality) and a portfolio without a demonym.
func TestPortfolioDemonym(t *testing.T) {
	runCases(t, []exCase{
		{"for region adjective", "Malta news\n\nMinister for European Affairs Clara Vella said Malta welcomed the agreement.",
			[]string{"PERSON Clara Vella", "role Clara Vella = Minister for European Affairs", "!actor European Affairs Clara Vella", "CLAIMS Clara Vella -> welcomed"}},
		{"of region adjective", "Egypt news\n\nDeputy Minister of African Affairs Omar Farouk criticised the decision.",
			[]string{"PERSON Omar Farouk", "!actor African Affairs Omar Farouk"}},
		{"country demonym", "Hungary news\n\nMinister for Hungarian Affairs Abroad Istvan Nagy said Hungary would help.",
			[]string{"!actor Hungarian Affairs Abroad Istvan Nagy"}},
		{"near miss: nationality before the holder", "Malta news\n\nThe minister met Maltese lawyer Clara Vella on Monday.",
			[]string{"!actor Maltese Clara Vella"}},
		{"near miss: plain portfolio", "Malta news\n\nMinister for Trade Clara Vella said Malta welcomed the agreement.",
			[]string{"PERSON Clara Vella", "role Clara Vella = Minister for Trade"}},
	})
}

// TestEventHeads: a city before a sports event's or festival's head noun names an event, no
// organization (eventHeads, OntoNotes 5.0 EVENT); near miss: a company named after its city.
func TestEventHeads(t *testing.T) {
	runCases(t, []exCase{
		{"games", "Canada news\n\nCanada said the Ottawa Games would be postponed.", []string{"!actor Ottawa Games", "CLAIMS Canada -> postponed"}},
		{"marathon", "Ireland news\n\nThe Dublin Marathon was cancelled because of the storm, Ireland said.", []string{"!actor Dublin Marathon"}},
		{"festival", "Scotland news\n\nThe Edinburgh Festival drew record crowds, Britain said.", []string{"!actor Edinburgh Festival"}},
		{"near miss: company", "Japan news\n\nOsaka Gas said Japan would cut imports.", []string{"ORGANIZATION Osaka Gas"}},
	})
}
