package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// bodyMembers reads a body's name that premodifies a plural noun of persons ("Senate
// Republicans", "House members", "GOP primary voters", "Labour lawmakers") as a GROUP of persons
// affiliated with that body, not the body: in a noun phrase the head decides the referent, and
// premodifiers — a noun, an adjective, the body's name among them — only classify it (Quirk et
// al. 1985, 17.97-17.108 on premodification; Huddleston & Pullum 2002, 5.14.3 on attributive
// nouns); a relative clause after the head ("House members who backed the plan") postmodifies
// the same head and does not change it (Quirk et al. 1985, 17.8). The head is a lower-case
// plural of personNouns (WordNet 3.0 noun.person, data/wordclasses/personnouns.txt) or the
// capitalized plural of a party member's noun (partyMembers, AP Stylebook "party affiliation":
// "Democrats", "Republicans"), right after the body's name or after at most two premodifiers
// between them (premodifierAt: "primary" in "GOP primary voters", "Republican" in "House
// Republican leaders"). The group is labelled as written; it takes the body's country and code
// when the body is a national one (a bloc's residents, "EU farmers", are no members of the bloc
// and take neither; rule agent:body-members). The body keeps its other mentions. A body followed
// by anything else ("the Senate rejected …") is left alone.
func bodyMembers(d *doc.Doc, st *doc.Sent) {
	for _, mi := range append([]int(nil), d.BySent[st.Idx]...) {
		bodyMembersAt(d, st, mi)
	}
}

func bodyMembersAt(d *doc.Doc, st *doc.Sent, mi int) {
	toks := st.Toks
	m := d.Mentions[mi]
	if m.Te >= len(toks) || m.Ent == nil || m.Ent.Dropped || st.Ment[m.Ts] != mi {
		return
	}
	body := m.Ent.Final()
	if body.Dropped || body.Kind != graph.Government && body.Kind != graph.Organization {
		return
	}
	h := m.Te
	for n := 0; n < 2 && h < len(toks) && !membersHead(toks[h]) && premodifierAt(d, st, h); n++ {
		h++
	}
	if h >= len(toks) || !membersHead(toks[h]) {
		return
	}
	if h+1 < len(toks) && toks[h+1].Kind == text.Word && !toks[h+1].Cap && nounModifier(d.Frames, d.Lx, st, h+1) {
		return // the plural modifies another noun in turn
	}
	var pend []*doc.Mention
	for k := m.Te; k <= h; k++ {
		hm := MentionAt(d, st, k)
		if hm == nil {
			continue
		}
		// a capitalized word still waiting for a kind ("Republicans", "Republican"): the word, no name
		if he := hm.Ent.Final(); hm.Te-hm.Ts != 1 || he.Kind != "" || !he.Pending {
			return
		}
		pend = append(pend, hm)
	}
	label := d.SpanText(st, m.Ts, h+1)
	code := ""
	if body.Country != nil {
		code = body.Country.Code
	}
	g := Entity(d, "members:"+graph.NormalizeName(label)+":"+code, graph.Group, label, "agent:body-members")
	if g.Country == nil && body.Country != nil {
		g.Country, g.Code, g.Cameo = body.Country, body.Country.Code, body.Cameo
	}
	g.Weak = true
	for _, p := range pend {
		p.Ent.Final().Dropped, p.Ent.Final().Pending = true, false
		Unmention(st, p)
	}
	Unmention(st, m)
	m.Ent = DroppedMention()
	AddMention(d, st, m.Ts, h+1, g, "agent:body-members")
}

// membersHead reports a head noun naming the persons of a body: a lower-case plural of
// personNouns or a capitalized plural of partyMembers ("Republicans").
func membersHead(t text.Token) bool {
	if t.Kind != text.Word || !strings.HasSuffix(t.Lower, "s") {
		return false
	}
	if t.Cap {
		return partyMembers.Has(strings.TrimSuffix(t.Lower, "s"))
	}
	return personNouns.Has(t.Lower)
}

// premodifierAt reports a word at k that may premodify the head noun after a body's name: a
// lower-case common noun or adjective that is no verb, determiner or cue (nounModifier: "primary",
// "rank-and-file"), or the capitalized adjective of a party member's noun ("Republican", AP
// Stylebook "party affiliation"). A capitalized name, a number or punctuation ends the phrase.
func premodifierAt(d *doc.Doc, st *doc.Sent, k int) bool {
	t := st.Toks[k]
	if t.Kind != text.Word {
		return false
	}
	if t.Cap {
		return !t.AllCaps && partyMembers.Has(t.Lower)
	}
	return nounModifier(d.Frames, d.Lx, st, k) && !personNouns.Has(t.Lower)
}
