package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// Session 19 (branch persons19, issue 14): known persons that got no country. Every sentence was
// written for these tests; none comes from the corpus, the dev or the held-out sets.

// TestHyphenatedDictionaryName: a person the article names with a hyphenated romanized given name
// is the Phoenix person whose record writes the syllables as words (lexicon hyphenFreeKey), and
// takes its country when the article names it (codes_assign.go step 1).
func TestHyphenatedDictionaryName(t *testing.T) {
	for _, c := range []struct {
		name, text, person, country string
	}{
		{"Korean given name, the country named", "Kim Jong-il said North Korea would answer the drills.", "Kim Jong-il", "PRK"},
		{"Wade-Giles given name, the island named", "Lee Teng-hui said Taiwan rejects the demand.", "Lee Teng-hui", "TWN"},
		{"near miss: the country never named", "Kim Jong-il criticized the drills on Monday.", "Kim Jong-il", ""},
		{"near miss: a hyphenated name of no record", "Park Ji-hoon said South Korea rejects the demand.", "Park Ji-hoon", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			g := extractDoc(t, input.Document{Source: "t", Published: "2019-05-14", Text: c.text})
			checkPersonCountry(t, g, c.person, c.country)
		})
	}
}

// TestOneCountryTitleHolder: a person named in full whose Phoenix roles are of one country and
// whom the article titles with an office of their sector is of that country whatever the dates
// of the roles (oneCountryTitleHolder, actor_titledholder.go); another title keeps the rule that
// the article must name the country.
func TestOneCountryTitleHolder(t *testing.T) {
	for _, c := range []struct {
		name, date, text, person, country string
	}{
		{"title of the dictionary's sector, years after the role", "2019-05-14", "President Moon Jae-in criticized the export curbs on Tuesday.", "Moon Jae-in", "KOR"},
		{"a minister's title after a dated government role", "2021-02-02", "Foreign Minister Kim Jong-pil rejected the proposal.", "Kim Jong-pil", "KOR"},
		{"near miss: a title of another sector", "2019-05-14", "Senator Moon Jae-in criticized the export curbs on Tuesday.", "Moon Jae-in", ""},
		{"near miss: no title", "2019-05-14", "Moon Jae-in criticized the export curbs on Tuesday.", "Moon Jae-in", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			g := extractDoc(t, input.Document{Source: "t", Published: c.date, Text: c.text})
			checkPersonCountry(t, g, c.person, c.country)
		})
	}
}

// TestOneCountryTitleHolderBeforeRoles: a date before every role the record gives stays a possible
// namesake's (oneCountryTitleHolder), as TestRound21TitledHolderOverDateline's 1990 case.
func TestOneCountryTitleHolderBeforeRoles(t *testing.T) {
	g := extractDoc(t, input.Document{Source: "t", Published: "1995-05-14", Text: "President Moon Jae-in criticized the export curbs on Tuesday."})
	for _, n := range g.Nodes {
		if n.Name == "Moon Jae-in" && n.Country != "" {
			t.Errorf("Moon Jae-in in 1995: country %q, want none", n.Country)
		}
	}
}

// TestCoordinatedNationalityBodies: coordinated nationality premodifiers of a descriptive body
// noun distribute over it (Quirk et al. 1985, 13.64-13.66): "Kenyan and Ugandan police" are the
// police of each country, each the subject (descriptiveBodies, coordinatedNationBefore).
func TestCoordinatedNationalityBodies(t *testing.T) {
	runCases(t, []exCase{
		{"two nationalities before a mass body noun", "Zambian and Malawian police arrested the traffickers on Friday.",
			[]string{"GOVERNMENT Police (Zambia)", "GOVERNMENT Police (Malawi)", "SANCTIONS Police (Zambia)", "SANCTIONS Police (Malawi)", "!actor Zambian"}},
		{"two nationalities before the navy", "The Ghanaian and Togolese navy condemned the raids.",
			[]string{"GOVERNMENT Navy (Ghana)", "GOVERNMENT Navy (Togo)", "OPPOSES Navy (Ghana)", "OPPOSES Navy (Togo)"}},
		{"near miss: a country's name, no nationality", "Zambia and Malawian police arrested the traffickers on Friday.",
			[]string{"GOVERNMENT Police (Malawi)", "!actor Police (Zambia)"}},
		{"near miss: one nationality", "Malawian police arrested the traffickers on Friday.",
			[]string{"GOVERNMENT Police (Malawi)", "!actor Police (Zambia)"}},
	})
}

// checkPersonCountry: graph g has a node named person, and its country is country ("" for none).
func checkPersonCountry(t *testing.T, g *graph.ArticleGraph, person, country string) {
	t.Helper()
	found := false
	for _, n := range g.Nodes {
		if n.Name == person {
			found = true
			if n.Country != country {
				t.Errorf("%s: country %q, want %q", person, n.Country, country)
			}
		}
	}
	if !found {
		t.Errorf("no node %q", person)
	}
}
