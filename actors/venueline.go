package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// VenueOrgs gives the organization a release's venue line names ("The Hudson Institute" over
// "Washington, D.C." in the header of remarks) the state of the place line right below it: a
// release's header says where the remarks were given, the venue and then its city (AP
// Stylebook, "news release" and "datelines": the place line says where), and a club, institute
// or university hosting in its own hall is of that city's state, as CAMEO codes a national
// organization by its state. Only a header line (headerBlockBefore) that is one organization's
// name alone, with no country, no dictionary code (an IGO hosting in its seat's capital, "World
// Bank", keeps none) and no state named in it ("Embassy of Japan" is Japan's wherever it stands),
// directly above a place line that is only a capital (HeaderPlace's third form or commaCapital).
func VenueOrgs(d *doc.Doc, ents []*doc.Entity) {
	for _, st := range d.Sents {
		if st.Idx == 0 {
			continue
		}
		if st.Idx > 6 || !headerBlockBefore(d, st) {
			break
		}
		if !ownParagraph(d, st) || !ownParagraph(d, d.Sents[st.Idx-1]) {
			continue
		}
		c := lineCapital(d, st)
		if c == nil {
			continue
		}
		e := lineOrg(d, ents, d.Sents[st.Idx-1])
		if e == nil || e.Country != nil || e.Cameo != "" || e.Kind != graph.Organization {
			return
		}
		e.Country = c
		return
	}
}

// ownParagraph reports a sentence that is a paragraph of its own (a header line).
func ownParagraph(d *doc.Doc, st *doc.Sent) bool {
	return (st.Idx == 0 || d.Sents[st.Idx-1].S.Paragraph != st.S.Paragraph) &&
		(st.Idx+1 >= len(d.Sents) || d.Sents[st.Idx+1].S.Paragraph != st.S.Paragraph)
}

// lineCapital is the country of a line that is only a capital's name, or a listed capital form
// with its comma (commaCapital), else nil.
func lineCapital(d *doc.Doc, st *doc.Sent) *lexicon.Country {
	if len(st.Toks) == 0 {
		return nil
	}
	if ents, end := d.MatchNames(st, 0); end == len(st.Toks) {
		for _, x := range ents {
			if x.Kind == lexicon.EntryCapital && x.Country != nil {
				return x.Country
			}
		}
		return nil
	}
	return commaCapital(d, st)
}

// lineOrg is the entity of the one mention that makes the whole line st (after a leading
// "the"), or, on a heading line where no name is read from word shape (Headline), the actor
// of ents named as the line is written; nil when a country, demonym or capital is written in
// the line, or none or several.
func lineOrg(d *doc.Doc, ents []*doc.Entity, st *doc.Sent) *doc.Entity {
	var e *doc.Entity
	for _, mi := range d.BySent[st.Idx] {
		m := d.Mentions[mi]
		if m.Ent == nil {
			continue
		}
		if e != nil && m.Ent.Final() != e {
			return nil
		}
		start := 0
		if len(st.Toks) > 0 && st.Toks[0].Lower == "the" {
			start = 1
		}
		if m.Ts > start || m.Te < len(st.Toks) {
			return nil
		}
		e = m.Ent.Final()
	}
	if e == nil && len(d.BySent[st.Idx]) == 0 {
		line := strings.TrimPrefix(strings.TrimPrefix(st.S.Text, "The "), "the ")
		for _, x := range ents {
			if x.Final() != x || x.Dropped || !strings.EqualFold(x.Name, line) {
				continue
			}
			if e != nil {
				return nil
			}
			e = x
		}
	}
	if e == nil {
		return nil
	}
	named := false
	for i := range st.Toks {
		ents, _ := d.MatchNames(st, i)
		for _, x := range ents {
			named = named || x.Country != nil && (x.Kind == lexicon.EntryCountry || x.Kind == lexicon.EntryDemonym || x.Kind == lexicon.EntryCapital)
		}
	}
	if named {
		return nil
	}
	return e
}
