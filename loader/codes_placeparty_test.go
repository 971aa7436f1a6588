package loader

import "testing"

// TestPlaceOfficePersons: a person takes the country of a place or demonym before his title or
// description, or opening an appositive, or of a US state after "of" (actors/placeoffice.go).
// Near misses: a city before a description (the scene of an event), a state that is a country's
// name, a place that is part of an organization's name. Sentences written for this test.
func TestPlaceOfficePersons(t *testing.T) {
	runCases(t, []exCase{
		{"a state before an office title, with a party word and 'state' between",
			"Nebraska Gov. Walter Brandt vetoed the bill on Monday. Former Oregon Lt. Gov. Dana Kiley said the vote was rushed. " +
				"Ohio Republican Gov. Lyle Garner and Maryland state Sen. Rosa Delvecchio opposed the plan.",
			[]string{"country Walter Brandt = USA", "country Dana Kiley = USA", "country Lyle Garner = USA", "country Rosa Delvecchio = USA"}},
		{"a state or demonym before a description; a Phoenix city before a title, its country named",
			"Montana rancher Eli Voss said the rule hurt him. The American economist Nora Pell disagreed, and Seattle Mayor Ken Oduya, speaking in the United States, backed it.",
			[]string{"country Eli Voss = USA", "country Nora Pell = USA", "country Ken Oduya = USA"}},
		{"appositives and 'of' a state",
			"\"It is a mistake,\" said Ruth Calder, a Vermont state representative. Tomas Greer, a Canadian geologist, agreed. " +
				"The bill's author, Hugo Lent of Kansas, withdrew it.",
			[]string{"country Ruth Calder = USA", "country Tomas Greer = CAN", "country Hugo Lent = USA"}},
		{"near misses: a city before a description, a country's name, an organization's name",
			"Denver shooting victim Carla Moss was buried on Friday in the United States. Georgia Gov. Levan Beridze spoke in Tbilisi. " +
				"Nebraska Cement Works chairman Otto Brill said prices would rise.",
			[]string{"country Carla Moss = ", "!country Levan Beridze = USA", "country Otto Brill = "}},
	})
}

// TestPartyPersons: a person described by a US national party, before the name, in an appositive
// or by a party initial in parentheses, is of the United States (actors/partyperson.go). Near
// misses: a party word inside another party's name, a verb between party and name, no US in the
// article.
func TestPartyPersons(t *testing.T) {
	runCases(t, []exCase{
		{"premodifiers, appositives, initials",
			"Republican strategist Wade Fenner said the U.S. race was over. \"Not yet,\" said Lena Ortiz, a Democratic pollster. " +
				"Gov. Harlan Moody (R) signed the bill, and Democrat Irene Falk objected. Paul Sato, a Connecticut Democrat, abstained.",
			[]string{"country Wade Fenner = USA", "country Lena Ortiz = USA", "country Harlan Moody = USA", "country Irene Falk = USA", "country Paul Sato = USA"}},
		{"near misses: another party's name, a verb between, a plural group",
			"Republican lawmakers in the United States criticized Pavel Orlov on Monday. Christian Democratic leader Anke Vogel agreed.",
			[]string{"country Pavel Orlov = ", "country Anke Vogel = "}},
		{"near miss: the article names no United States",
			"Republican candidate Marc Durand promised lower taxes in Lyon.",
			[]string{"!country Marc Durand = USA"}},
	})
}

// TestPlaceNameBodies: an organization or state body named after a place of a country takes that
// country (actors/placenameorgs.go). Near misses: a city-named group of states, a place after "of"
// that opens a longer name, a state's name that is a country's.
func TestPlaceNameBodies(t *testing.T) {
	runCases(t, []exCase{
		{"a state or city opening the name, a state after 'of'",
			"A poll by the University of Nebraska showed support for the U.S. plan. The Kansas Teachers Association and the Dallas Water Board opposed it.",
			[]string{"country University of Nebraska = USA", "country Kansas Teachers Association = USA", "country Dallas Water Board = USA"}},
		{"near misses: a city-named group, 'of' a longer name, a capital alone",
			"The United States hosted the talks. The Boston Group of creditor states met. The Organization of American States voted. The Georgia Wine Society held a tasting.",
			[]string{"!country Boston Group = USA", "!country Organization of American States = USA", "!country Georgia Wine Society = USA"}},
	})
}
