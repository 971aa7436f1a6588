package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
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
// storyOfficials' is. Nothing is placed when the article itself names another state's officials
// by their country (otherStatesOfficials): then a bare title may be either state's.
func (d *doc) capitalDatelineOfficials(ents []*entity, c *lexicon.Country) {
	if c == nil {
		return
	}
	if d.otherStatesOfficials(ents, c) {
		return
	}
	for _, p := range ents {
		if !d.unplacedOfficial(p) || !titledBeforeName(d, p) {
			continue
		}
		// "Justice Minister X": the formal title capitalized before the name places him too
		state, other := d.officialStateTitle(p, c, false, func(title string) string { return actors.CapitalPortfolioTitle(d.Lx, title) })
		if other || state == "" || actors.TitleFormDefault(d.Doc, []string{lexicon.TitleHead(state)}, c) == nil || actors.TitleAfterName(d.Doc, p) || actors.DictForeigner(d.Phx, p, c) || d.titleMarkedElsewhere(p) {
			continue
		}
		p.Country, p.Guessed = c, true
		if sec := actors.TitleSector(d.Phx, state); sec != "" {
			p.Cameo = c.Code + sec
		}
	}
	// the bodies the titles imply, and their holders (StoryBodies' tests, with c)
	placed := map[*entity]bool{}
	for _, e := range ents {
		placed[e] = e.Country != nil
	}
	// only bodies whose every holder is named with the formal title before the name
	informal := map[*entity]bool{}
	for _, r := range d.Structure {
		if r.Typ == graph.MemberOf && r.Src != nil && r.Tgt != nil && r.Src.Final().Kind == graph.Person && !titledBeforeName(d, r.Src.Final()) {
			informal[r.Tgt.Final()] = true
		}
	}
	var bodies []*entity
	for _, e := range ents {
		if !informal[e.Final()] {
			bodies = append(bodies, e)
		}
	}
	actors.StoryBodies(d.Doc, bodies, c)
	for _, r := range d.Structure {
		if r.Typ != graph.MemberOf || r.Src == nil || r.Tgt == nil {
			continue
		}
		p, b := r.Src.Final(), r.Tgt.Final()
		if p.Kind == graph.Person && p.Country == nil && !p.Dropped && titledBeforeName(d, p) && b.Country == c && b.Guessed && !placed[b] && !actors.TitleAfterName(d.Doc, p) && !actors.DictForeigner(d.Phx, p, c) && !d.titleMarkedElsewhere(p) {
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

// otherStatesOfficials reports an article that names officials of a state other than c by their
// country: a titled person whose stated country (not a guess) is another ("German Chancellor X",
// "President X of Brazil"), or a title noun of an office of state (titles.txt class state)
// premodified by another country's demonym or determined by its possessive ("Chile's ministers",
// "Malaysia's Plantation and Commodities Minister"; Quirk et al. 1985, 17.104, 5.115 on the
// genitive). The article then gives another country for a bare title (AP Stylebook, "titles":
// foreign officials are identified by country), so the dateline does not decide whose it is.
func (d *doc) otherStatesOfficials(ents []*entity, c *lexicon.Country) bool {
	for _, p := range ents {
		if f := p.Final(); f.Kind == graph.Person && !f.Dropped && len(f.Roles) > 0 && f.Country != nil && f.Country != c && !f.Guessed {
			return true
		}
	}
	for _, st := range d.Sents {
		for i, t := range st.Toks {
			if i == 0 || !d.stateTitleNoun(t.Lower) {
				continue
			}
			k := i - 1
			for k > 0 && i-k < 6 && st.Toks[k].Kind == text.Word && (st.Toks[k].Cap || st.Toks[k].Lower == "and") && !d.Lx.PlaceWord(st.Toks[k].Lower) {
				k-- // "Plantation and Commodities Minister": the capitalized portfolio of a formal title
			}
			w := st.Toks[k].Lower
			if w == "'s" || w == "'" {
				if k == 0 {
					continue
				}
				k--
			}
			es, _ := d.MatchNames(st, k)
			if k > 0 && len(es) == 0 {
				// a country of two words ends here ("South Korea's"): try from the word before
				es, _ = d.MatchNames(st, k-1)
			}
			for _, e := range es {
				if e.Country != nil && e.Country != c && (e.Kind == lexicon.EntryCountry || e.Kind == lexicon.EntryDemonym) {
					return true
				}
			}
		}
	}
	return false
}

// stateTitleNoun reports w (lower case), or its plural, as a title of an office of state
// (titles.txt class state): "minister", "ministers", "president".
func (d *doc) stateTitleNoun(w string) bool {
	for _, x := range []string{w, strings.TrimSuffix(w, "s")} {
		if t := d.Lx.Titles[x]; t != nil && t.Class == "state" {
			return true
		}
	}
	return false
}

// titledBeforeName reports a mention of p with its formal title before the name ("Prime Minister
// Jan Nowak", rule person:title): the shape in which a wire story gives an official's title on
// first reference (AP Stylebook, "titles": formal titles are capitalized before a name); an
// appositive or a title after the name ("the president of the Senate, Ana Torres,") names an
// office of whichever body it names, and is left to the other rules.
func titledBeforeName(d *doc, p *entity) bool {
	for _, m := range d.Mentions {
		if m.Ent.Final() == p.Final() && m.Rule == "person:title" {
			return true
		}
	}
	return false
}
