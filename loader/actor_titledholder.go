package loader

import (
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// titledOfficeHolder reports a person e named in full whom the article titles with an office of
// the sector that the Phoenix dictionary person a held on the article's date: "Foreign Minister
// Sergey Lavrov" (SERGEY_LAVROV, RUSGOV from 2004) in a story filed from Nairobi that never names
// Russia. The dictionary's dated role and the article's title agree on who the person is, which
// is the evidence the article's naming of the country otherwise gives against a namesake
// (codes_assign.go, step 1): the person is the dictionary's, of its country, and a body the title
// implies that took the dateline's country only by default is the holder's state's (the
// members' country outranks a guess, step 2a). A dateline says where the reporter files from,
// not whose officials speak (AP Stylebook, "datelines"). Persons without dated roles, out of
// office on the article's date, or with no title of the dictionary's sector keep the rule that
// the article must name their country (titleSectorAgrees, CodeAt: dictionaries.rst, "Date
// restriction").
//
// An undated article holds every dated role (ActiveAt). The titles must name no body of the
// person's own ("Commission President Ursula von der Leyen"
// is the European Commission's, whatever office the dictionary dates for her before): only a
// title alone or one whose state body has no country, or only a guessed one, is read so.
func titledOfficeHolder(ex *Extractor, e *entity, a *lexicon.Actor, date string) bool {
	return len(e.NameToks) >= 2 && titleHoldsOffice(ex, e, a, date)
}

// titleHoldsOffice is titledOfficeHolder without its test of a name in full: a's dated role held
// on date, and a title of e alone (or of a state body without a country of its own) that the
// Phoenix agents code to a sector of a's codes.
func titleHoldsOffice(ex *Extractor, e *entity, a *lexicon.Actor, date string) bool {
	if len(a.Dated) == 0 || !a.ActiveAt(date) {
		return false
	}
	for _, r := range e.Roles {
		if o := r.Org; o != nil && (o.Final().Kind != graph.Government || o.Final().Country != nil && !o.Final().Guessed) {
			return false
		}
	}
	return titleSectorAgrees(ex, e, a)
}

// placeBody gives the generic body e the country c its holders have: the known body of that name
// and state when the project's actors list has one ("State Department", USA: Secretary of State
// John Kerry's department in a story filed from Nairobi is the one every US story names), else
// e named with its country (PlaceIn). A known body joined so takes e's names and roles, as
// canonicalBodies joins two names of one body.
func (d *doc) placeBody(e *entity, c *lexicon.Country) {
	k := d.knownBody(e.Name, c)
	if k == nil || k.Final() == e {
		e.PlaceIn(c)
		return
	}
	for _, a := range e.Aliases {
		k.AddAlias(a)
	}
	for _, r := range e.Roles {
		k.AddRole(r.Title, r.Org)
	}
	e.MergeInto(k)
}

// knownBody is the entity of the actors-list government body of country c named name or by an
// alias name (case-insensitive), or nil.
func (d *doc) knownBody(name string, c *lexicon.Country) *entity {
	for _, a := range d.lx.Actors {
		if a.Kind != graph.Government || a.Country != c.Code {
			continue
		}
		if strings.EqualFold(a.Name, name) || slices.ContainsFunc(a.Aliases, func(al string) bool { return strings.EqualFold(al, name) }) {
			return d.knownEntity(a)
		}
	}
	return nil
}
