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

// legislativeTitles are the words of a turn label that make its person a member of the
// legislature in a hearing: the legislators' titles of titles.txt and Phoenix's LEG agents
// ("senator", "rep", "congressman", "mp", "lawmaker") and the chair's and ranking member's
// offices of a committee (Robert's Rules §47 on the chair; House Rule XI on the ranking
// minority member).
var legislativeTitles = lexicon.WordClass("legislativetitles") // data/wordclasses/legislativetitles.txt

// legislative reports a body of a legislature: a Phoenix agent of sector LEG among the words of
// its name ("Senate", "House of Representatives", "Parliament", "Congress"; agents.txt), or a
// committee named after a chamber ("House Committee on Ways and Means": in US usage the
// committee of the House of Representatives).
func legislative(phx *lexicon.Actors, e *doc.Entity) bool {
	e = e.Final()
	if e.Kind != graph.Government && e.Kind != graph.Organization || phx == nil {
		return false
	}
	name := e.Name
	if i := strings.Index(name, " ("); i > 0 {
		name = name[:i]
	}
	ws := strings.Fields(strings.ToLower(name))
	for i := range ws {
		for j := i + 1; j <= len(ws) && j <= i+4; j++ {
			if a, ok := phx.Agent(strings.Join(ws[i:j], " ")); ok && lexicon.SectorOf(a.Code) == "LEG" {
				return true
			}
		}
	}
	return len(ws) >= 2 && (ws[0] == "house" || ws[0] == "senate") && (ws[1] == "committee" || ws[1] == "subcommittee")
}

// HearingLegislature is the legislative body the document's heading names (its title sentence,
// or the heading the discourse layer read as naming the speaker), when the document is a
// transcript of labelled turns; nil otherwise.
func HearingLegislature(d *doc.Doc) *doc.Entity {
	if d.HearingL == nil {
		l := findHearingLegislature(d)
		d.HearingL = &l
	}
	if *d.HearingL == nil {
		return nil
	}
	return (*d.HearingL).Final()
}

func findHearingLegislature(d *doc.Doc) *doc.Entity {
	turns := false
	for _, st := range d.Sents {
		turns = turns || st.Unit != nil && st.Unit.Role == discourse.Turn
	}
	if !turns {
		return nil
	}
	first := len(d.Sents) // the first labelled turn
	for _, st := range d.Sents {
		if st.Unit != nil && segment.TurnRole(st.Unit.Role) {
			first = st.Idx
			break
		}
	}
	if e := headingLegislature(d, first); e != nil {
		return e // a heading line that is the legislature's name (speaker_legislature.go)
	}
	for _, st := range d.Sents {
		// the heading: the title, the heading that names the speaker, and a headline line above
		// the first turn ("House of Commons Defence Committee" over "Oral evidence: …", the
		// committees' masthead, which the cleaner does not take as the title)
		heading := st.Idx == 0 && d.C.Article.Title != "" || st.Unit != nil && st.Unit.Furniture && st.Unit.Rule == "title:speaker" ||
			st.Headline && st.Idx < first
		if !heading || venueLine(st) {
			continue // (a venue on a date line is no body: "…, Parliament Buildings, Nairobi")
		}
		for _, mi := range d.BySent[st.Idx] {
			m := d.Mentions[mi]
			if m.Ent == nil {
				continue
			}
			if legislative(d.Phx, m.Ent) || legislativeBefore(d.Phx, st, m) {
				return m.Ent.Final()
			}
		}
	}
	return nil
}

// HearingMembers makes each person a hearing's turn label names with a legislator's or chair's
// title, and no role at a state body or country of their own, a member of the legislature the
// heading names (MEMBER_OF, rule hearing:legislature, the label as its cue). Run once the turns'
// speakers are resolved, before the relations read "we".
func HearingMembers(d *doc.Doc) {
	leg := HearingLegislature(d)
	if leg == nil {
		return
	}
	shortCommittee(d, leg)
	sittingCommittee(d, leg)
	for _, st := range d.Sents {
		u := st.Unit
		if u == nil || u.Role != discourse.Turn && u.Role != discourse.Question || u.Speaker.Empty() || len(st.Toks) == 0 || st.Toks[0].Start > u.Speaker.Start || st.S.End < u.Speaker.End {
			continue // the label's own sentence only
		}
		p := UnitSpeaker(d, u)
		if u.Role == discourse.Question {
			// a member who only asks ("Tom Ellery MP: … Do you agree?") is still a member of
			// the committee that sits: the label names the person, though the turn is a
			// question (its preface is his claim all the same: memberAsking)
			v := *u
			v.Role = discourse.Turn
			p = resolveSpeaker(d, &v)
			if p != nil && p.Kind == graph.Person {
				ordinaryCase(p) // "REP. HOLLOWAY:" is Holloway, as a member who states is (unitSpeaker)
			}
		}
		if p == nil || p.Kind != graph.Person {
			continue
		}
		stated := false
		for _, r := range p.Roles {
			if r.Org != nil && (r.Org.Final().Kind == graph.Government || r.Org.Final().Kind == graph.Country) {
				stated = true
			}
		}
		if stated {
			continue
		}
		var title []string
		cs, ce := -1, -1
		for k, t := range st.Toks {
			if t.End > u.Speaker.End {
				break
			}
			if t.Start < u.Speaker.Start || t.Kind != text.Word {
				continue
			}
			if legislativeTitles.Has(strings.TrimSuffix(t.Lower, ".")) {
				title = append(title, t.Text)
				if cs < 0 {
					cs = k
				}
				ce = k + 1
			}
		}
		if cs < 0 {
			continue
		}
		role := text.TitleCase(strings.ToLower(strings.Join(title, " ")))
		if h := strings.TrimSuffix(strings.ToLower(title[0]), "."); len(title) == 1 && (h == "hon" || h == "honourable" || h == "honorable") {
			role = "Member" // "Hon. X" styles a member; the style is no office
		}
		if l := strings.ToLower(title[0]); len(title) == 1 && (l == "mp" || l == "mep") {
			role = title[0] // a post-nominal abbreviation keeps its capitals: "MP", "MEP"
		}
		p.AddRole(role, leg)
		actors.MemberOf(d, st, cs, ce, p, leg, role, "hearing:legislature")
	}
}

// sittingCommittee makes "this committee", "this subcommittee", "the committee" and "the
// subcommittee" in a hearing's turns (outside quotation marks, and not the head of a named
// committee: "the Committee on Energy") mentions of the body the heading names (rule
// hearing:this-committee): in the committee's own sitting, "this" points at the body present and
// "the" at the one body of the situation (Quirk et al. 1985, 5.31 and 6.40 on situational
// reference; Hawkins 1978, the "immediate situation" use of the definite article). The heading's
// subcommittee is read as its committee, whose node the hearing has.
func sittingCommittee(d *doc.Doc, leg *doc.Entity) {
	for _, st := range d.Sents {
		u := st.Unit
		if u == nil || u.Role != discourse.Turn && u.Role != discourse.Answer {
			continue
		}
		for k := 0; k+1 < len(st.Toks); k++ {
			w, n := st.Toks[k].Lower, st.Toks[k+1].Lower
			if w != "this" && w != "the" || n != "committee" && n != "subcommittee" || st.InQuote[k+1] || st.Toks[k+1].Start < u.Body {
				continue
			}
			if k+2 < len(st.Toks) && (st.Toks[k+2].Lower == "on" || st.Toks[k+2].Lower == "of" || st.Toks[k+2].Lower == "for" || st.Toks[k+2].Cap) {
				continue // "the Committee on Energy", "the committee of inquiry": a named body
			}
			if k > 0 && text.IsPrep(st.Toks[k-1].Lower) {
				continue // "we in this committee": the pronoun's restriction (restrictedWe), no subject
			}
			if m := actors.MentionAt(d, st, k+1); m != nil {
				if m.Ent.Final().Rule == "agent:unnamed" && m.Te == k+2 {
					m.Ent, m.Rule = leg, "hearing:this-committee" // the unnamed-agent reading gives way
				}
				continue
			}
			if m := actors.AddMention(d, st, k, k+2, leg, "hearing:this-committee"); m != nil {
				m.Subject = doc.VerbAfter(d.Lx, st, m.Te) >= 0
			}
		}
	}
}

// shortCommittee joins to the hearing's committee leg a body the transcript names by the end of
// leg's name ("this session of the Foreign Affairs Committee" under the heading "House of Commons
// Foreign Affairs Committee"): in the committee's own transcript the shortened name is a
// definite description of the committee that sits (Halliday & Hasan 1976, ch. 6: reiteration of
// a name in part). Only a committee's name, and only a proper tail of leg's.
func shortCommittee(d *doc.Doc, leg *doc.Entity) {
	lw := strings.Fields(strings.ToLower(leg.Name))
	for _, m := range d.Mentions {
		if m.Ent == nil {
			continue
		}
		e := m.Ent.Final()
		if e == leg || e.Kind != graph.Organization && e.Kind != graph.Government || e.Country != nil {
			continue
		}
		ew := strings.Fields(strings.ToLower(e.Name))
		if len(ew) < 2 || len(ew) >= len(lw) || ew[len(ew)-1] != "committee" && ew[len(ew)-1] != "subcommittee" {
			continue
		}
		if strings.Join(lw[len(lw)-len(ew):], " ") == strings.Join(ew, " ") {
			leg.AddAlias(e.Name)
			e.MergeInto(leg)
		}
	}
}

// HearingCountry gives the legislative bodies of a hearing that have no country the country of
// the publisher (its outlet or government URL) or, failing that, of the dateline: a committee's
// own transcript is the legislature's page ("WASHINGTON —", a .gov URL). It runs with the
// publisher's bodies (assignCodes), before the members learn their body's country.
func HearingCountry(d *doc.Doc, ents []*doc.Entity) {
	if HearingLegislature(d) == nil {
		return
	}
	_, c := d.OutletBody()
	if c == nil {
		c = doc.GovHostCountry(d.Lx, d.C.Article.URL)
	}
	if c == nil {
		c = actors.DatelineCountry(d)
	}
	if c == nil {
		c = chamberCountry(d, ents)
	}
	if c == nil {
		return
	}
	for _, e := range ents {
		if e.Country == nil && Legislature(d, e) {
			e.Country = c
		}
	}
}

// chamberCountry is the country of the chamber whose committee the hearing's heading names
// ("House Committee on …", "Senate Committee on …"), when the text names that chamber with a
// country (the House of Representatives its "Rep." labels imply, a dictionary legislature): a
// chamber's committee sits in the chamber's state. nil otherwise.
func chamberCountry(d *doc.Doc, ents []*doc.Entity) *lexicon.Country {
	ws := strings.Fields(strings.ToLower(HearingLegislature(d).Name))
	if len(ws) < 2 || ws[1] != "committee" && ws[1] != "subcommittee" {
		return nil
	}
	var c *lexicon.Country
	for _, e := range ents {
		e = e.Final()
		n := strings.ToLower(e.Name)
		if e.Country == nil || e.Kind != graph.Government || !legislative(d.Phx, e) || n != ws[0] && !strings.HasPrefix(n, ws[0]+" of ") {
			continue
		}
		if c != nil && c != e.Country {
			return nil // two chambers of that name of different states
		}
		c = e.Country
	}
	return c
}

// Legislature reports a legislative body (legislative) or the one a hearing's heading names.
func Legislature(d *doc.Doc, e *doc.Entity) bool {
	if legislative(d.Phx, e) {
		return true
	}
	l := HearingLegislature(d)
	return l != nil && l == e.Final()
}

// postNominal reports tokens [a, k] of st after a person's name that are only titles written
// after it, as British usage writes a member's ("Sarah Champion MP", "Ana Ruiz MEP", "Tom Hale
// KC"): the name stays the head of the label.
func postNominal(lx *lexicon.Lexicons, st *doc.Sent, a, k int) bool {
	if a > k || k-a > 2 {
		return false
	}
	for j := a; j <= k; j++ {
		if t := st.Toks[j]; t.Kind != text.Word || lx.Titles[t.Lower] == nil {
			return false
		}
	}
	return true
}

// legislativeBefore reports a body's mention that a chamber's name opens in the text, though the
// actor layer left it out of the name: "House of Commons Foreign Affairs Committee" read as
// "Commons Foreign Affairs Committee" (a LEG agent ending inside the mention's first word).
func legislativeBefore(phx *lexicon.Actors, st *doc.Sent, m *doc.Mention) bool {
	e := m.Ent.Final()
	if e.Kind != graph.Government && e.Kind != graph.Organization || phx == nil {
		return false
	}
	for i := max(0, m.Ts-3); i < m.Ts; i++ {
		var ws []string
		for j := i; j <= m.Ts && j < len(st.Toks); j++ {
			ws = append(ws, st.Toks[j].Lower)
		}
		if a, ok := phx.Agent(strings.Join(ws, " ")); ok && lexicon.SectorOf(a.Code) == "LEG" {
			return true
		}
	}
	return false
}

// MemberAsking is the legislator whose question turn u is in a hearing ("Senator BRANNIGAN:
// Secretary, the department has cut the aid budget … . Why were the programs cut?"), or nil: a
// question turn whose label carries a legislator's or chair's title (legislativeTitles) in a
// transcript whose heading names a legislature. The assertions that preface a member's question
// are his own claims: the news interviewer keeps to neutralism and attributes a question's
// preface to others (Clayman & Heritage 2002, The News Interview, ch. 5 and 6), but a legislator
// questioning a witness speaks for himself, as his statement turns do (README, "Hearings").
// A journalist's, an outlet's or a "Q:" questioner's prefaces stay nobody's. It sits on the
// speakers floor (restruct11; it was claims/turns.go's) so that the peers claims (claimTurns) and
// relations (relation_question.go's journalistTurn) both read it from below.
func MemberAsking(d *doc.Doc, u *discourse.Unit) *doc.Entity {
	if u == nil || u.Role != discourse.Question || u.Speaker.Empty() || HearingLegislature(d) == nil {
		return nil
	}
	titled := false
	for _, w := range strings.Fields(strings.ToLower(u.Label)) {
		titled = titled || legislativeTitles.Has(strings.Trim(w, ".,"))
	}
	if !titled {
		return nil
	}
	v := *u
	v.Role = discourse.Turn
	if p := resolveSpeaker(d, &v); p != nil && p.Final().Kind == graph.Person {
		return p.Final()
	}
	return nil
}
