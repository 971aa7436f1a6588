package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// TitleStates gives a generic state body without a country the state whose office its holder's
// title is by statutory style: "Secretary of the Treasury Scott Bessent" holds the office 31
// U.S.C. 301(b) creates, so his "Treasury" is the United States' Treasury, whatever his own
// country (no dictionary lists him); "Chancellor of the Exchequer" is the United Kingdom's. The
// titles are the rows of titles.txt with a state field; a title many states use ("finance
// minister", "Treasury Secretary") has none. As for a dictionary body of one country taken from a
// bare title (actor_entity.go bodyEntity), the article must name that state, and a story filed
// from another country that it names at least as often keeps its own (datelineOutweighs). Holders
// whose titles name two states leave the body as it is. Called in assignCodes before the generic
// bodies without a country are made local.
func TitleStates(d *doc.Doc, ents []*doc.Entity) {
	for _, e := range ents {
		if e.Country != nil || e.Kind != graph.Government || e.Final() != e || !GenericBody(d.Phx, d.Lx, e) {
			continue
		}
		code := ""
		for _, p := range ents {
			if p.Kind != graph.Person || p.Dropped {
				continue
			}
			for _, r := range p.Roles {
				if r.Org == nil || r.Org.Final() != e {
					continue
				}
				t := d.Lx.Titles[strings.ToLower(r.Title)]
				if t == nil || t.State == "" {
					continue
				}
				if code != "" && code != t.State {
					code = "-" // two states' offices: no one state
				} else if code == "" {
					code = t.State
				}
			}
		}
		if code == "" || code == "-" || !NamesCountry(d, code) || datelineOutweighs(d, code) {
			continue
		}
		if c := d.Lx.ByCode[code]; c != nil {
			e.PlaceIn(c)
		}
	}
}

// TitleStatePersons gives a person still without a country who holds, with no body of his own, an
// office that titles.txt reserves to one state by its style ("Taoiseach Ciaran Doyle": the
// Constitution of Ireland, Art. 28.5.1; "Chancellor of the Exchequer X"): the title identifies the
// office and so its state, as a demonym would ("Irish Prime Minister X"), wherever the story is
// filed (a Taoiseach visiting Berlin is still Ireland's). A person holding two such titles of
// different states keeps none; the code is the state's with the title's Phoenix sector.
func TitleStatePersons(d *doc.Doc, ents []*doc.Entity) {
	for _, p := range ents {
		if p.Kind != graph.Person || p.Country != nil || p.Dropped || p.Final() != p {
			continue
		}
		code := ""
		for _, r := range p.Roles {
			if r.Org != nil && r.Org.Final().Country != nil {
				code = "-" // an office of a placed body: its country is the body's
				break
			}
			t := d.Lx.Titles[strings.ToLower(r.Title)]
			if t == nil || t.State == "" {
				continue
			}
			if code != "" && code != t.State {
				code = "-"
			} else {
				code = t.State
			}
		}
		if c := d.Lx.ByCode[code]; c != nil {
			p.Country = c
			for _, r := range p.Roles {
				if sec := TitleSector(d.Phx, r.Title); sec != "" {
					p.Cameo = c.Code + sec
				}
			}
		}
	}
}
