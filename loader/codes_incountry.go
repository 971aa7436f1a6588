package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// inCountryBodies gives a body without a country or code the country its name ends with after
// "in": "the Committee on Foreign Investment in the United States", "the Commission on Human
// Rights in the Philippines". The body's name restricts it to that country as a name ending "of"
// the country does ("Commerce Ministry of China", ofCountry in actor_boundaries.go), and the
// Phoenix dictionary codes such names with the country they name (HUMAN_RIGHTS_IN_CHINA_
// [NGOCHNHRI], Phoenix.International.actors.txt). Only the name's own last words count: the
// country must end the mention of the body, as one run of the lexicon's country names (with
// "the"), so "the Chamber of Commerce in Shanghai" (a city) and "investment in the United States"
// after a name (no part of it) give nothing. A body the dictionary codes keeps its code. The name
// must be a proper name (its first word capitalized, not an unnamed description such as "an
// embassy in Ghana") and no mission abroad: an embassy or consulate "in" a country is the sending
// state's (envoyNouns, Vienna Convention on Diplomatic Relations 1961, arts. 1 and 3), and a field
// office, mission or delegation "in" a country is its sending body's (fieldofficeheads.txt).
func (d *doc) inCountryBodies() {
	for _, m := range d.Mentions {
		e := m.Ent.Final()
		if e.Kind != graph.Organization && e.Kind != graph.Government || e.Country != nil || e.Cameo != "" || e.Dropped || m.Sent >= len(d.Sents) {
			continue
		}
		st := d.Sents[m.Sent]
		if m.Te > len(st.Toks) {
			continue
		}
		if c := nameEndCountry(d, st, m.Ts, m.Te); c != nil {
			e.Country = c
		}
	}
}

// nameEndCountry is the country whose name (with or without "the") ends the proper name [ts, te)
// of st right after an "in" that is not the name's first word and follows no envoy noun, or nil.
func nameEndCountry(d *doc, st *sent, ts, te int) *lexicon.Country {
	if st.Toks[ts].Lower == "the" && ts+1 < te {
		ts++
	}
	if !st.Toks[ts].Cap {
		return nil
	}
	for k := te - 1; k > ts+1; k-- {
		if st.Toks[k-1].Lower != "in" {
			continue
		}
		if h := strings.TrimSuffix(st.Toks[k-2].Lower, "s"); actors.EnvoyNouns.Has(h) || actors.EnvoyNouns.Has(st.Toks[k-2].Lower) {
			return nil // "the Embassy in Ghana"
		}
		if actors.FieldOfficeHead(st.Toks[k-2].Lower) {
			// "the United Nations Verification Mission in Colombia": a field office works in the
			// country and is the sending body's (Phoenix UN_MISSION_IN_SUDAN_ [IGOUNO]), as an
			// embassy is (actors/fieldoffice.go)
			return nil
		}
		ents, end := d.MatchNames(st, k)
		if end != te {
			continue
		}
		for _, en := range ents {
			if en.Kind == lexicon.EntryCountry && en.Country != nil && docpkg.CapsFit(st, k, en) {
				return en.Country
			}
		}
	}
	return nil
}
