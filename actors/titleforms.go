package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// TitleFormDefault is the default country c of a body implied by titles with the given head
// nouns (lexicon.TitleHead), checked against the dictionary's title forms: c, or nil (no
// default).
func TitleFormDefault(d *doc.Doc, heads []string, c *lexicon.Country) *lexicon.Country {
	if c == nil || !d.Lx.TitleFormCountries[c.Code] {
		return c
	}
	if dc := DatelineCountry(d); dc == nil || dc.Code != c.Code {
		return c // a default that is not the dateline's: the article's own country (a release)
	}
	for _, h := range heads {
		users := d.Lx.TitleForms[h]
		if len(users) == 0 || users[c.Code] {
			continue
		}
		if cabinetHeads.Has(h) && !recordsCabinet(d, c.Code) {
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
func recordsCabinet(d *doc.Doc, code string) bool {
	for _, h := range cabinetHeads.Words() {
		if d.Lx.TitleForms[h][code] {
			return true
		}
	}
	return false
}

// BodyTitleHeads are the head nouns of the titles that make persons members of body e
// ("Commerce Secretary" → "secretary").
func BodyTitleHeads(d *doc.Doc, e *doc.Entity) []string {
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
