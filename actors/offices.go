package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// nonCurrent are the modifiers that put an office's holder outside the present (Quirk et al.
// 1985, 7.36 on temporal adjectives: "former", "late", "then" …): "the former French president"
// speaks for no state today, so no office-holder rule applies to it.
var nonCurrent = lexicon.WordClass("noncurrent") // data/wordclasses/noncurrent.txt

// officeHolders reads a state office named by its country and title with no name: "the Kenyan
// foreign minister", "the Chinese ambassador", "the US trade representative" (the definite
// article, a demonym or country name, a lower-case title of class state in titles.txt, and no name
// after it). Such a description refers to the office's holder, who acts for the state (CAMEO actor
// coding codes "the French president" as FRAGOV, whatever his name). It becomes, in this order:
//   - a mention of the person the article named earlier with this title and country ("Foreign
//     Minister Musalia Mudavadi … the Kenyan foreign minister later said": a definite description
//     of a referent already introduced, Quirk et al. 1985, 5.28 on anaphoric the; rule
//     coref:office-holder);
//   - else the office as an actor of its own, labelled as written ("Kenyan foreign minister"; issue
//     14: descriptive actors are "labelled as written and tied to its country"): GOVERNMENT of that
//     country, PART_OF the body the title implies ("foreign minister" → Foreign Ministry (Kenya))
//     or else of the country (rule title:office). One office per country and title, so "the
//     Kenyan foreign minister" of two sentences is one node, whoever holds it.
//
// The office's mention is singular, so "he"/"she" after it may refer to it (coref.go). Before,
// the group rule read "the Kenyan foreign minister" as a group "Kenyan foreign ministers" and
// titles that are no group heads ("the French president") as nothing. An indefinite holder ("a
// Peruvian judge") describes one of several and stays the descriptive actor of actor_agents.go; a
// plural title ("French ministers") stays a group (actor_structure.go); a title followed by a name,
// or by a comma and a name, belongs to the name rules; a title of another class (corp, role) names
// no state office.
func officeHolders(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if t.Cap || t.Kind != text.Word || st.Ment[i] >= 0 {
			continue
		}
		ents, end := d.MatchNames(st, i)
		var tl *lexicon.Title
		for _, e := range ents {
			if e.Kind == lexicon.EntryTitle && e.Title != nil && e.Title.Class == "state" {
				tl = e.Title
			}
		}
		if tl == nil || end <= i || !OfficeTail(st, i, end) {
			continue
		}
		c, ls, ms := officeCountry(d, st, i)
		if c == nil {
			continue
		}
		if p := NamedHolder(d, st, tl, c); p != nil {
			AddMention(d, st, ms, end, p, "coref:office-holder")
			i = end - 1
			continue
		}
		label := d.SpanText(st, ls, end)
		e := Entity(d, "office:"+c.Code+":"+tl.Title, graph.Government, label, "title:office")
		if e.Country == nil {
			e.Country, e.Code = c, c.Code
		}
		if EnvoyNouns.Has(strings.ToLower(lexicon.TitleHead(tl.Title))) {
			// "the U.S. envoy", "the German ambassador": a state sends an envoy to each state and
			// each talks (Vienna Convention on Diplomatic Relations 1961, arts. 1, 4, 14: heads of
			// mission are accredited to a receiving state), so the title names no one office of
			// the sending state; the holder is this article's (local), as an unnamed agent is
			e.LocalScope = "article:" + d.C.Article.ID
		}
		if m := AddMention(d, st, ms, end, e, "title:office"); m != nil {
			m.Singular = true
			parent := CountryEntity(d, c)
			if tl.Body != "" {
				parent = BodyEntity(d, tl.Body, c)
			}
			structural(d, st, i, e, parent, "title:office")
		}
		i = end - 1
	}
}

// OfficeTail reports whether the title at [i, end) is used alone: all of its words lower case, and
// no name, comma-and-name, "of" phrase (a portfolio: "minister of defence" is the name rules') or
// possessive plural after it.
func OfficeTail(st *doc.Sent, i, end int) bool {
	toks := st.Toks
	for k := i; k < end; k++ {
		if toks[k].Cap || st.Ment[k] >= 0 {
			return false
		}
	}
	if end < len(toks) {
		n := toks[end]
		if n.Cap && n.Kind == text.Word || n.Lower == "of" || n.Lower == "-" {
			return false
		}
		if n.Text == "," && end+1 < len(toks) && toks[end+1].Cap {
			return false // "the Kenyan foreign minister, Musalia Mudavadi,": a preposed appositive
		}
	}
	return true
}

// officeCountry returns the country of the demonym or country name just before the title at i
// ("Kenyan", "US") and where the office's mention starts: at the modifier when it has no mention of
// its own, else at the title. Nil when no such modifier, when "the" does not open the phrase, or
// when a non-current modifier stands in it.
func officeCountry(d *doc.Doc, st *doc.Sent, i int) (c *lexicon.Country, s, ms int) {
	toks := st.Toks
	ms = i
	if m := MentionAt(d, st, i-1); m != nil {
		if m.Te != i || m.Ent.Final().Kind != graph.Country || m.Ent.Final().Country == nil {
			return nil, 0, 0
		}
		c, s = m.Ent.Final().Country, m.Ts
	} else if em, ok := MatchNamesEndingAt(d, st, i-1); ok && em.country != nil {
		c, s, ms = em.country, em.Start, em.Start
	}
	if c == nil {
		return nil, 0, 0
	}
	k := s - 1
	for k >= 0 && toks[k].Kind == text.Word && !toks[k].Cap && toks[k].Lower != "the" {
		if nonCurrent.Has(toks[k].Lower) || toks[k].Lower == "a" || toks[k].Lower == "an" {
			return nil, 0, 0
		}
		k-- // "the senior Kenyan minister": adjectives before the modifier
	}
	if k < 0 || toks[k].Lower != "the" {
		return nil, 0, 0
	}
	return c, s, ms
}

// NamedHolder returns the one person named earlier in the article with title tl and country c (his
// own country, or his body's), or nil when none or more than one.
func NamedHolder(d *doc.Doc, st *doc.Sent, tl *lexicon.Title, c *lexicon.Country) *doc.Entity {
	var found, headFound *doc.Entity
	headAmbiguous := false
	for _, m := range d.Mentions {
		if m.Sent > st.Idx {
			continue
		}
		e := m.Ent.Final()
		if e.Kind != graph.Person || e == found {
			continue
		}
		for _, r := range e.Roles {
			if !strings.EqualFold(r.Title, tl.Title) {
				if portfolioHeadTitle(d.Lx, r.Title, tl.Title) && e != headFound {
					rc := e.Country
					if r.Org != nil && r.Org.Final().Country != nil {
						rc = r.Org.Final().Country
					}
					if rc != nil && rc.Code == c.Code {
						headAmbiguous = headAmbiguous || headFound != nil
						headFound = e
					}
				}
				continue
			}
			rc := e.Country
			if r.Org != nil && r.Org.Final().Country != nil {
				rc = r.Org.Final().Country
			}
			if rc == nil || rc.Code != c.Code {
				continue
			}
			if found != nil {
				return nil // two holders named: the description does not choose
			}
			found = e
			break
		}
	}
	if found == nil && !headAmbiguous {
		// "Transport Minister Mette Kragh … the Danish minister urged …": the description's
		// title is the head of the one holder's title, whose other words name the portfolio
		// (direct anaphora, same head noun: Poesio & Vieira 1998; the portfolio premodifier
		// classifies the office and does not restrict the head to another office as "Deputy"
		// or "Prime" do, Quirk et al. 1985, 17.101); an exact title outranks it, two such
		// holders leave the description to the office
		return headFound
	}
	return found
}

// portfolioHeadTitle reports a role title ("Transport Minister", "Minister for Trade") whose head
// (lexicon.TitleHead) is the bare title desc ("minister") and whose other words are portfolio
// words (portfolios.txt "area") or the of/for/and/the of its postmodifier.
func portfolioHeadTitle(lx *lexicon.Lexicons, role, desc string) bool {
	if strings.Contains(desc, " ") || !strings.EqualFold(lexicon.TitleHead(role), desc) {
		return false
	}
	w := strings.Fields(strings.ToLower(role))
	if len(w) < 2 {
		return false
	}
	head := false
	for _, x := range w {
		switch {
		case x == desc && !head:
			head = true
		case x == "of" || x == "for" || x == "and" || x == "the" || lx.PortfolioArea[x]:
		default:
			return false
		}
	}
	return head
}

// OfficeEntity is the office key ("prime minister") of state c as a government body, "Prime
// Minister (United Kingdom)" (rule title:office): the node "the US president" and a statement
// titled by the office alone (titledOfficeVoice) also give.
func OfficeEntity(d *doc.Doc, c *lexicon.Country, key string) *doc.Entity {
	name := text.TitleCase(key)
	if strings.Contains(key, " of ") || strings.Contains(key, " for ") || strings.Contains(key, " and ") {
		name = strings.NewReplacer(" Of ", " of ", " For ", " for ", " And ", " and ").Replace(name)
	}
	e := Entity(d, "office:"+c.Code+":"+key, graph.Government, name, "title:office")
	if e.Country == nil {
		e.Country, e.Code = c, c.Code
		e.PlaceIn(c)
	}
	return e
}
