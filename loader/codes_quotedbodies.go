package loader

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// quotedBodies gives a generic state body without a country ("the Cabinet", "Parliament", "the
// Treasury") that the article names only inside quotations of speakers of one state the state of
// those speakers: a speaker who names an institution with the bare definite article, or none,
// refers to the one of the community speaker and hearer share — "the Government", "the Prime
// Minister", "Parliament" in a British minister's mouth are Britain's (the "larger situation" use
// of the definite article: Quirk et al. 1985, 5.28; CGEL ch. 5 §6.1 on the definite article's
// identifiability in the shared situation). "“Because the Netherlands considers it necessary …,
// the Cabinet will introduce a control list,” said Dutch trade minister X" is the Dutch Cabinet.
//
// A speaker may also name another state's institution so when the talk is of that state ("“We
// urge the Government to release them,” the US envoy said" of Myanmar's), so the rule needs that
// every quotation holding the body names the speakers' state and no other, or that the article
// names no other state at all. A speaker is an actor of the quotation's attribution (the
// segment and claims stages' quote.speaker) whose country is stated, not guessed. Called in
// assignCodes before the generic bodies without a country are made local.
func (d *doc) quotedBodies(ents []*entity) {
	for _, e := range ents {
		if e.Country != nil || e.Kind != graph.Government || e.Final() != e || !actors.GenericBody(d.Phx, d.Lx, e) {
			continue
		}
		var c *lexicon.Country
		ok, n := true, 0
		var qs []*quote
		for _, m := range d.Mentions {
			if m.Ent.Final() != e {
				continue
			}
			n++
			q := d.quoteAround(m.Sent, m.Ts)
			if q == nil || q.Speaker == nil {
				ok = false
				break
			}
			sp := q.Speaker.Final()
			if sp == e || sp.Country == nil || sp.Guessed || sp.Kind != graph.Person && sp.Kind != graph.Government && sp.Kind != graph.Country {
				ok = false
				break
			}
			if c != nil && c != sp.Country {
				ok = false
				break
			}
			c = sp.Country
			qs = append(qs, q)
		}
		if !ok || n == 0 || c == nil {
			continue
		}
		if !d.onlyCountryNamed(c) {
			for _, q := range qs {
				if named := d.quoteCountries(q); len(named) != 1 || !named[c] {
					ok = false
					break
				}
			}
		}
		if ok {
			e.PlaceIn(c)
		}
	}
}

// quoteAround is the quotation that holds token t of sentence s (between its marks), or nil.
func (d *doc) quoteAround(s, t int) *quote {
	for _, q := range d.Quotes {
		after := s > q.S0 || s == q.S0 && t > q.T0
		before := s < q.S1 || s == q.S1 && (t < q.T1 || !q.Closed && t <= q.T1)
		if after && before {
			return q
		}
	}
	return nil
}

// quoteCountries are the countries named inside quotation q: its mentions of a country (by name,
// demonym or capital, or a country acting through its government: metonymy).
func (d *doc) quoteCountries(q *quote) map[*lexicon.Country]bool {
	out := map[*lexicon.Country]bool{}
	for _, m := range d.Mentions {
		if m.Sent < q.S0 || m.Sent > q.S1 || m.Sent == q.S0 && m.Ts <= q.T0 || m.Sent == q.S1 && m.Ts >= q.T1 && q.Closed {
			continue
		}
		if e := m.Ent.Final(); e.Kind == graph.Country && e.Country != nil {
			out[e.Country] = true
		}
	}
	return out
}

// onlyCountryNamed reports an article that names country c and no other (countryCounts).
func (d *doc) onlyCountryNamed(c *lexicon.Country) bool {
	cc := actors.CountryCounts(d.Doc)
	for code, k := range cc {
		if k > 0 && code != c.Code {
			return false
		}
	}
	return cc[c.Code] > 0
}
