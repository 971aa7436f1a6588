package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// bodyMembers reads a body's name that premodifies a plural noun of persons ("Senate
// Republicans", "House members", "Labour lawmakers") as a GROUP of that body's members, not the
// body: in a noun phrase the head decides the referent and a noun premodifier only classifies it
// (Quirk et al. 1985, 17.108 on premodifying nouns; Huddleston & Pullum 2002, 5.14.3 on
// attributive nouns). The head is a lower-case plural of personNouns (WordNet 3.0 noun.person,
// data/wordclasses/personnouns.txt) or the capitalized plural of a party member's noun
// (partyMembers, AP Stylebook "party affiliation": "Democrats", "Republicans"), right after the
// body's name, a national body's (one with a country; a bloc's residents, "EU farmers", are
// not its members). The group is labelled as written and takes the body's country (rule
// agent:body-members); the body keeps its other mentions. A body followed by anything else
// ("the Senate rejected …") is left alone.
func bodyMembers(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	for _, mi := range append([]int(nil), d.BySent[st.Idx]...) {
		m := d.Mentions[mi]
		h := m.Te
		if h >= len(toks) || m.Ent == nil || m.Ent.Dropped {
			continue
		}
		body := m.Ent.Final()
		if body.Kind != graph.Government && body.Kind != graph.Organization || body.Country == nil || st.Ment[m.Ts] != mi {
			// a national body only: a bloc's residents ("EU farmers") are not its members
			continue
		}
		t := toks[h]
		if t.Kind != text.Word || !strings.HasSuffix(t.Lower, "s") {
			continue
		}
		if !(t.Cap && partyMembers.Has(strings.TrimSuffix(t.Lower, "s"))) && (t.Cap || !personNouns.Has(t.Lower)) {
			continue
		}
		if h+1 < len(toks) && toks[h+1].Kind == text.Word && !toks[h+1].Cap && nounModifier(d.Frames, d.Lx, st, h+1) {
			continue // the plural modifies another noun in turn
		}
		var pend *doc.Mention
		if hm := MentionAt(d, st, h); hm != nil {
			// a capitalized head still waiting for a kind ("Republicans"): the word, no name
			if he := hm.Ent.Final(); hm.Te-hm.Ts != 1 || he.Kind != "" || !he.Pending {
				continue
			}
			pend = hm
		}
		label := d.SpanText(st, m.Ts, h+1)
		code := body.Country.Code
		g := Entity(d, "members:"+graph.NormalizeName(label)+":"+code, graph.Group, label, "agent:body-members")
		if g.Country == nil {
			g.Country, g.Code, g.Cameo = body.Country, body.Country.Code, body.Cameo
		}
		g.Weak = true
		if pend != nil {
			pend.Ent.Final().Dropped, pend.Ent.Final().Pending = true, false
			Unmention(st, pend)
		}
		Unmention(st, m)
		m.Ent = DroppedMention()
		AddMention(d, st, m.Ts, h+1, g, "agent:body-members")
	}
}
