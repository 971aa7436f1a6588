package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// PlaceNameBodies gives an organization or state body without a country or dictionary code the
// country of a place its own name names: opening it ("the Dallas Morning News", "Ohio State
// University", "Chicago Police Department") or as the object of its first "of" ("University of
// Texas", "Bank of America", "City University of New York"). A proper noun premodifying a noun
// names where the thing is (Quirk et al. 1985, 17.108), and an of-phrase after an
// organization's head its place (17.38); an institution of a state or city of a country is of
// that country, as CAMEO codes a national organization by its state.
//
// The place (placeCountryAt) is a US state's written name that names no country or a Phoenix place
// whose country the article names outright (PlaceNamedOrgs, which runs first, asks for the same sentence);
// in the of-phrase it must end the name or be followed by a lower-case word ("of American
// States" names no place). A name the dictionaries code is left alone: the bodies named after a
// city that states join ("the Paris Club", IgoByMembership) have their IGO code by then, and
// bodies of two words, a place and a head that names such groups (group, club, forum, process),
// stay as they are. Rule "country:place-name".
func PlaceNameBodies(d *doc.Doc, ents []*doc.Entity) {
	for _, e := range ents {
		if e.Kind != graph.Organization && e.Kind != graph.Government || e.Country != nil || e.Cameo != "" || e.Dropped || e.Final() != e {
			continue
		}
		if c := nameCountry(d, e); c != nil {
			e.Country = c
		}
	}
}

// nameCountry is the country of the place that opens e's name or follows its first "of", read on
// the tokens of one of e's mentions that holds the whole name, or nil.
func nameCountry(d *doc.Doc, e *doc.Entity) *lexicon.Country {
	name := strings.TrimPrefix(e.Name, "The ")
	w := strings.Fields(name)
	if len(w) < 2 {
		return nil
	}
	for _, m := range d.Mentions {
		if m.Ent == nil || m.Ent.Final() != e || m.Sent >= len(d.Sents) {
			continue
		}
		st := d.Sents[m.Sent]
		ts := m.Ts
		if ts < m.Te && st.Toks[ts].Lower == "the" {
			ts++
		}
		if m.Te-ts != len(w) || !strings.EqualFold(d.SpanText(st, ts, m.Te), strings.Join(w, " ")) {
			continue
		}
		if c, q := placeCountryAt(d, st, ts); c != nil && q < m.Te {
			if q == m.Te-1 && len(w) == 2 && cityGroupHeads.Has(st.Toks[q].Lower) {
				return nil // "the Lima Group": a group of states named after where it met
			}
			return c
		}
		for k := ts + 1; k < m.Te-1; k++ {
			if st.Toks[k].Lower != "of" {
				continue
			}
			if c, q := placeCountryAt(d, st, k+1); c != nil && q <= m.Te && (q == m.Te || !st.Toks[q].Cap) {
				return c
			}
			break
		}
		return nil
	}
	return nil
}

// cityGroupHeads are the heads of the names of groups of states called after a city ("the Paris
// Club", "the Lima Group", "the Minsk Group", "the Astana process"): with only a place before
// them, no one state's body (PlaceNameBodies).
var cityGroupHeads = lexicon.WordClass("citygroupheads") // data/wordclasses/citygroupheads.txt
