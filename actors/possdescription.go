package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// possessedDescriptions reads a country's genitive description set before a body's name between
// commas: "Kenya's largest opposition alliance, the Green Front, condemned …", "Ghana's biggest
// opposition party, the New Patriotic Party, criticized …". The description and the name are a
// preposed appositive, two noun phrases of one referent (Quirk et al. 1985, 17.65-17.72), as
// countryDescription reads the postposed one ("the Court of Cassation, Italy's highest appeals
// court,"): the named body is the referent and the actor, the description is a mention of it
// (coref:appositive) and its role, and the genitive country is the body's affiliation — MEMBER_OF
// the country (rule member-of:possessor-appositive), and its country when it has none — not a
// group of its own (issue 14, analysis26 3e). A group the groups rule made of the description's
// words ("Kenya's largest opposition", group:collective or group:unnamed) is taken back.
//
// The shape: a COUNTRY mention, "'s", one to five lower-case words ending in an organization or
// agent noun (orgHeadNoun), a comma, "the" or nothing, the mention of a named ORGANIZATION or
// GROUP (with an acronym in parentheses, if any), then a comma. Runs after groups.
func possessedDescriptions(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	for j := 0; j+4 < len(toks); j++ {
		cm := MentionAt(d, st, j)
		if cm == nil || cm.Ts != j || cm.Te >= len(toks) || toks[cm.Te].Lower != "'s" {
			continue
		}
		c := cm.Ent.Final()
		if c.Kind != graph.Country || c.Country == nil {
			continue
		}
		ds := cm.Te + 1
		end := ds
		for end < len(toks) && end-ds < 5 && toks[end].Kind == text.Word && !toks[end].Cap {
			end++
		}
		if end == ds || end >= len(toks) || toks[end].Text != "," || !orgHeadNoun(d.Phx, d.Lx, strings.TrimSuffix(toks[end-1].Lower, ".")) {
			continue
		}
		n := end + 1
		if n < len(toks) && toks[n].Lower == "the" {
			n++
		}
		m := MentionAt(d, st, n)
		if m == nil || m.Ts != n {
			continue
		}
		e := m.Ent.Final()
		if e.Kind != graph.Organization && e.Kind != graph.Group || strings.HasPrefix(e.Rule, "group:") {
			continue
		}
		te := m.Te
		if te < len(toks) && toks[te].Text == "(" {
			for te < len(toks) && toks[te].Text != ")" && te-m.Te < 6 {
				te++
			}
			te++ // past ")"
		}
		if te >= len(toks) || toks[te].Text != "," {
			continue
		}
		for k := ds; k < end; k++ {
			if gm := MentionAt(d, st, k); gm != nil {
				if g := gm.Ent.Final(); g.Kind == graph.Group && (g.Rule == "group:collective" || g.Rule == "group:unnamed") {
					Unmention(st, gm)
					gm.Ent = DroppedMention()
					g.Dropped = !HasMention(d, g)
				}
			}
		}
		if e.Country == nil {
			e.Country, e.Code = c.Country, c.Country.Code
		}
		e.AddRole(d.SpanText(st, ds, end), nil)
		AddMention(d, st, ds, end, e, "coref:appositive")
		MemberOf(d, st, j, end, e, c, "", "member-of:possessor-appositive")
	}
}
