package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// storyOfficials gives a person who holds only an office of state named by its title, with no
// body or country of its own ("Prime Minister Gustavo Adrianzen", "President Dina Boluarte",
// "former president Jair Bolsonaro"), the country of a story filed from that country that names
// no other (soleStoryCountry), as a bare national body there is that country's (codes step
// 2a”'): a dateline gives where the story is reported (AP Stylebook, "datelines"), and with no
// second country named an office of state can only be the story's country's. The title's form is
// checked as for a body (titleFormDefault: a head the Phoenix dictionary writes only for other
// countries' offices gives no default). The country is a guess (Guessed): a "we" of the person is
// not read as the state on its strength, and a country stated for the person later replaces it.
// The code is the country's with the title's Phoenix sector (CAMEO country + role). A title that
// is no office of state ("activist", "chief executive") or a person with a role at a body or
// country is left to the other rules, and so is one whose title a possessor gives
// to a body no actor was found for ("the confederation's president, X,": ownedRole).
func (d *doc) storyOfficials(ents []*entity, c *lexicon.Country) {
	if c == nil {
		return
	}
	for _, p := range ents {
		if p.Kind != graph.Person || p.Country != nil || p.Dropped || len(p.Roles) == 0 || d.ownedRole(p) {
			continue
		}
		state, other := "", false
		for _, r := range p.Roles {
			if r.Org != nil {
				other = true
				break
			}
			if t := d.stateTitle(strings.ToLower(r.Title)); t != "" {
				state = t
			}
		}
		if other || state == "" || d.titleFormDefault([]string{lexicon.TitleHead(state)}, c) == nil || d.titleAfterName(p) {
			continue
		}
		p.Country, p.Guessed = c, true
		if sec := d.titleSector(state); sec != "" {
			p.Cameo = c.Code + sec
		}
	}
}

// titleAfterName reports a titled mention of p right after a capitalized word of the sentence
// ("UFCW International President Milton Jones"): a name before the title says whose office it is
// (noun premodifiers, Quirk et al. 1985, 17.104), another body's, not the state's.
func (d *doc) titleAfterName(p *entity) bool {
	for _, m := range d.mentions {
		if m.Ent.Final() != p.Final() || m.Rule != "person:title" || m.Ts == 0 {
			continue
		}
		st := d.sents[m.Sent]
		if t := st.Toks[m.Ts-1]; t.Cap && t.Kind == text.Word && !d.clauseInitial(st, m.Ts-1) {
			return true
		}
	}
	return false
}

// ownedRole reports a role of p held under a possessor that names a body no actor was found for
// ("the confederation's president, Lucio Quispe,"): an office of that body, not of the state.
func (d *doc) ownedRole(p *entity) bool {
	for _, o := range d.ownedRoles {
		if o.Final() == p.Final() {
			return true
		}
	}
	return false
}

// officeStatus are the modifiers of a title that leave the office it names unchanged
// (data/wordclasses/officestatus.txt).
var officeStatus = lexicon.WordClass("officestatus")

// stateTitle is title (lower case) as an office of state (titles.txt, class state), read past the
// modifiers that say when or how it is held ("incumbent president" → "president"); "" when it is
// no such office, or another word premodifies it ("international president" of a union).
func (d *doc) stateTitle(title string) string {
	w := strings.Fields(title)
	for len(w) > 1 && officeStatus.Has(w[0]) {
		w = w[1:]
	}
	t := d.lx.Titles[strings.Join(w, " ")]
	if t == nil || t.Class != "state" {
		return ""
	}
	return t.Title
}
