package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// ParagraphBodies merges a title's implied body that has no country (a local "Foreign Ministry"
// of "Foreign Minister Giorgos Gerapetritis") into the one body of that name with a country
// ("Foreign Ministry (Greece)") named before the title in the same paragraph, when every title
// and mention of the local body agree on that one body (rule title:paragraph-body, recorded on
// the membership). A holder whose country is known already is left to the other rules.
func ParagraphBodies(d *doc.Doc) {
	for _, e := range d.Ents {
		if e.Merged != nil || e.Dropped || e.Kind != graph.Government || e.Country != nil || e.Rule != "title:implied-body" {
			continue
		}
		var target *doc.Entity
		var members []*doc.RelCand
		ok := true
		for _, r := range d.Structure {
			if !ok || !r.Structural || r.Typ != graph.MemberOf || r.Tgt == nil || r.Tgt.Final() != e {
				continue
			}
			if r.Src.Final().Country != nil {
				ok = false
				break
			}
			b := paragraphBody(d, r.Sent, r.CueStart, func(o *doc.Entity) bool {
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
			if m.Ent.Final() == e && paragraphOf(d, m.Sent) != paragraphOf(d, members[0].Sent) {
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

// SpokesTitles are the titles of one who speaks for a body (titles.txt class role: the title
// alone names no body).
var SpokesTitles = lexicon.WordClass("spokesnouns") // data/wordclasses/spokesnouns.txt

// ParagraphSpokespersons makes a person titled only "spokesperson" (no body named with the title,
// no country) MEMBER_OF the one government body or organization named before the title in the
// same paragraph ("China's foreign ministry said …, spokesperson Lin Jian said": the ministry's
// spokesperson; rule title:paragraph-body). A spokesperson speaks for a body by definition
// (Merriam-Webster: "a person who speaks as the representative of another or others"); with no
// body, or two, in the paragraph the role stays as it was.
func ParagraphSpokespersons(d *doc.Doc) {
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
			if SpokesTitles.Has(strings.ToLower(r.Title)) {
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
			b := paragraphBody(d, m.Sent, st.Toks[m.Ts].Start, func(o *doc.Entity) bool {
				return (o.Kind == graph.Government || o.Kind == graph.Organization) && !o.Weak && !NewsOutlet(d.Phx, o)
			})
			if b != nil {
				p.AddRole(open, b)
				MemberOf(d, st, m.Ts, m.Ts+1, p, b, open, "title:paragraph-body")
			}
			break
		}
	}
}

// NewsOutlet reports an organization that reports the story rather than takes part in it: one
// the Phoenix dictionary codes in the media sector (Reuters MED, "USAMED"). A spokesperson
// speaks for a party to the story, not for the outlet he told.
func NewsOutlet(phx *lexicon.Actors, o *doc.Entity) bool {
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
func paragraphOf(d *doc.Doc, s int) int { return d.Sents[s].S.Paragraph }

// paragraphBody is the one entity satisfying fits mentioned in the paragraph of sentence s
// before code point at, or nil when there is none or more than one.
func paragraphBody(d *doc.Doc, s, at int, fits func(*doc.Entity) bool) *doc.Entity {
	var found *doc.Entity
	for si := s; si >= 0 && paragraphOf(d, si) == paragraphOf(d, s); si-- {
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
