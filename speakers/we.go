package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/segment"
	"github.com/claimgraph/claimgraph/text"
)

// executiveTitle reports a title of a state's executive, whose holder speaks for the state: a
// spokesperson's (one who speaks on behalf of another, Merriam-Webster "spokesperson"), or a
// title the Phoenix agents dictionary codes GOV (CAMEO's government sector: "minister",
// "president", "prime minister", "ambassador"; not LEG "senator", OPP "opposition leader", MIL,
// JUD). The title is looked up whole, then without its first words, so that a portfolio or
// rank before the head ("economy minister") takes the head's sector (English compounds are
// right-headed: Quirk et al. 1985, ch. 17 on premodification); the longest entry found decides ("opposition
// leader" is OPP though "leader" alone is not); a title with an of- or for-phrase is looked up
// by the words before it.
func executiveTitle(phx *lexicon.Actors, title string) bool {
	f := strings.Fields(strings.ToLower(title))
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "spokesperson", "spokesman", "spokeswoman":
		return true
	}
	if phx == nil {
		return false
	}
	for i := range f {
		if a, ok := phx.Agent(strings.Join(f[i:], " ")); ok {
			return lexicon.SectorOf(a.Code) == "GOV"
		}
	}
	// "Minister of Fisheries", "Secretary for Trade": the head comes before its of- or
	// for-phrase (the of-paraphrase of "Fisheries Minister", Quirk et al. 1985 §17.38)
	for i, w := range f {
		if (w == "of" || w == "for") && i > 0 {
			return executiveTitle(phx, strings.Join(f[:i], " "))
		}
	}
	return false
}

// igoBody reports an intergovernmental organization: an organization of no country that the
// dictionary codes IGO (CAMEO: a body whose members are states, "European Union" IGOEUREEC,
// "NATO" IGOWSTNAT, "United Nations" IGOUNO: every entry of its name), or that igoByMembership
// already coded so. Its
// officials speak for it, not for the state of its seat.
func igoBody(phx *lexicon.Actors, published string, o *doc.Entity) bool {
	if o.Kind != graph.Organization || o.Country != nil && !o.Guessed {
		return false
	}
	if strings.HasPrefix(o.Cameo, "IGO") {
		return true
	}
	if phx == nil {
		return false
	}
	// every dictionary entry of the name must agree ("United Nations" has more than one, all IGOUNO)
	found := false
	for _, a := range phx.Lookup(o.Name) {
		if a.Country != "" || !strings.HasPrefix(actors.DictCode(a, published), "IGO") {
			return false
		}
		found = true
	}
	return found
}

// RestrictedWe is the group a first-person plural names itself by a restrictive prepositional
// phrase: "we in this committee", "we in Parliament", "us at the ministry". A personal pronoun
// takes such a postmodifier only restrictively, and the phrase then says which of the groups the
// speaker belongs to is meant (Quirk et al. 1985, on the restrictive postmodification of
// personal pronouns: "we in the West", "you in the back row"). The group is the body the phrase
// names: an actor named right after the preposition (and a determiner), else, for a body's head
// noun of orgwords.txt ("this committee", "the ministry"), the body with that word in its name
// that the speaker holds a role at, else the one named last before (within 40 sentences, as
// "the ministry" in resolveDefinite). nil for any other "we" and when no such body is known.
func RestrictedWe(d *doc.Doc, s, i int) *doc.Entity {
	st := d.Sents[s]
	toks := st.Toks
	if i < 0 || i+2 >= len(toks) || toks[i].Lower != "we" && toks[i].Lower != "us" {
		return nil
	}
	switch toks[i+1].Lower {
	case "in", "on", "at", "within":
	default:
		return nil
	}
	j := i + 2
	switch toks[j].Lower {
	case "the", "this", "that", "our":
		j++
	}
	if j >= len(toks) {
		return nil
	}
	if m := actors.MentionAt(d, st, j); m != nil && m.Ts <= j && doc.ActorKind(m.Ent) {
		if e := m.Ent.Final(); e.Kind == graph.Government || e.Kind == graph.Organization || e.Kind == graph.Country {
			return e
		}
		return nil
	}
	w := toks[j].Lower
	if toks[j].Cap || j+1 < len(toks) && toks[j+1].Kind == text.Word && !toks[j+1].Cap && d.Lx.OrgWords[toks[j+1].Lower] != "" {
		return nil // an unnamed capitalized body, or "this committee room"-like compounds: no group named
	}
	if _, ok := d.Lx.OrgWords[w]; !ok || j == i+2 {
		return nil // "we in government" names no body; "we in committee" is a procedure
	}
	named := func(e *doc.Entity) bool {
		return !e.Dropped && (e.Kind == graph.Government || e.Kind == graph.Organization) && strings.Contains(strings.ToLower(e.Name), w)
	}
	if sp := weSpeaker(d, s, i); sp != nil {
		for _, r := range sp.Final().Roles {
			if r.Org != nil && named(r.Org.Final()) {
				return r.Org.Final()
			}
		}
	}
	var found *doc.Entity
	actors.EachMentionBack(d, s, i, 40, func(m *doc.Mention) bool {
		if e := m.Ent.Final(); named(e) {
			found = e
			return false
		}
		return true
	})
	return found
}

// weSpeaker is who says the first-person pronoun at token i of sentence s: the speaker of
// the quotation it stands in, else of its speaking unit (turn or block), else nil.
func weSpeaker(d *doc.Doc, s, i int) *doc.Entity {
	if q := segment.QuoteAt(d, s, i); q != nil {
		return q.Speaker
	}
	if u := d.Sents[s].Unit; Speaking(u) {
		return UnitSpeaker(d, u)
	}
	return nil
}

// AuthorHomeCountry is the state the author of a statement speaks for when the statement's title
// names him with a title of the state's executive ("Statement by Foreign Minister X": unit u of
// rule title:speaker, executiveTitle) and no role of his names the body's country: the country
// homeCountry gives a spokesperson on the same evidence (the page's government domain, the
// publisher's stated country, else the dateline or place-and-date line's country when the
// article names it strictly more often than any other). README: the "we" of the author of a
// statement speaking for a state body is the state, as for a spokesperson or a briefing host;
// a member of the executive speaks for the state (executiveTitle; PLOVER 2021 codebook, actors:
// "government officials acting in their official capacity"), and the statement is issued where
// its place-and-date line says (AP Stylebook, "datelines"). Nil otherwise: a named turn or a
// quotation is no statement's authorship, a legislator's or an opposition leader's title is no
// executive's, and a title naming a second person names no one author (publisherAuthorMember).
func AuthorHomeCountry(d *doc.Doc, sp *doc.Entity, u *discourse.Unit) *lexicon.Country {
	if u == nil || u.Rule != "title:speaker" || sp.Kind != graph.Person {
		return nil
	}
	exec := false
	for _, r := range sp.Roles {
		if !executiveTitle(d.Phx, r.Title) {
			continue
		}
		if r.Org != nil {
			if o := r.Org.Final(); o.Kind != graph.Government || o.Country != nil && !o.Guessed {
				continue
			}
		}
		exec = true
	}
	if !exec || u.Speaker.Empty() {
		return nil
	}
	st, _, _ := labelWords(d.Sents, u.Speaker.Start, u.Speaker.End)
	if st == nil {
		return nil
	}
	for _, mi := range d.BySent[st.Idx] {
		if m := d.Mentions[mi]; m.Ent != nil && m.Ent.Final() != sp && m.Ent.Final().Kind == graph.Person && !m.Ent.Final().Pending {
			return nil // a second person in the title: "Remarks by President X and Prime Minister Y" (publisherAuthorMember)
		}
	}
	if sp.Country != nil && !sp.Guessed {
		return sp.Country
	}
	c := doc.GovHostCountry(d.Lx, d.C.Article.URL)
	if c == nil {
		_, c = d.OutletBody()
	}
	if c == nil {
		c = actors.DatelineLeading(d, true)
	}
	return c
}
