package claims

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// headlineColonClaims reads a headline that names its speaker before a colon, "Senator Ruiz:
// Budget Deal 'Dead on Arrival'", "Harlow Institute: Tariffs will cost 40,000 jobs": in news
// headlines a colon after a name stands for "says" (AP Stylebook, "headlines"). The sentence is
// the article's first (its title) or a title-case line (Sent.Headline); before the colon stand
// a person or organization, after titles or other names only (a country or place before a colon
// is a topic label, "Syria: Ten killed in blast"); after it at least three words. The claim's
// cue is the colon (offsets: its token's, code points into the cleaned text); rule
// headline:colon (session 25, polnear25). A headline names a person by the family name alone (AP
// Stylebook, "headlines"), before the body names them in full, so a one-word name is the person
// of the article whose name ends with it, when there is exactly one (headlineSurname).
func headlineColonClaims(d *doc.Doc, st *doc.Sent) {
	if st.Idx != 0 && !st.Headline {
		return
	}
	if st.Unit != nil && (st.Unit.Rule != "" || st.Unit.Furniture) {
		return // "Ren Tao: Good afternoon.": a transcript's turn label, which the discourse stage reads (turnClaims)
	}
	if st.Idx+1 < len(d.Sents) && d.Sents[st.Idx+1].S.Paragraph == st.S.Paragraph {
		return // a title stands alone in its paragraph; a colon inside running text is no headline's
	}
	toks := st.Toks
	c := -1
	for k := 1; k < len(toks) && k <= 8; k++ {
		if toks[k].Text == ":" {
			c = k
			break
		}
	}
	if c < 1 {
		return
	}
	m := actors.MentionAt(d, st, c-1)
	if m == nil || m.Te != c || !doc.ActorKind(m.Ent) {
		return
	}
	if k := m.Ent.Final().Kind; k != graph.Person && k != graph.Organization {
		return
	}
	if m.Ent.Final().Rule == "org:acronym" {
		return // "BUSTED: …", "WATCH: …": an unknown all-capital word before the colon is a kicker label, no speaker
	}
	for k := 0; k < m.Ts; k++ {
		// only the speaker's titles or a body's name before it ("Senator Ruiz:", "Harlow
		// Institute Chief Ana Ruiz:"): in a title-case line a verb is capitalized too ("X
		// Endorses Y: …", "Families To Obama: …"), and its subject is not the name before the colon
		// — nor another person's name, which a capitalized verb may have joined ("Ada Park Endorses")
		if t := toks[k]; t.Kind != text.Word || !t.Cap {
			return
		}
		if d.Lx.Titles[toks[k].Lower] != nil {
			continue
		}
		if om := actors.MentionAt(d, st, k); om == nil || om.Ent.Final().Kind == graph.Person {
			return
		}
	}
	cs, ce := c+1, len(toks)
	for ce > cs && (toks[ce-1].Kind == text.Punct || toks[ce-1].Kind == text.Quote && !st.InQuote[ce-2]) {
		ce--
	}
	words := 0
	for k := cs; k < ce; k++ {
		if toks[k].Kind == text.Word {
			words++
		}
	}
	if words < 3 {
		return
	}
	sp := m.Ent.Final()
	if full := headlineSurname(d, sp); full != nil {
		sp = full
	}
	d.Claims = append(d.Claims, &doc.ClaimCand{Speaker: sp, Text: d.SpanText(st, cs, ce), Sent: st.Idx,
		Cue: toks[c].Text, CueStart: toks[c].Start, CueEnd: toks[c].End, Rule: "headline:colon", Score: 0.7})
}

// headlineSurname returns the one person of the article, named in two words or more, whose last
// name word is e's one-word name ("Dorsey" → Lindsay Dorsey), or nil (none, several, or e is no
// one-word person name).
func headlineSurname(d *doc.Doc, e *doc.Entity) *doc.Entity {
	if e.Kind != graph.Person || strings.Contains(e.Name, " ") {
		return nil
	}
	var found *doc.Entity
	for _, o := range d.Ents {
		o = o.Final()
		if o == e || o.Dropped || o.Kind != graph.Person {
			continue
		}
		f := strings.Fields(o.Name)
		if len(f) < 2 || !strings.EqualFold(f[len(f)-1], e.Name) {
			continue
		}
		if found != nil && found != o {
			return nil
		}
		found = o
	}
	return found
}
