package actors

import (
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// TitledOfficeHolder reports a person e named in full whom the article titles with an office of
// the sector that the Phoenix dictionary person a held on the article's date: "Foreign Minister
// Sergey Lavrov" (SERGEY_LAVROV, RUSGOV from 2004) in a story filed from Nairobi that never names
// Russia. The dictionary's dated role and the article's title agree on who the person is, which
// is the evidence the article's naming of the country otherwise gives against a namesake
// (codes_assign.go, step 1): the person is the dictionary's, of its country, and a body the title
// implies that took the dateline's country only by default is the holder's state's (the
// members' country outranks a guess, step 2a). A dateline says where the reporter files from,
// not whose officials speak (AP Stylebook, "datelines"). Persons without dated roles, out of
// office on the article's date (unless their record is of one country and the date follows its
// first role: oneCountryTitleHolder), or with no title of the dictionary's sector keep the rule
// that the article must name their country (titleSectorAgrees, CodeAt: dictionaries.rst, "Date
// restriction").
//
// An undated article holds every dated role (ActiveAt). The titles must name no body of the
// person's own ("Commission President Ursula von der Leyen"
// is the European Commission's, whatever office the dictionary dates for her before): only a
// title alone or one whose state body has no country, or only a guessed one, is read so.
func TitledOfficeHolder(phx *lexicon.Actors, e *doc.Entity, a *lexicon.Actor, date string) bool {
	return len(e.NameToks) >= 2 && (titleHoldsOffice(phx, e, a, date) || oneCountryTitleHolder(phx, e, a, date))
}

// oneCountryTitleHolder reports a person named in full whose Phoenix record gives roles of its
// own country only (every dated code opens with a.Country) and whom the article titles with an
// office of a sector of those roles, whatever their dates: "President Moon Jae-in" in 2019
// (MOON_JAE_IN_ [KORGOV 070501-080731]). The dictionary's dates record the offices its coders
// saw, not a term of the person's state (dictionaries.rst, "Date restriction", restricts a code,
// not an identity), so a record of one country and a title of its sector name the same person in
// a later article too; the date still decides the code (dictCode). Only a date after the start
// of the earliest role is read so: the records end where the coders stopped (Phoenix was last
// edited years before today's articles), while a date before any recorded role is a namesake's
// of an earlier time as likely as the person's ("Foreign Minister Sergey Lavrov" in 1990). A
// record with roles in two countries keeps titleHoldsOffice's test of the date.
func oneCountryTitleHolder(phx *lexicon.Actors, e *doc.Entity, a *lexicon.Actor, date string) bool {
	if len(a.Dated) == 0 || a.Country == "" {
		return false
	}
	d, after := strings.ReplaceAll(date, "-", ""), false
	for _, r := range a.Dated {
		if !strings.HasPrefix(r.Code, a.Country) {
			return false
		}
		after = after || len(d) != 8 || r.From != "" && r.From <= d
	}
	if !after {
		return false
	}
	for _, r := range e.Roles {
		if o := r.Org; o != nil && (o.Final().Kind != graph.Government || o.Final().Country != nil && !o.Final().Guessed) {
			return false
		}
	}
	return titleSectorAgrees(phx, e, a)
}

// titleHoldsOffice is titledOfficeHolder without its test of a name in full: a's dated role held
// on date, and a title of e alone (or of a state body without a country of its own) that the
// Phoenix agents code to a sector of a's codes.
func titleHoldsOffice(phx *lexicon.Actors, e *doc.Entity, a *lexicon.Actor, date string) bool {
	if len(a.Dated) == 0 || !a.ActiveAt(date) {
		return false
	}
	for _, r := range e.Roles {
		if o := r.Org; o != nil && (o.Final().Kind != graph.Government || o.Final().Country != nil && !o.Final().Guessed) {
			return false
		}
	}
	return titleSectorAgrees(phx, e, a)
}

// PlaceBody gives the generic body e the country c its holders have: the known body of that name
// and state when the project's actors list has one ("State Department", USA: Secretary of State
// John Kerry's department in a story filed from Nairobi is the one every US story names), else
// e named with its country (PlaceIn). A known body joined so takes e's names and roles, as
// canonicalBodies joins two names of one body.
func PlaceBody(d *doc.Doc, e *doc.Entity, c *lexicon.Country) {
	k := knownBody(d, e.Name, c)
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
func knownBody(d *doc.Doc, name string, c *lexicon.Country) *doc.Entity {
	for _, a := range d.Lx.Actors {
		if a.Kind != graph.Government || a.Country != c.Code {
			continue
		}
		if strings.EqualFold(a.Name, name) || slices.ContainsFunc(a.Aliases, func(al string) bool { return strings.EqualFold(al, name) }) {
			return KnownEntity(d, a)
		}
	}
	return nil
}
