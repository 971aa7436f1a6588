package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// groupInCountry is the mention of the country after "in" that follows a plural group head at
// token i ("relevant parties in Myanmar", "local officials in Sudan"), or nil. The prepositional
// postmodifier restricts the group to those of that country (Quirk et al. 1985, ch. 17 on
// postmodification by prepositional phrases), as PETRARCH codes an agent with the country of its
// phrase (dictionaries.rst; the descriptive agents of actor_agents.go: "opposition groups in
// Zimbabwe"). The country is the group's country, and the place a word of its name ("relevant
// parties in Myanmar"), but no MEMBER_OF of the state: a locative says where the people are, a
// demonym ("Kenyan officials") whose they are. Envoys and missions in a country are the sending state's (envoyNouns), so
// "diplomats in Kenya" gives nothing, and nor do coordinated countries ("in Germany and Norway").
func (d *doc) groupInCountry(st *sent, i int) *mention {
	toks := st.Toks
	if i+2 >= len(toks) || toks[i+1].Lower != "in" || envoyNouns.Has(strings.TrimSuffix(toks[i].Lower, "s")) || envoyNouns.Has(toks[i].Lower) {
		return nil
	}
	m := d.mentionAt(st, i+2)
	if m == nil || m.Ts != i+2 {
		return nil
	}
	if e := m.Ent.Final(); e.Kind != graph.Country || e.Country == nil {
		return nil
	}
	if k := m.Te; k+1 < len(toks) && (toks[k].Lower == "and" || toks[k].Lower == "or" || toks[k].Text == ",") {
		if n := d.mentionAt(st, k+1); n != nil && n.Ent.Final().Kind == graph.Country {
			return nil // "authorities in Germany and Norway": two countries' people, no one country
		}
	}
	return m
}
