package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// GroupDomains gives a group named by a description alone with no country ("all conflicting
// parties", rule group:unnamed) the country of the group of the same head noun that the sentence
// just before it, in the same paragraph, places in a state ("relevant parties in Myanmar"): the
// reiterated noun continues the same referential domain (Halliday & Hasan 1976, Cohesion in
// English, 6.1, lexical cohesion by reiteration; Quirk et al. 1985, 5.28, the definite and
// quantified description read in its situation), so the parties the next sentence asks to cease
// fire are parties in Myanmar. The group is named with its country (PlaceIn: "conflicting
// parties (Myanmar)", rule group:domain), so two states' conflicting parties stay two nodes.
//
// Only when the earlier sentence's groups of that noun have one country, the description's own
// sentence names no state of its own (there the domain is that sentence's),
// and the two sentences are adjacent in one paragraph; a description of another head noun, or in
// the next paragraph, stays as it is (local to its article: codes_assign.go).
func GroupDomains(d *doc.Doc, ents []*doc.Entity) {
	for _, e := range ents {
		if e.Kind != graph.Group || e.Country != nil || e.Rule != "group:unnamed" || e.Dropped || e.Final() != e {
			continue
		}
		head := groupHead(e.Name)
		first := -1
		for _, m := range d.Mentions {
			if m.Ent != nil && m.Ent.Final() == e && (first < 0 || m.Sent < first) {
				first = m.Sent
			}
		}
		if first < 1 || head == "" || d.Sents[first-1].S.Paragraph != d.Sents[first].S.Paragraph || sentenceNamesState(d, first) {
			continue
		}
		var c *lexicon.Country
		for _, m := range d.Mentions {
			if m.Sent != first-1 || m.Ent == nil {
				continue
			}
			g := m.Ent.Final()
			if g == e || g.Kind != graph.Group || g.Country == nil || groupHead(g.Name) != head {
				continue
			}
			if c != nil && c != g.Country {
				c = nil
				break
			}
			c = g.Country
		}
		if c != nil {
			e.PlaceIn(c)
			e.Rule = "group:domain"
		}
	}
}

// groupHead is the head noun of a group's name, lower case: its last word before an "in" or "of"
// phrase or a parenthesized country ("relevant parties in Myanmar" → "parties").
func groupHead(name string) string {
	if i := strings.Index(name, " ("); i > 0 {
		name = name[:i]
	}
	w := strings.Fields(strings.ToLower(name))
	for i, x := range w {
		if i > 0 && (x == "in" || x == "of") {
			w = w[:i]
			break
		}
	}
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

// sentenceNamesState reports a state named in sentence s (a mention of a country, not one
// coreference wrote for a pronoun): the sentence gives its own domain.
func sentenceNamesState(d *doc.Doc, s int) bool {
	for _, m := range d.Mentions {
		if m.Sent == s && m.Ent != nil && m.Ent.Final().Kind == graph.Country && !strings.HasPrefix(m.Rule, "coref") {
			return true
		}
	}
	return false
}
