package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// wireLeadState is the country of a wire story's dateline ("HANOI, March 14 (Reuters) -") when
// the lead sentence after it opens with that state as its actor ("Vietnam demanded …", "The
// Peruvian government suspended …", "Thailand's military government rejected …") and names no
// body or official of another state; else nil. A dateline gives where the story is reported
// (AP Stylebook, "datelines"), and the lead's actor is who the story is about; in event coding a
// bare government body of such a story ("the Foreign Ministry said") is coded with the dateline
// state (CAMEO codebook, ch. 3 on actor codes: a domestic agent takes its state's code; the
// Phoenix coder codes an agent with no country word by the story's country). A lead naming
// another state's body ("Pakistan's Foreign Office said …") makes a later bare body ambiguous.
// It returns the lead sentence's index too.
func (d *doc) wireLeadState() (*lexicon.Country, int) {
	for _, st := range d.Sents {
		j := actors.Dateline(d.Doc, st, 0)
		if j == 0 {
			continue
		}
		c := actors.DatelineCountry(d.Doc)
		if c == nil {
			return nil, 0
		}
		var lead *entity
		for _, mi := range d.BySent[st.Idx] {
			m := d.Mentions[mi]
			if m == nil || m.Ent == nil {
				continue
			}
			e := m.Ent.Final()
			if lead == nil && (m.Ts == j || m.Ts == j+1 && st.Toks[j].Lower == "the") {
				lead = e
			}
			if (e.Kind == graph.Government || e.Kind == graph.Person) && e.Country != nil && e.Country != c && !e.Guessed && !(e.Kind == graph.Government && countryMarked(d, m, e.Country)) {
				return nil, 0 // the lead names another state's body or official
			}
		}
		if lead == nil || lead.Kind != graph.Country && lead.Kind != graph.Government {
			return nil, 0
		}
		if lead.Country == c && !lead.Guessed || d.bareLeadBody(lead, c) {
			return c, st.Idx
		}
		return nil, 0
	}
	return nil, 0
}

// bareLeadBody reports a wire lead whose actor is a state body named by a generic head alone,
// with no country yet ("BANGKOK, May 9 (Reuters) - The Commerce Ministry on Thursday rejected
// …"), in a story that names the dateline's state c at least as often as any other
// (storyCountry): the lead identifies its actor as the story's own, as a foreign body is
// identified by country on first reference (AP Stylebook, "foreign governmental bodies"), and
// event coders code a bare agent by the story's country (CAMEO codebook, ch. 3; the Phoenix
// coder's agents without a country word), as for a lead whose actor is the state itself.
func (d *doc) bareLeadBody(lead *entity, c *lexicon.Country) bool {
	return lead.Country == nil && lead.Kind == graph.Government && actors.GenericBody(d.Phx, d.Lx, lead) && actors.StoryCountry(d.Doc) == c
}

// wireLeadBodies gives the generic state bodies still without a country ("the Foreign
// Ministry", "the External Affairs Ministry", "the Interior Ministry") in a story whose lead's
// actor is its dateline state (wireLeadState) that state, as a guess (Guessed), unless the
// article names the same body of another state ("Pakistan's Foreign Office" beside a bare
// "the Foreign Office": the bare one may be that one), the actors list gives the name to another
// state ("Pentagon") or the body's title form is other states' (titleFormDefault,
// actor_titleforms.go). Persons holding only a bare office of state ("Chief Cabinet Secretary
// Kenji Matsuda") take it on the evidence of storyOfficials, except that in the lead sentence
// another country named does not block them, only another state's body or official there
// (wireLeadState): the lead's state acts on other countries ("Japan rejected a protest by
// Australia, Chief Cabinet Secretary X said"), and a foreign official is introduced by country
// on first reference (AP Stylebook, "titles"); elsewhere another country named beside the title
// leaves him out, as in storyOfficials. A body a title implies ("Interior Minister X" →
// Interior Ministry) takes the state only when each of its holders has taken it.
func (d *doc) wireLeadBodies(ents []*entity) {
	c, lead := d.wireLeadState()
	if c == nil {
		return
	}
	for _, p := range ents {
		if !d.unplacedOfficial(p) {
			continue
		}
		state, other := d.officialStateTitle(p, c, true, nil)
		if other || state == "" || actors.TitleFormDefault(d.Doc, []string{lexicon.TitleHead(state)}, c) == nil || actors.TitleAfterName(d.Doc, p) || d.otherCountryOutsideLead(p, c, lead) || actors.DictForeigner(d.Phx, p, c) {
			continue
		}
		p.Country, p.Guessed = c, true
		if sec := actors.TitleSector(d.Phx, state); sec != "" {
			p.Cameo = c.Code + sec
		}
	}
	foreign := map[string]bool{}
	for _, e := range ents {
		if e.Kind == graph.Government && e.Country != nil && e.Country != c {
			foreign[strings.ToLower(actors.CanonicalBody(d.Lx, actors.WithoutOwnCountry(e.Name, e.Country), nil))] = true
		}
	}
	for _, e := range ents {
		if e.Country != nil || e.Kind != graph.Government || e.Final() != e || !actors.GenericBody(d.Phx, d.Lx, e) {
			continue
		}
		if foreign[strings.ToLower(actors.CanonicalBody(d.Lx, e.Name, nil))] || actors.TitleFormDefault(d.Doc, actors.BodyTitleHeads(d.Doc, e), c) == nil {
			continue
		}
		if a := actors.KnownByName(d.Doc, e.Name); a != nil && a.Country != "" && a.Country != c.Code && !actors.AgentName(d.Phx, e.Name) {
			continue // "Defense Secretary X" → "Pentagon": a name the actors list gives one other state's body
		}
		if (e.Rule == "title:implied-body" || e.Rule == "title:portfolio") && !d.heldIn(e, c) {
			continue
		}
		e.PlaceIn(c)
		e.Guessed = true
	}
}

// heldIn reports a body with persons as members, each of country c.
func (d *doc) heldIn(e *entity, c *lexicon.Country) bool {
	n := 0
	for _, r := range d.Structure {
		if r.Typ != graph.MemberOf || r.Src == nil || r.Tgt == nil || r.Tgt.Final() != e || r.Src.Final().Kind != graph.Person {
			continue
		}
		if r.Src.Final().Country != c {
			return false
		}
		n++
	}
	return n > 0
}

// otherCountryOutsideLead is otherCountryAtTitle with the lead sentence (index lead) read past:
// the lead was checked for other states' bodies and officials by wireLeadState.
func (d *doc) otherCountryOutsideLead(p *entity, c *lexicon.Country, lead int) bool {
	sents := map[int]bool{}
	for _, m := range d.Mentions {
		if m.Ent.Final() == p.Final() && m.Rule == "person:title" {
			sents[m.Sent] = true
		}
	}
	if len(sents) == 0 {
		for _, m := range d.Mentions {
			if m.Ent.Final() == p.Final() {
				sents[m.Sent] = true
			}
		}
	}
	for _, m := range d.Mentions {
		if !sents[m.Sent] || m.Sent == lead {
			continue
		}
		if e := m.Ent.Final(); e != p.Final() && e.Kind.IsActor() && e.Country != nil && e.Country != c && !e.Guessed {
			return true
		}
	}
	return false
}

// countryMarked reports mention m of a body written with its own country's name or demonym in
// its noun phrase ("the Romanian Embassy in Sofia", "the Embassy of Greece", "Poland's Embassy"):
// a foreign body identified by country where it is named, as news writing identifies one on
// first reference (AP Stylebook, "foreign governmental bodies"). It says nothing of whose a bare
// generic body of the story is ("The Ministry of Foreign Affairs rejected the claim, citing a
// statement by the Romanian Embassy"), so it does not veto the dateline state in wireLeadState;
// the same body of another state ("Pakistan's Foreign Office" beside "the Foreign Office") still
// leaves the bare one out (wireLeadBodies' foreign names), and a foreign official still vetoes.
func countryMarked(d *doc, m *mention, c *lexicon.Country) bool {
	st := d.Sents[m.Sent]
	lo := m.Ts
	if lo >= 2 && st.Toks[lo-1].Lower == "'s" {
		lo -= 2 // "Poland's Embassy": the possessor before the mention
	}
	for i := lo; i < m.Te; i++ {
		ents, _ := d.MatchNames(st, i)
		for _, e := range ents {
			if e.Country == c && (e.Kind == lexicon.EntryCountry || e.Kind == lexicon.EntryDemonym) {
				return true
			}
		}
	}
	return false
}
