package coref

import (
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/text"
)

// pageOfficeState is doc.StatePageCountry: the state whose government publishes the page.
func pageOfficeState(lx *lexicon.Lexicons, a *graph.Article) *lexicon.Country {
	return doc.StatePageCountry(lx, a)
}

// hostOffice resolves "the <office>" ending at token i of st ("the President", "the Prime
// Minister", "the Federal Chancellor", "the President of Russia" when Russia publishes) on a page
// of a state's government (pageOfficeState) to the office's holder there (rule
// coref:host-office): the person the article's title line names with that office and no other
// state ("Readout of President Ana Ruiz's Call with …"), else the nearest person named before
// with that office and no other state, else the office of the state itself ("Prime Minister
// (United Kingdom)", the node titledOfficeVoice gives). Nil (the ordinary reading) off such a
// page, in a question or quotation, for an office of class other than state, for "the <office> of"
// another state, and when the title line names the publishing state's principal with another
// office ("President Ana Ruiz" on whitehouse.gov: "the Prime Minister" there is the counterpart).
func hostOffice(d *doc.Doc, st *doc.Sent, i int) *doc.Entity {
	p, c, key := HostOfficeAt(d, st, i)
	if p == nil && c != nil {
		p = actors.OfficeEntity(d, c, key)
	}
	return p
}

// HostOfficeAt is hostOffice without creating the office's node: the holder person, or nil and
// the state and office key when the office itself is the referent; nil, nil, "" when the rule
// does not apply (mayHaveSource asks it of every sentence).
func HostOfficeAt(d *doc.Doc, st *doc.Sent, i int) (*doc.Entity, *lexicon.Country, string) {
	if st.Question || st.InQuote[i] || st.Toks[i].Kind != text.Word {
		return nil, nil, ""
	}
	j := i
	for j > 0 && st.Toks[j-1].Lower != "the" && i-j < 3 {
		j--
	}
	if j == 0 || st.Toks[j-1].Lower != "the" {
		return nil, nil, ""
	}
	var words []string
	for k := j; k <= i; k++ {
		words = append(words, st.Toks[k].Lower)
	}
	key := strings.Join(words, " ")
	if tl := d.Lx.Titles[key]; tl == nil || tl.Class != "state" {
		return nil, nil, ""
	}
	c := HostPageState(d) // the page's government, or a readout's place line (coref_readoutplace.go)
	if c == nil {
		if v := voiceOffice(d, st, i, key); v != nil {
			return v, nil, "" // the document's own principal, off a government's page
		}
		return nil, nil, ""
	}
	ofHost := false
	if i+2 < len(st.Toks) && st.Toks[i+1].Lower == "of" {
		m := actors.MentionAt(d, st, i+2)
		if m == nil || m.Ent.Final().Kind != graph.Country || m.Ent.Final().Country != c {
			return nil, nil, "" // "the President of Turkey": another state's office
		}
		ofHost = true // "the President of Russia" on the Kremlin's page: the office named with its state
	}
	holds := func(e *doc.Entity) bool {
		return e.Kind == graph.Person && !ForeignTo(e, c) && speakers.HoldsOffice(e, key)
	}
	if p := TitleLinePerson(d, holds); p != nil {
		return p, nil, ""
	}
	if TitleLinePerson(d, func(e *doc.Entity) bool { return LeaderOf(e) && !ForeignTo(e, c) }) != nil && !ofHost {
		return nil, nil, "" // the principal is named with another office: this one is the counterpart's
	}
	if hk := pageHostOffice(d); hk != "" && hk != key && !ofHost {
		return nil, nil, "" // "PM meets Chancellor of Austria": "the Chancellor" is not the principal
	}
	if TitleLinePerson(d, func(e *doc.Entity) bool { return ForeignTo(e, c) && speakers.HoldsOffice(e, key) }) != nil && !ofHost && pageHostOffice(d) != key {
		return nil, nil, "" // "PM meeting with Chancellor Eva Brandt of Germany": "the Chancellor" is she
	}
	var found *doc.Entity
	actors.EachMentionBack(d, st.Idx, i, 40, func(m *doc.Mention) bool {
		if e := m.Ent.Final(); holds(e) {
			found = e
			return false
		}
		return true
	})
	if found != nil {
		return found, nil, ""
	}
	return nil, c, key
}

// pageHostOffice is the leader's office that names the page's principal: the one the title line
// names bare (titleHostOffice), else the office that is the page's outlet ("President of Russia"
// on kremlin.ru, "Prime Minister of Australia": publisherBody, a leader's title of
// leadertitles.txt): the President's own site calls him "the President". "" when neither.
func pageHostOffice(d *doc.Doc) string {
	if k := titleHostOffice(d); k != "" {
		return k
	}
	body, c := d.OutletBody()
	if b := strings.ToLower(strings.TrimPrefix(body, "The ")); c != nil && leaderTitles.Has(b) {
		return b
	}
	return ""
}

// titleHostOffice is the leader's office (leadertitles.txt) the article's title line names bare,
// with no holder after it and no state ("of Japan"), as a head of government's page names its
// own principal: "the President's Call with …", "Prime Minister's telephone conversation with
// …", "PM call with …" ("PM", the abbreviation of Prime Minister, Oxford Dictionary of
// Abbreviations; gov.uk's readout titles); "" when none.
func titleHostOffice(d *doc.Doc) string {
	if len(d.Sents) == 0 {
		return ""
	}
	st := d.Sents[0]
	toks := st.Toks
	for a := 0; a < len(toks); a++ {
		key, n := "", 0
		switch {
		case toks[a].Text == "PM":
			key, n = "prime minister", 1
		case a+1 < len(toks) && leaderTitles.Has(toks[a].Lower+" "+toks[a+1].Lower):
			key, n = toks[a].Lower+" "+toks[a+1].Lower, 2
		case leaderTitles.Has(toks[a].Lower) && toks[a].Lower != "leader":
			key, n = toks[a].Lower, 1
		default:
			continue
		}
		if !toks[a].Cap && toks[a].Text != "PM" {
			continue
		}
		next := a + n
		if next >= len(toks) {
			return ""
		}
		if toks[next].Lower == "'s" || toks[next].Lower == "\u2019s" {
			return key
		}
		if a > 0 && toks[a-1].Lower != "the" || toks[next].Lower == "of" {
			continue
		}
		if m := actors.MentionAt(d, st, next); m != nil && m.Ent != nil && m.Ent.Final().Kind == graph.Person {
			continue // "Prime Minister LeBlanc speaks with …": a holder named
		}
		return key
	}
	return ""
}

// ForeignTo reports a person whose state, his own or his role's body's, is known and is not c.
func ForeignTo(e *doc.Entity, c *lexicon.Country) bool {
	if e.Country != nil && !e.Guessed {
		return e.Country != c
	}
	for _, r := range e.Roles {
		if r.Org == nil {
			continue
		}
		if o := r.Org.Final(); o.Country != nil && !o.Guessed {
			return o.Country != c
		}
	}
	return false
}

// TitleLinePerson is the first actor named by name in the article's title line (namedInTitle's
// title: the input's title, or the heading the discourse layer read as a title) for which ok
// holds, or nil.
func TitleLinePerson(d *doc.Doc, ok func(*doc.Entity) bool) *doc.Entity {
	if len(d.Sents) == 0 {
		return nil
	}
	st := d.Sents[0]
	if !(d.C.Article.Title != "" || st.Headline || st.Unit != nil && st.Unit.Furniture && st.Unit.Rule == "title:speaker") {
		return nil
	}
	for _, mi := range d.BySent[0] {
		m := d.Mentions[mi]
		if m.Ent == nil || strings.HasPrefix(m.Rule, "coref") {
			continue
		}
		if e := m.Ent.Final(); ok(e) {
			return e
		}
	}
	return nil
}

// ReadoutParties are the two sides of a head of government's readout of a call or meeting on
// his government's own page (pageOfficeState): the publishing state's principal, the person
// the title line names with a leader's office and no other state ("Readout of President Ana
// Ruiz's Call with …") or else the office the title names bare ("… on the President's Call
// with …": the office of the publishing state), then each leader of another state the title line
// names ("… with Prime Minister Lars Holm of Norway"). "The two leaders condemned …" and "Both
// leaders called for …" there are these parties together: a definite description refers back to
// the pair the title introduced (Quirk et al. 1985, 5.28, anaphoric "the"), as the parties of a
// joint statement are (jointPartiesSubject). Nil when the page is no government's or the title
// gives fewer than two parties.
func ReadoutParties(d *doc.Doc) []*doc.Entity {
	c := HostPageState(d)
	if c == nil || len(d.Sents) == 0 {
		return nil
	}
	host := TitleLinePerson(d, func(e *doc.Entity) bool { return LeaderOf(e) && !ForeignTo(e, c) })
	if host == nil {
		if hk := pageHostOffice(d); hk != "" {
			host = speakers.NamedOfficeHolder(d, c, hk) // the publisher's holder rule, with its state check
			if host == nil {
				host = actors.OfficeEntity(d, c, hk)
			}
		}
	}
	if host == nil {
		return nil
	}
	parties := []*doc.Entity{host}
	for _, mi := range d.BySent[0] {
		m := d.Mentions[mi]
		if m.Ent == nil || strings.HasPrefix(m.Rule, "coref") {
			continue
		}
		if e := m.Ent.Final(); e != host && LeaderOf(e) && ForeignTo(e, c) && !slices.Contains(parties, e) {
			parties = append(parties, e)
		}
	}
	if len(parties) < 2 {
		return nil
	}
	return parties
}

// ReadoutPartiesSubject is jointPartiesSubject for a readout (readoutParties): the principal
// when token k of st, the subject of a cue, is a party noun after "the" or "both" and at most a
// number word ("The two leaders", "Both leaders") in the page's own narration; nil otherwise.
func ReadoutPartiesSubject(d *doc.Doc, st *doc.Sent, k int) *doc.Entity {
	if st.Question || st.Idx == 0 || !speakers.PartyNounSubject(st, k) { // speaker_joint.go
		return nil
	}
	if ps := ReadoutParties(d); len(ps) >= 2 {
		return ps[0]
	}
	return nil
}

// voiceOffice resolves "the <office>" (key, a title of class state) in a document that speaks in
// the voice of a person holding that office, off a government's page: the readout or statement
// its title names ("Readout of Prime Minister Erik Dahl's Call with President Lula" then "The
// Prime Minister condemned …"). The document's title sets up its principal, and the definite
// office in its own sentences is the principal, as on the principal's own page (Quirk et al.
// 1985, 5.28, the situational "the"; the larger situation is the document's). Nil outside the
// document's titled voice (a story, a quotation: hostOfficeAt's tests), when the voice holds
// another office, when the title line names another holder of the same office ("… Call with
// Prime Minister Lars Holm": then "the Prime Minister" may be either), and for "the <office> of"
// a state.
func voiceOffice(d *doc.Doc, st *doc.Sent, i int, key string) *doc.Entity {
	u := st.Unit
	if u == nil || u.Role != discourse.Titled || i+1 < len(st.Toks) && st.Toks[i+1].Lower == "of" {
		return nil
	}
	v := speakers.UnitSpeaker(d, u)
	if v == nil || v.Kind != graph.Person || !speakers.HoldsOffice(v, key) {
		return nil
	}
	if TitleLinePerson(d, func(e *doc.Entity) bool { return e != v && e.Kind == graph.Person && speakers.HoldsOffice(e, key) }) != nil {
		return nil
	}
	return v
}
