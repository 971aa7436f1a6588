package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// capitalDatelineOfficials (rule actors.CapitalDatelineRule, "title:dateline-capital") gives a
// person who holds only a bare national office title ("Prime Minister Jan Nowak", "Agriculture
// Minister Ewa Lis") the country c whose capital datelines the wire story (actors.CapitalDateline),
// and the body the title implies ("Agriculture Ministry") the same country, with its holders. AP
// Stylebook, "datelines" and "titles": a wire story identifies a foreign official by country on
// first reference, so a bare national title there is the dateline country's office (issue 14:
// "their country comes from … the dateline"), even in a sentence that names another country as a
// participant ("accused Germany"), which storyOfficials' stricter test leaves alone. Not when the
// title itself gives another country: a demonym or a possessor before it, or an "of" + country
// after the name (titleMarkedElsewhere), a role at a body or country (the demonym's
// "German Chancellor X" is MEMBER_OF Germany), a name premodifying the title (TitleAfterName), a
// dictionary person of another country (DictForeigner), or a title form the Phoenix dictionary
// writes only for other states (TitleFormDefault). The country is a guess (Guessed), as
// storyOfficials' is.
func (d *doc) capitalDatelineOfficials(ents []*entity, c *lexicon.Country) {
	if c == nil {
		return
	}
	for _, p := range ents {
		if !d.unplacedOfficial(p) {
			continue
		}
		state, other := "", false
		for _, r := range p.Roles {
			if r.Org != nil {
				other = true
				break
			}
			if t := d.Lx.Titles[strings.ToLower(r.Title)]; t != nil && t.State != "" && t.State != c.Code {
				other = true // a title one other state's style reserves ("Taoiseach")
				break
			}
			if t := actors.StateTitle(d.Lx, strings.ToLower(r.Title)); t != "" {
				state = t
			} else if t := actors.PortfolioTitle(d.Lx, r.Title); t != "" {
				state = t
			} else if t := actors.FormalPortfolioTitle(d.Lx, r.Title); t != "" {
				state = t
			}
		}
		if other || state == "" || actors.TitleFormDefault(d.Doc, []string{lexicon.TitleHead(state)}, c) == nil || actors.TitleAfterName(d.Doc, p) || actors.DictForeigner(d.Phx, p, c) || d.titleMarkedElsewhere(p) {
			continue
		}
		p.Country, p.Guessed = c, true
		if sec := actors.TitleSector(d.Phx, state); sec != "" {
			p.Cameo = c.Code + sec
		}
	}
	// the bodies the titles imply, and their holders (StoryBodies' tests, with c)
	actors.StoryBodies(d.Doc, ents, c)
	for _, r := range d.Structure {
		if r.Typ != graph.MemberOf || r.Src == nil || r.Tgt == nil {
			continue
		}
		p, b := r.Src.Final(), r.Tgt.Final()
		if p.Kind == graph.Person && p.Country == nil && !p.Dropped && b.Country == c && b.Guessed && !actors.TitleAfterName(d.Doc, p) && !actors.DictForeigner(d.Phx, p, c) && !d.titleMarkedElsewhere(p) {
			p.Country, p.Guessed = c, true
		}
	}
}

// titleMarkedElsewhere reports a titled mention of p whose title a country word premodifies or a
// possessor determines ("German Chancellor X", "Germany's Chancellor X") or whose name an
// of-phrase naming a place postmodifies ("Prime Minister X of Germany"): the title is then that
// place's office (Quirk et al. 1985, 17.104 on premodification, 17.37 on the postmodifying
// of-phrase), not the dateline's.
func (d *doc) titleMarkedElsewhere(p *entity) bool {
	for _, m := range d.Mentions {
		if m.Ent.Final() != p.Final() || m.Rule != "person:title" {
			continue
		}
		toks := d.Sents[m.Sent].Toks
		if m.Ts > 0 {
			w := toks[m.Ts-1].Lower
			if d.Lx.PlaceWord(w) || w == "'s" || strings.HasSuffix(w, "'s") {
				return true
			}
		}
		if m.Te+1 < len(toks) && toks[m.Te].Lower == "of" && (d.Lx.PlaceWord(toks[m.Te+1].Lower) || toks[m.Te+1].Lower == "the") {
			return true
		}
	}
	return false
}
