package speakers

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// DelegationMembers reads the labels of a UN meeting record, "Mr. Kariuki (United Kingdom):",
// "Ms. Frazier (Malta):": the speaker's name, then in parentheses the Member State he represents
// — the form of the United Nations verbatim records (S/PV, A/PV), where each speaker is named
// with the delegation he speaks for. The person is made a representative of that state:
// MEMBER_OF it (rule turn:delegation, the parenthesis as its cue, role "Representative") and its
// national when he has no country; so "we" and "our" of the turn are the state, as a head of
// mission's are (firstPerson, text.HeadOfMission; Vienna Convention on the Representation of States
// 1975, art. 1: a delegation takes part in an organ's proceedings on the sending State's
// behalf). Only a named turn (Role Turn), only a parenthesis holding one country's name and
// nothing else before the label's colon: a party affiliation ("(R-Ohio)"), an outlet ("Q
// (Reuters):") or a holder's name ("Chair (X MP):", read by the label itself) is none. Run once
// the turns' speakers are resolved, before the relations read "we".
func DelegationMembers(d *doc.Doc) {
	for _, st := range d.Sents {
		u := st.Unit
		if u == nil || u.Role != discourse.Turn || u.Speaker.Empty() || len(st.Toks) == 0 ||
			st.Toks[0].Start > u.Speaker.Start || st.S.End < u.Speaker.End {
			continue // the label's own sentence only
		}
		// the tokens after the label's name: "(", the country, ")", ":"
		k := 0
		for k < len(st.Toks) && st.Toks[k].Start < u.Speaker.End {
			k++
		}
		if k >= len(st.Toks) || st.Toks[k].Text != "(" {
			continue
		}
		m := actors.MentionAt(d, st, k+1)
		if m == nil || m.Ts != k+1 || m.Te+1 >= len(st.Toks) || st.Toks[m.Te].Text != ")" || st.Toks[m.Te+1].Text != ":" {
			continue
		}
		c := m.Ent.Final()
		if c.Kind != graph.Country || !doc.ActorKind(c) {
			continue
		}
		p := UnitSpeaker(d, u)
		if p == nil || p.Final().Kind != graph.Person {
			continue
		}
		p = p.Final()
		p.AddRole("Representative", c)
		if p.Country == nil && c.Country != nil {
			p.Country = c.Country
		}
		actors.MemberOf(d, st, k, m.Te+1, p, c, "Representative", "turn:delegation")
	}
}

// TitleDelegation reads a published statement's headline that names the state whose delegate
// speaks at an intergovernmental body: "… – UK statement at the UN Security Council", "Osland
// statement to the OSCE Permanent Council" (the form of the UK Foreign Office's and other
// ministries' pages of their delegations' statements), over a text whose title speaker is a
// person ("Statement by Deputy Political Coordinator X at …"). The person is made a
// representative of that state as a meeting record's label makes him (delegationMembers: MEMBER_OF,
// rule title:delegation, role "Representative", its national when he has no country), so the
// statement's "we" is the state. Only a country's name right before "statement", then "at", "to"
// or "before" and, within three words, an intergovernmental body (igoBody): "UK statement on
// trade" names no organ, and "Reuters statement at the UN" no state.
func TitleDelegation(d *doc.Doc) {
	var p *doc.Entity
	first := -1
	for _, st := range d.Sents {
		if u := st.Unit; u != nil && u.Role == discourse.Titled && !u.Speaker.Empty() {
			p, first = UnitSpeaker(d, u), st.Idx
			break
		}
	}
	if p == nil || p.Final().Kind != graph.Person {
		return
	}
	p = p.Final()
	for _, st := range d.Sents[:first] {
		for k := 0; k+2 < len(st.Toks); k++ {
			m := actors.MentionAt(d, st, k)
			if m == nil || m.Ts != k || m.Te+2 >= len(st.Toks) || st.Toks[m.Te].Lower != "statement" {
				continue
			}
			if p := st.Toks[m.Te+1].Lower; p != "at" && p != "to" && p != "before" {
				continue
			}
			c := m.Ent.Final()
			if c.Kind != graph.Country || !doc.ActorKind(c) || !igoAfter(d, st, m.Te+2) {
				continue
			}
			p.AddRole("Representative", c)
			if p.Country == nil && c.Country != nil {
				p.Country = c.Country
			}
			actors.MemberOf(d, st, m.Ts, m.Te+1, p, c, "Representative", "title:delegation")
			return
		}
	}
}

// igoAfter reports an intergovernmental body (igoBody) named within three tokens from k of st.
func igoAfter(d *doc.Doc, st *doc.Sent, k int) bool {
	for j := k; j < len(st.Toks) && j < k+3; j++ {
		if m := actors.MentionAt(d, st, j); m != nil && igoBody(d.Phx, d.C.Article.PublishedAt, m.Ent.Final()) {
			return true
		}
	}
	return false
}
