package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// Guessed countries. A title that implies a body ("Foreign Ministry Spokesperson Tomas Brandt")
// with no country of its own takes, as a last resort, the one country the article names
// (titleCountry, portfolioEntity): a body without a country would merge every state's foreign
// ministry into one node. Such a country is a guess from the article's wording, not a fact the
// article states, and the article's facts about the body outrank it (issue 12):
//
//   - the body's own page: on a ministry's own transcript the journalist who asks about "the new
//     fishing rules announced by Norway" makes Norway the article's one country, but the page is
//     the Danish ministry's (its outlet or government URL says so: publisherCountry,
//     publisherOwnCountry);
//   - its holders' affiliation: a body whose members have one stated country (a dictionary
//     person, a country in their own phrase) is that country's (membersCountry).
//
// A guess never speaks for a first person either: "our government" or "we" of a spokesperson
// whose body's country is only guessed is not that country (possessedCountry, govCountry).

// guessedBody is bodyEntity for the country c found by guessed (true: the article's one named
// country). A body it creates is marked guessed; a body the article names elsewhere with the same
// country said stays said (bodyEntity clears the mark).
func (d *doc) guessedBody(body string, c *lexicon.Country, guessed bool) *entity {
	if c == nil || !guessed {
		return d.bodyEntity(body, c)
	}
	prev, existed := d.ByKey["body:"+strings.ToLower(body)+":"+c.Code]
	was := existed && prev.Final().Guessed
	e := d.bodyEntity(body, c)
	if e.Rule == "title:implied-body" && (!existed || was) {
		e.Guessed = true
	}
	return e
}

// unguess takes back the guessed country of body e before a stated one replaces it: the name
// loses its " (Country)" qualifier and that alias, the code goes, and the members that had the
// country only from e (guessed too) lose it; they learn e's new country with the other members
// (assignCodes).
func (d *doc) unguess(e *entity) {
	if !e.Guessed || e.Country == nil {
		return
	}
	old := e.Country
	if base, ok := strings.CutSuffix(e.Name, " ("+old.Name+")"); ok {
		var keep []string
		for _, a := range e.Aliases {
			if a != e.Name {
				keep = append(keep, a)
			}
		}
		e.Aliases, e.Name = keep, base
	}
	e.Country, e.Code, e.Cameo, e.Guessed = nil, "", "", false
	for _, r := range d.Structure {
		if r.Typ != graph.MemberOf || r.Src == nil || r.Tgt == nil || r.Tgt.Final() != e {
			continue
		}
		if p := r.Src.Final(); p.Guessed && p.Country == old {
			p.Country, p.Cameo, p.Guessed = nil, "", false
		}
	}
}
