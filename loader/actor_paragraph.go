package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// A title's body that the title alone leaves open, read from its paragraph. News prose names a
// body and then, in the same paragraph, the official who speaks for it ("Greece's Foreign
// Ministry said it regretted the reaction. Foreign Minister Giorgos Gerapetritis said …";
// "China's foreign ministry said … , spokesperson Lin Jian said in Beijing"): the paragraph is
// the unit of one topic and one source (AP Stylebook, "paragraphs"; the inverted pyramid keeps a
// statement and its attribution together), and a definite or bare title refers back to the one
// body of its kind named before it there (Quirk et al. 1985, 5.28, anaphoric reference to a
// preceding noun phrase). Only one candidate body in the paragraph counts; two (a Greek and a
// Turkish ministry side by side) leave the title as it was.

// paragraphBodies merges a title's implied body that has no country (a local "Foreign Ministry"
// of "Foreign Minister Giorgos Gerapetritis") into the one body of that name with a country
// ("Foreign Ministry (Greece)") named before the title in the same paragraph, when every title
// and mention of the local body agree on that one body (rule title:paragraph-body, recorded on
// the membership). A holder whose country is known already is left to the other rules.
func (d *doc) paragraphBodies() {
	for _, e := range d.Ents {
		if e.Merged != nil || e.Dropped || e.Kind != graph.Government || e.Country != nil || e.Rule != "title:implied-body" {
			continue
		}
		var target *entity
		var members []*relCand
		ok := true
		for _, r := range d.Structure {
			if !ok || !r.Structural || r.Typ != graph.MemberOf || r.Tgt == nil || r.Tgt.Final() != e {
				continue
			}
			if r.Src.Final().Country != nil {
				ok = false
				break
			}
			b := d.paragraphBody(r.Sent, r.CueStart, func(o *entity) bool {
				return o.Kind == graph.Government && o.Country != nil && strings.HasPrefix(o.Name, e.Name+" (")
			})
			if b == nil || target != nil && b != target {
				ok = false
				break
			}
			target = b
			members = append(members, r)
		}
		for _, m := range d.Mentions {
			if !ok || target == nil {
				break
			}
			if m.Ent.Final() == e && d.paragraphOf(m.Sent) != d.paragraphOf(members[0].Sent) {
				ok = false // the local body spoken of elsewhere: not this paragraph's alone
			}
		}
		if !ok || target == nil {
			continue
		}
		for _, r := range members {
			r.Rule = "title:paragraph-body"
		}
		target.AddAlias(e.Name)
		e.MergeInto(target)
	}
}

// spokesTitles are the titles of one who speaks for a body (titles.txt class role: the title
// alone names no body).
var spokesTitles = lexicon.WordClass("spokesnouns") // data/wordclasses/spokesnouns.txt

// paragraphSpokespersons makes a person titled only "spokesperson" (no body named with the title,
// no country) MEMBER_OF the one government body or organization named before the title in the
// same paragraph ("China's foreign ministry said …, spokesperson Lin Jian said": the ministry's
// spokesperson; rule title:paragraph-body). A spokesperson speaks for a body by definition
// (Merriam-Webster: "a person who speaks as the representative of another or others"); with no
// body, or two, in the paragraph the role stays as it was.
func (d *doc) paragraphSpokespersons() {
	for _, p := range d.Ents {
		if p.Merged != nil || p.Dropped || p.Kind != graph.Person || p.Country != nil {
			continue
		}
		open := ""
		for _, r := range p.Roles {
			if r.Org != nil {
				open = ""
				break
			}
			if spokesTitles.Has(strings.ToLower(r.Title)) {
				open = r.Title
			}
		}
		if open == "" {
			continue
		}
		for _, m := range d.Mentions {
			if m.Ent.Final() != p || m.Rule != "person:title" {
				continue
			}
			st := d.Sents[m.Sent]
			if !strings.EqualFold(st.Toks[m.Ts].Text, open) {
				continue
			}
			b := d.paragraphBody(m.Sent, st.Toks[m.Ts].Start, func(o *entity) bool {
				return (o.Kind == graph.Government || o.Kind == graph.Organization) && !o.Weak && !newsOutlet(d.Phx, o)
			})
			if b != nil {
				p.AddRole(open, b)
				d.memberOf(st, m.Ts, m.Ts+1, p, b, open, "title:paragraph-body")
			}
			break
		}
	}
}

// newsOutlet reports an organization that reports the story rather than takes part in it: one
// the Phoenix dictionary codes in the media sector (Reuters MED, "USAMED"). A spokesperson
// speaks for a party to the story, not for the outlet he told.
func newsOutlet(phx *lexicon.Actors, o *entity) bool {
	if phx == nil {
		return false
	}
	a := phx.Unique(o.Name, "")
	if a == nil {
		return false
	}
	c := a.Code
	return strings.HasPrefix(c, "MED") || len(c) >= 6 && c[3:6] == "MED"
}

// paragraphOf is the paragraph index of sentence s.
func (d *doc) paragraphOf(s int) int { return d.Sents[s].S.Paragraph }

// paragraphBody is the one entity satisfying fits mentioned in the paragraph of sentence s
// before code point at, or nil when there is none or more than one.
func (d *doc) paragraphBody(s, at int, fits func(*entity) bool) *entity {
	var found *entity
	for si := s; si >= 0 && d.paragraphOf(si) == d.paragraphOf(s); si-- {
		for _, mi := range d.BySent[si] {
			m := d.Mentions[mi]
			if si == s && d.Sents[si].Toks[m.Ts].Start >= at {
				continue
			}
			o := m.Ent.Final()
			if o.Dropped || !fits(o) {
				continue
			}
			if found != nil && found != o {
				return nil
			}
			found = o
		}
	}
	return found
}
