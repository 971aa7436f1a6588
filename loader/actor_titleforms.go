package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// A default country checked against the title's form (issue 14). A body named by a generic head
// that a title implies ("Commerce Secretary Wilbur Ross" → Commerce Department) takes, when the
// text gives no country of its own, a default: the article's one named country or the story's
// dateline country. The default is fair only when nothing in the title contradicts it, and the
// title's head noun is evidence: states write their offices with their own heads (the United
// States' cabinet are Secretaries, most parliamentary states' are Ministers, Germany's head of
// government is the Chancellor). The PETRARCH2/Phoenix country dictionary records which heads it
// writes for which country's offices (lx.TitleForms, data/lexicons/phoenix/titleforms.txt, built
// by tools/titleforms from the dictionary's names and aliases: "Defense Secretary Chuck Hagel"
// USA, "Foreign Minister Sergey V. Lavrov" RUS). A head that the dictionary uses for other
// countries' offices and never for the default country's gives no default (the body stays
// local to its article, as one with no country found does). A country whose title forms
// the dictionary does not record at all (no row in titleforms.txt) keeps its default: absence
// of evidence there says nothing. The check applies to a default that is the dateline's country:
// a dateline says where the reporter files from, not whose officials speak (AP Stylebook,
// "datelines"; wire stories from Beijing quote Washington's officials), while an undated release
// naming one country is that country's own ("Foreign Secretary …" on gov.uk: the dictionary
// records no British secretaries, only Prime Ministers, so its silence there would mislead).

// titleFormDefault is the default country c of a body implied by titles with the given head
// nouns (lexicon.TitleHead), checked against the dictionary's title forms: c, or nil (no
// default).
func (d *doc) titleFormDefault(heads []string, c *lexicon.Country) *lexicon.Country {
	if c == nil || !d.Lx.TitleFormCountries[c.Code] {
		return c
	}
	if dc := d.datelineCountry(); dc == nil || dc.Code != c.Code {
		return c // a default that is not the dateline's: the article's own country (a release)
	}
	for _, h := range heads {
		users := d.Lx.TitleForms[h]
		if len(users) == 0 || users[c.Code] {
			continue
		}
		if cabinetHeads.Has(h) && !d.recordsCabinet(c.Code) {
			continue // the dictionary names none of c's ministers: its silence says nothing
		}
		return nil
	}
	return c
}

// cabinetHeads are the head nouns of the titles of a state's cabinet members, the political
// heads of its ministries or departments: a Minister in most states, a Secretary (of State) in
// the United States, the United Kingdom, Mexico or the Philippines
// (data/wordclasses/cabinetheads.txt: Oxford English Dictionary, "minister" n. 5a, "secretary"
// n. 3; titleforms-extra.txt gives each state's source).
var cabinetHeads = lexicon.WordClass("cabinetheads")

// recordsCabinet reports that the title forms record a cabinet head (cabinetHeads) for country
// code. The Phoenix dictionary lists for many states only their heads of state or government
// (Germany: "chancellor", "president"): there, that "minister" is used only for other states'
// offices is no evidence against code's own Foreign Minister, as a country with no row at all
// keeps its default (absence of evidence).
func (d *doc) recordsCabinet(code string) bool {
	for _, h := range cabinetHeads.Words() {
		if d.Lx.TitleForms[h][code] {
			return true
		}
	}
	return false
}

// bodyTitleHeads are the head nouns of the titles that make persons members of body e
// ("Commerce Secretary" → "secretary").
func (d *doc) bodyTitleHeads(e *entity) []string {
	var heads []string
	for _, p := range d.Ents {
		if p.Kind != graph.Person || p.Dropped {
			continue
		}
		for _, r := range p.Roles {
			if r.Org != nil && r.Org.Final() == e && r.Title != "" {
				heads = append(heads, lexicon.TitleHead(strings.ToLower(r.Title)))
			}
		}
	}
	return heads
}
