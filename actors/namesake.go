package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// namesakeGroup reads a nationality adjective right before the name of a known non-state group
// that the dictionaries tie to another country: "the Pakistani Taliban" (Tehrik-i-Taliban
// Pakistan, which Phoenix.IssueCoding.txt lists apart from the Taliban [AFGREB]), "Iraqi
// Hezbollah" (Kata'ib Hezbollah, not Lebanon's). A nationality adjective classifies its head
// (Quirk et al. 1985, 7.26; 17.91): before a group's proper name that already belongs to another
// country it restricts the name to a different referent, that country's group of the name, so
// the phrase is one actor of its own, named as written, of the adjective's country, with the
// CAMEO role of the group it is named after (CAMEO codebook ch. 3: country code + role:
// PAK + REB). A demonym of the group's own country ("the Afghan Taliban", "Lebanese Hezbollah")
// is the known group, as before; state bodies and groups of no country are not read so.
// It returns the new entity, or nil when the rule does not apply.
func namesakeGroup(d *doc.Doc, st *doc.Sent, dem, grp unit) *doc.Entity {
	a := grp.e.Actor
	c := dem.e.Country
	if a == nil || c == nil || a.Kind != graph.Organization || a.Country == "" || a.Country == c.Code || st.Ment[grp.ts] >= 0 {
		return nil
	}
	name := d.SpanText(st, dem.ts, grp.te)
	e := Entity(d, "org:"+graph.NormalizeName(name), graph.Organization, name, "org:namesake-group")
	if e.Country == nil {
		e.Country, e.Code = c, c.Code
		if role := knownRole(d.Phx, a.Name); role != "" {
			e.Cameo = c.Code + role
		}
	}
	AddMention(d, st, dem.ts, grp.te, e, "org:namesake-group")
	return e
}

// knownRole is the CAMEO role of the Phoenix entry named name ("REB" of AFGREB): its code
// without the three-letter country code that opens it; "" when the dictionary lists no single
// entry of that name with such a code.
func knownRole(phx *lexicon.Actors, name string) string {
	if phx == nil {
		return ""
	}
	p := phx.Unique(name, graph.Organization)
	if p == nil || p.Country == "" || !strings.HasPrefix(p.Code, p.Country) {
		return ""
	}
	return strings.TrimPrefix(p.Code, p.Country)
}
