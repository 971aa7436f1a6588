package loader

import "testing"

// TestCommonInitialisms: an initialism WordNet 3.0 knows only as a common noun ("CEO", "PTSD")
// is no organization when a determiner or a genitive makes it a common noun phrase, and one it
// knows only as an adverb ("ASAP") never is (actors/wordnetnames.go). Must-nots: an acronym
// WordNet lists as a body ("PAC"), one the article defines after a name, and a common-noun
// initialism premodifying a noun after "the" (as a broadcaster's name does) stay organizations.
// Sentences are invented.
func TestCommonInitialisms(t *testing.T) {
	runCases(t, []exCase{
		{"after an indefinite article", `The board said on Tuesday that it would hire a new CEO by the spring.`,
			[]string{"!actor CEO"}},
		{"with periods, after a number", `The pitcher finished the season with a 3.10 E.R.A. and twelve wins.`,
			[]string{"!actor E.R.A.", "!actor ERA"}},
		{"after a possessive", `Doctors said his PTSD had worsened after the second deployment.`,
			[]string{"!actor PTSD"}},
		{"an adverb", `"We want to settle this ASAP," Mayor Linda Ortez told reporters.`,
			[]string{"!actor ASAP", "PERSON Linda Ortez"}},
		{"must-not: a body in WordNet", `The PAC spent two million dollars on television ads, its treasurer said.`,
			[]string{"ORGANIZATION PAC"}},
		{"must-not: defined after its name", `The Center for Election Outreach (CEO) said the district lines were unfair. The CEO said it would sue.`,
			[]string{"!actor Chief Executive Officer", "ORGANIZATION Center for Election Outreach"}},
	})
}

// TestWordNetPlaces: a run of capitalized words that WordNet 3.0 knows only as a place is no
// person and no organization (actors/wordnetnames.go). Must-nots: a place name that is also a
// person's in WordNet stays a person's name when written as one, and a personal name with a
// place's first word stays a person.
func TestWordNetPlaces(t *testing.T) {
	runCases(t, []exCase{
		{"a city as a person's shape", `Thousands of volunteers gathered in downtown Des Moines before the caucuses.`,
			[]string{"!actor Des Moines"}},
		{"a city with an organization head word", `The shipyard in Newport News will hire 2,000 workers next year, the company said.`,
			[]string{"!actor Newport News"}},
		{"must-not: a person named after a city", `Sam Houston led the army of Texas, historians say.`,
			[]string{"PERSON Sam Houston"}},
		{"must-not: a given name that is a city's first word", `San Francisco Mayor Paul Lindgren met Diego Santos on Friday.`,
			[]string{"PERSON Diego Santos"}},
	})
}

// TestCommonInitialismPremodifier: a determiner before an initialism that premodifies a noun is
// the head noun's ("an HP director"), so the initialism is still read as an organization's
// acronym, while the same initialism heading its phrase after a determiner is a common noun.
func TestCommonInitialismPremodifier(t *testing.T) {
	runCases(t, []exCase{
		{"must-not: premodifier after an article", `Wendell Marsh, an HP director, said the board would meet again.`,
			[]string{"ORGANIZATION HP"}},
		{"head after a possessive", `The company's CEO said on Monday that layoffs were over.`,
			[]string{"!actor CEO"}},
	})
}
