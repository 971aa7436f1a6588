package loader

import (
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/graph"
)

// delegationMembers reads the labels of a UN meeting record, "Mr. Kariuki (United Kingdom):",
// "Ms. Frazier (Malta):": the speaker's name, then in parentheses the Member State he represents
// — the form of the United Nations verbatim records (S/PV, A/PV), where each speaker is named
// with the delegation he speaks for. The person is made a representative of that state:
// MEMBER_OF it (rule turn:delegation, the parenthesis as its cue, role "Representative") and its
// national when he has no country; so "we" and "our" of the turn are the state, as a head of
// mission's are (firstPerson, headOfMission; Vienna Convention on the Representation of States
// 1975, art. 1: a delegation takes part in an organ's proceedings on the sending State's
// behalf). Only a named turn (Role Turn), only a parenthesis holding one country's name and
// nothing else before the label's colon: a party affiliation ("(R-Ohio)"), an outlet ("Q
// (Reuters):") or a holder's name ("Chair (X MP):", read by the label itself) is none. Run once
// the turns' speakers are resolved, before the relations read "we".
func (d *doc) delegationMembers() {
	for _, st := range d.sents {
		u := st.unit
		if u == nil || u.Role != discourse.Turn || u.Speaker.Empty() || len(st.toks) == 0 ||
			st.toks[0].start > u.Speaker.Start || st.s.End < u.Speaker.End {
			continue // the label's own sentence only
		}
		// the tokens after the label's name: "(", the country, ")", ":"
		k := 0
		for k < len(st.toks) && st.toks[k].start < u.Speaker.End {
			k++
		}
		if k >= len(st.toks) || st.toks[k].text != "(" {
			continue
		}
		m := d.mentionAt(st, k+1)
		if m == nil || m.ts != k+1 || m.te+1 >= len(st.toks) || st.toks[m.te].text != ")" || st.toks[m.te+1].text != ":" {
			continue
		}
		c := m.ent.final()
		if c.kind != graph.Country || !actorKind(c) {
			continue
		}
		p := d.unitSpeaker(u)
		if p == nil || p.final().kind != graph.Person {
			continue
		}
		p = p.final()
		p.addRole("Representative", c)
		if p.country == nil && c.country != nil {
			p.country = c.country
		}
		d.memberOf(st, k, m.te+1, p, c, "Representative", "turn:delegation")
	}
}
