package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// SplitCountrylessBodies gives each person MEMBER_OF a generic body without a country a body of
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
func SplitCountrylessBodies(d *doc.Doc, ents []*doc.Entity) []*doc.Entity {
	split := false
	for _, e := range ents {
		if e.Country != nil || e.Kind != graph.Government || !GenericBody(d.Phx, d.Lx, e) {
			continue
		}
		var holders []*doc.Entity
		var c *lexicon.Country
		shared := true
		for _, r := range d.Structure {
			if r.Typ != graph.MemberOf || r.Src == nil || r.Tgt == nil || r.Tgt.Final() != e {
				continue
			}
			p := r.Src.Final()
			if p.Kind != graph.Person || p.Dropped {
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
			if p.Country == nil || c != nil && c != p.Country {
				shared = false
			}
			c = p.Country
		}
		if len(holders) < 2 || shared {
			continue
		}
		for _, p := range holders[1:] {
			b := &doc.Entity{Kind: e.Kind, Name: e.Name, Rule: e.Rule, IdName: e.IdName, Aliases: append([]string(nil), e.Aliases...), OwnHolder: true}
			d.Ents = append(d.Ents, b)
			for _, r := range d.Structure {
				if r.Typ == graph.MemberOf && r.Src != nil && r.Tgt != nil && r.Src.Final() == p && r.Tgt.Final() == e {
					r.Tgt = b
				}
			}
			for i := range p.Roles {
				if p.Roles[i].Org != nil && p.Roles[i].Org.Final() == e {
					p.Roles[i].Org = b
				}
			}
			split = true
		}
	}
	if !split {
		return ents
	}
	return FinalActors(d)
}
