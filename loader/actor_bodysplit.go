package loader

import (
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// splitCountrylessBodies gives each person MEMBER_OF a generic body without a country a body of
// its own when the body has two or more such persons who do not share one known country, and
// returns the article's final actors again.
//
// Why: "Foreign Minister Musalia Mudavadi of Kenya met his Ethiopian counterpart, Foreign
// Minister Gedion Timothewos" implies two foreign ministries; a title names its holder's own
// state's body (the holder's affiliation, issue 14), and nothing in a bare title says two holders
// serve one state. One body for both would merge two countries' ministries, which the issue
// forbids; a body per holder stays apart, and a holder whose country is known gives that body
// its country in the next step (membersCountry). Holders that share one known country keep one
// body (membersCountry names it). The body's own mentions ("the Foreign Ministry said") stay
// with the first holder's body, the article's first use of the name.
func (d *doc) splitCountrylessBodies(ents []*entity) []*entity {
	split := false
	for _, e := range ents {
		if e.country != nil || e.kind != graph.Government || !d.genericBody(e) {
			continue
		}
		var holders []*entity
		var c *lexicon.Country
		shared := true
		for _, r := range d.structure {
			if r.typ != graph.MemberOf || r.src == nil || r.tgt == nil || r.tgt.final() != e {
				continue
			}
			p := r.src.final()
			if p.kind != graph.Person || p.dropped {
				continue
			}
			dup := false
			for _, h := range holders {
				dup = dup || h == p
			}
			if dup {
				continue
			}
			holders = append(holders, p)
			if p.country == nil || c != nil && c != p.country {
				shared = false
			}
			c = p.country
		}
		if len(holders) < 2 || shared {
			continue
		}
		for _, p := range holders[1:] {
			b := &entity{kind: e.kind, name: e.name, rule: e.rule, idName: e.idName, aliases: append([]string(nil), e.aliases...), ownHolder: true}
			d.ents = append(d.ents, b)
			for _, r := range d.structure {
				if r.typ == graph.MemberOf && r.src != nil && r.tgt != nil && r.src.final() == p && r.tgt.final() == e {
					r.tgt = b
				}
			}
			for i := range p.roles {
				if p.roles[i].org != nil && p.roles[i].org.final() == e {
					p.roles[i].org = b
				}
			}
			split = true
		}
	}
	if !split {
		return ents
	}
	return d.finalActors()
}
