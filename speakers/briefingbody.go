package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// briefingBodyRole gives the speaker of a turn whose label names him by a spokesperson's title
// and his name ("SPOKESPERSON AMA OWUSU:", "Spokeswoman Lucia Quispe:", "PRESS SECRETARY
// KITAMURA TOSHIHIRO:": spokesTitle) the body whose briefing
// the transcript is, when its heading names that body and no other speaker ("Regular Press
// Conference of the Ministry of Foreign Affairs of Ghana"), or, with no such heading, its
// letterhead line does (letterhead: "Ministry of Foreign Affairs of Ghana" over "Regular Press
// Conference, 3 March 2026"). The ministries' briefing pages name the ministry and the
// spokesperson in the labels; a body's briefing is given by its spokesperson (spokesTitles,
// actor_paragraph.go: Merriam-Webster, "a person who speaks as the representative of another or
// others"), so the title in the label is an office at that body. p holds the title with no body
// yet (a body named with it — "Spokesperson of the EU" — or an appositive of the heading,
// titleAppositiveRole, comes first). The role gets the body and the heading's phrase, MEMBER_OF
// is recorded on the label (rule turn:briefing-body), and the body's country becomes p's through
// it; the phrase names the body's state, so his "we" is that state, as a ministry spokesperson's
// is (firstPerson). Nothing for another title ("MINISTER X:" at a ministry's briefing may be
// another body's), for a heading that names a person or names no government body or
// organization, or outside a transcript's turns.
func briefingBodyRole(d *doc.Doc, p *doc.Entity, u *discourse.Unit) {
	if p == nil || u == nil || u.Role != discourse.Turn || p.Kind != graph.Person {
		return
	}
	role := -1
	for i, r := range p.Roles {
		if actors.SpokesTitle(r.Title) {
			if r.Org != nil {
				return
			}
			role = i
		}
	}
	if role < 0 || !labelNames(u.Label, p.Roles[role].Title) {
		return
	}
	var body *doc.Entity
	heading := ""
	for i := range d.Units {
		t := &d.Units[i]
		if t.Rule != "title:speaker" || t.Speaker.Empty() {
			continue
		}
		tu := *t
		tu.Role = discourse.Titled
		body, heading = UnitSpeaker(d, &tu), t.Label
		if body == nil || body.Kind != graph.Government && body.Kind != graph.Organization {
			// "Press Conference by the Press Secretary, Ministry of Foreign Affairs"
			body, heading = apposedHeadingBody(d, t)
		}
		break
	}
	if body == nil {
		body, heading = letterhead(d)
	}
	if body == nil || body.Kind != graph.Government && body.Kind != graph.Organization {
		return
	}
	title := p.Roles[role].Title
	p.Roles[role].Org = body
	if p.Roles[role].Phrase == "" {
		// the heading's phrase names the body's state, as a label's would ("… of Ghana"):
		// firstPerson reads the spokesperson's "we" as that state (govCountry)
		p.Roles[role].Phrase = heading
	}
	for _, st := range d.Sents {
		if st.S.End <= u.Speaker.Start || st.S.Start > u.Speaker.Start {
			continue
		}
		cs, ce := -1, -1
		for k, tk := range st.Toks {
			if tk.Start < u.Speaker.Start || tk.End > u.Speaker.End {
				continue
			}
			if cs < 0 && strings.EqualFold(tk.Text, strings.Fields(title)[0]) {
				cs = k
			}
			if cs >= 0 && ce < 0 && (actors.SpokesTitles.Has(tk.Lower) || tk.Lower == "secretary" && k > 0 && st.Toks[k-1].Lower == "press") {
				ce = k + 1
			}
		}
		if cs >= 0 && ce > cs {
			actors.MemberOf(d, st, cs, ce, p, body, title, "turn:briefing-body")
		}
		return
	}
}

// labelNames reports every word of title among the words of label, case aside.
func labelNames(label, title string) bool {
	in := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(label)) {
		in[strings.Trim(w, ".,:")] = true
	}
	for _, w := range strings.Fields(strings.ToLower(title)) {
		if !in[w] {
			return false
		}
	}
	return true
}

// letterhead is the body whose name alone makes the document's first line ("Ministry of Foreign
// Affairs of Ghana" over "Regular Press Conference, 3 March 2026"): the issuing body a page or
// transcript sets at its head, as a letterhead names the sender (Merriam-Webster, "letterhead":
// the name and address of an organization printed at the top of a sheet). It is the first
// sentence when one mention of a government body or organization covers all its words; nil
// otherwise. The line's text is returned as the heading phrase.
func letterhead(d *doc.Doc) (*doc.Entity, string) {
	if len(d.Sents) == 0 {
		return nil, ""
	}
	st := d.Sents[0]
	if st.Unit != nil && st.Unit.Role != discourse.Narrative {
		return nil, ""
	}
	for _, mi := range d.BySent[0] {
		m := d.Mentions[mi]
		if m.Ent == nil || m.Ts != 0 || m.Te < len(st.Toks)-1 || m.Te == len(st.Toks)-1 && st.Toks[m.Te].Kind == text.Word {
			continue
		}
		if e := m.Ent.Final(); e.Kind == graph.Government || e.Kind == graph.Organization {
			return e, d.SpanText(st, m.Ts, m.Te)
		}
	}
	return nil, ""
}

// briefingHost is the body whose press conference the transcript is, when sp is its one named
// speaker: the heading names the body ("Regular Press Conference of the Ministry of Commerce"),
// and every labelled turn of the transcript is sp's under a label that is his name alone ("Gao
// Feng:"), the other paragraphs being questions and the moderator's. A press conference is held
// by the one who gives it (Merriam-Webster, "press conference": an interview given by a public
// figure to the press); a body's conference with one speaker is given by that speaker for the body,
// as a spokesperson's is (spokesTitles: "a person who speaks as the representative of another or
// others"), so his "we" is the body's, read as a spokesperson's at it (firstPerson, govCountry).
// A heading's short name of a known body the text names in full (by its acronym: "MOFCOM") is that
// body. Nil when the heading names a person or no government body or organization, when a second
// speaker takes a labelled turn (a joint conference, a minister beside the spokesperson), when
// the label carries a title (briefingBodyRole reads those), or when sp holds a role at a body.
func briefingHost(d *doc.Doc, sp *doc.Entity, u *discourse.Unit) (*doc.Entity, string) {
	if sp == nil || u == nil || u.Role != discourse.Turn || sp.Kind != graph.Person || !labelNames(sp.Name, u.Label) {
		return nil, ""
	}
	for _, r := range sp.Roles {
		if r.Org != nil {
			return nil, ""
		}
	}
	var body *doc.Entity
	heading := ""
	for i := range d.Units {
		t := &d.Units[i]
		switch {
		case t.Role == discourse.Turn && !strings.EqualFold(t.Label, u.Label):
			return nil, "" // a second named speaker
		case body == nil && t.Rule == "title:speaker" && !t.Speaker.Empty():
			tu := *t
			tu.Role = discourse.Titled
			body, heading = UnitSpeaker(d, &tu), t.Label
		}
	}
	if body == nil {
		// no heading naming the speaker ("SCIO briefing on Sino-US trade" names the body by a
		// premodifier): the state body that publishes the page and names itself in its title is
		// the one whose conference it is (titledPublisher, actor_publisheracronym.go)
		body = actors.TitledPublisher(d)
	}
	if body == nil || body.Kind != graph.Government && body.Kind != graph.Organization {
		return nil, ""
	}
	body = body.Final()
	if body.Country == nil {
		// "the Ministry of Commerce" of the heading, with "MOFCOM" (Ministry of Commerce of the
		// People's Republic of China, data/lexicons/actors.txt) named in the text: the short name
		// is the known body's (knownBodyShortNames, which joins them later, for the same reason)
		var known *doc.Entity
		for _, k := range actors.FinalActors(d) {
			if k.Rule != "lexicon:actors" || k.Kind != graph.Government || k.Country == nil || !actors.OfStateName(k, body.Name) {
				continue
			}
			if known != nil && known != k {
				return body, heading
			}
			known = k
		}
		if known != nil {
			return known, heading
		}
	}
	return body, heading
}

// briefingHostMember records the one named speaker of a state body's press conference
// (briefingHost: "Regular Press Conference of the Ministry of Commerce" over "Gao Feng:" turns
// alone) MEMBER_OF that body, on his first label (rule turn:briefing-host): he gives the body's
// conference for it (Merriam-Webster, "press conference": an interview given by a public figure
// to the press), as a spokesperson named in a label is a member of the body whose briefing it is
// (briefingBodyRole). The relation gives him the body's country (assignCodes, step 2). Only a
// government body of a known state (its name's or the known body's the text names: MOFCOM):
// the point is the state he speaks for, which firstPerson gives his "we" on the same reading.
func briefingHostMember(d *doc.Doc, p *doc.Entity, u *discourse.Unit) {
	o, _ := briefingHost(d, p, u)
	if o == nil || o.Kind != graph.Government || o.Final().Country == nil {
		return
	}
	for i := range d.Units {
		if d.Units[i].Role == discourse.Turn {
			if d.Units[i].Speaker != u.Speaker {
				return // recorded once, on his first label
			}
			break
		}
	}
	if headingNamesPerson(d) {
		return // "Press Briefing by the Spokesperson of X, Maren Vik" names whose briefing it is
	}
	if st, cs, ce := labelWords(d.Sents, u.Speaker.Start, u.Speaker.End); st != nil {
		actors.MemberOf(d, st, cs, ce, p, o, "", "turn:briefing-host")
	}
}

// labelWords finds the sentence of sents holding offset start (a speaker label's span
// [start, end), code points) and the label's word tokens in it, [cs, ce); nil when no sentence
// holds start or no word of the span is in it.
func labelWords(sents []*doc.Sent, start, end int) (*doc.Sent, int, int) {
	for _, st := range sents {
		if st.S.End <= start || st.S.Start > start {
			continue
		}
		cs, ce := -1, -1
		for k, tk := range st.Toks {
			if tk.Start >= start && tk.End <= end && tk.Kind == text.Word {
				if cs < 0 {
					cs = k
				}
				ce = k + 1
			}
		}
		if cs < 0 {
			return nil, -1, -1
		}
		return st, cs, ce
	}
	return nil, -1, -1
}

// headingNamesPerson reports a person named in the sentence of the title that names the
// document's speaker (rule title:speaker), or a name still waiting for coreference (Pending:
// speakers are read before coreference makes a person of "Maren Vik").
func headingNamesPerson(d *doc.Doc) bool {
	for i := range d.Units {
		t := &d.Units[i]
		if t.Rule != "title:speaker" || t.Speaker.Empty() {
			continue
		}
		for _, st := range d.Sents {
			if st.S.End <= t.Speaker.Start || st.S.Start > t.Speaker.Start {
				continue
			}
			for _, mi := range d.BySent[st.Idx] {
				if m := d.Mentions[mi]; m.Ent != nil && (m.Ent.Final().Kind == graph.Person || m.Ent.Final().Pending) {
					return true // a person, or a name waiting for coreference ("Maren Vik" while speakers are read)
				}
			}
		}
	}
	return false
}

// apposedHeadingBody is the body set off by a comma after a heading's speaker that is a
// spokesperson's or press secretary's title alone ("Press Conference by the Press Secretary,
// Ministry of Foreign Affairs"; "Weekly Media Briefing by the Official Spokesperson, Ministry of
// External Affairs"): a non-restrictive appositive names the referent of the noun phrase before
// it otherwise (Quirk et al. 1985, §17.65 ff.), here the office by the body at which it is held,
// as a label's "Spokesperson of X" does. The apposed name must be one mention of a government
// body or organization that runs to the end of the heading or to a comma or preposition; the
// heading's span of that name is returned as its phrase. Nil for a speaker that is no such title
// ("Remarks by Minister X, Ministry of Energy" names a person, read by the speaker rules).
func apposedHeadingBody(d *doc.Doc, t *discourse.Unit) (*doc.Entity, string) {
	st, cs, ce := labelWords(d.Sents, t.Speaker.Start, t.Speaker.End)
	if st == nil || !actors.SpokesTitle(d.SpanText(st, cs, ce)) || ce+1 >= len(st.Toks) || st.Toks[ce].Text != "," {
		return nil, ""
	}
	for _, mi := range d.BySent[st.Idx] {
		m := d.Mentions[mi]
		if m.Ent == nil || m.Ts != ce+1 {
			continue
		}
		if m.Te < len(st.Toks) {
			if nx := st.Toks[m.Te]; nx.Kind == text.Word && !titleEnds.Has(nx.Lower) {
				continue
			}
		}
		if e := m.Ent.Final(); e.Kind == graph.Government || e.Kind == graph.Organization {
			return e, d.SpanText(st, m.Ts, m.Te)
		}
	}
	return nil, ""
}

// titleEnds are the prepositions that end a heading's apposed body name before the occasion
// ("…, Ministry of Foreign Affairs on the Visit …", "… at …", "… in …"): data/wordclasses/titleends.txt.
var titleEnds = lexicon.WordClass("titleends")
