package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
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
func groupInCountry(d *doc.Doc, st *doc.Sent, i int) *doc.Mention {
	toks := st.Toks
	if i+2 >= len(toks) || toks[i+1].Lower != "in" || EnvoyNouns.Has(strings.TrimSuffix(toks[i].Lower, "s")) || EnvoyNouns.Has(toks[i].Lower) {
		return nil
	}
	m := MentionAt(d, st, i+2)
	if m == nil || m.Ts != i+2 {
		return nil
	}
	if e := m.Ent.Final(); e.Kind != graph.Country || e.Country == nil {
		return nil
	}
	if k := m.Te; k+1 < len(toks) && (toks[k].Lower == "and" || toks[k].Lower == "or" || toks[k].Text == ",") {
		if n := MentionAt(d, st, k+1); n != nil && n.Ent.Final().Kind == graph.Country {
			return nil // "authorities in Germany and Norway": two countries' people, no one country
		}
	}
	return m
}

// groupInCity is, for a group head at token i followed by "in" and a city or region of one
// country and no country itself ("officials in Lagos", "a senior army official in Lagos"), that
// country and the end of the place's words (cityPlace: a capital of countries.txt or a place the
// Phoenix country records list under one country); nil otherwise. As for a country after "in"
// (groupInCountry), the locative postmodifier places the group (Quirk et al. 1985, 17.37) and
// PETRARCH codes a place by the country whose record lists it (dictionaries.rst, "Country
// Dictionary"), as descriptiveAgents' "lawmakers in Seoul" is coded; envoys posted in a capital are
// the sending state's (envoyNouns), and a place that runs into a longer name is none.
func groupInCity(d *doc.Doc, st *doc.Sent, i int) (*lexicon.Country, int) {
	toks := st.Toks
	if i+2 >= len(toks) || toks[i+1].Lower != "in" || EnvoyNouns.Has(strings.TrimSuffix(toks[i].Lower, "s")) || EnvoyNouns.Has(toks[i].Lower) {
		return nil, -1
	}
	c, e := CityPlace(d, st, i+2)
	if c == nil {
		return nil, -1
	}
	if e+1 < len(toks) && (toks[e].Lower == "and" || toks[e].Lower == "or") && toks[e+1].Cap {
		return nil, -1 // "officials in Lagos and Accra": two places, maybe two countries
	}
	return c, e
}

// placedGroupHead reports "Officials in Abuja said …", "Diplomats in Kenya …" opening a sentence:
// token i, capitalized only by its position (a sentence's first word takes a capital whatever its
// class: Chicago Manual of Style 8.1; Quirk et al. 1985, 5.60 on proper nouns), is followed by a
// locative postmodifier naming a country or one country's city or region (groupInCountry,
// groupInCity), so it heads a common noun phrase ("officials in Abuja"), no name. The caller has
// checked that the word is a plural group head of groups.txt.
func placedGroupHead(d *doc.Doc, st *doc.Sent, i int) bool {
	if groupInCountry(d, st, i) != nil {
		return true
	}
	c, _ := groupInCity(d, st, i)
	return c != nil
}

// agentGenitive reports token k, the genitive mark of a plural agent noun of the Phoenix agents
// dictionary ("fishermen's", "farmers'", sentence-initial "Fishermen's"): a classifying
// (descriptive) genitive, which names a kind of the head after it as an adjective does — "the
// fishermen's leaders" are the leaders of fishermen, no particular fishermen own them (Quirk et
// al. 1985, 17.44; 5.83-5.85 and 5.113 on the plural genitives "-s'" and "-men's"). The group it
// determines is described as the premodified group is ("fishermen leaders").
func agentGenitive(d *doc.Doc, st *doc.Sent, k int) bool {
	if k < 1 || d.Phx == nil {
		return false
	}
	g, w := st.Toks[k], st.Toks[k-1]
	if g.Lower != "'s" || w.Kind != text.Word || w.Cap && !SentInitial(st, k-1) {
		return false
	}
	if m := MentionAt(d, st, k-1); m != nil {
		if e := m.Ent.Final(); !(e.Kind == "" && e.Pending && m.Te-m.Ts == 1) {
			return false // a name's genitive is a possessor ("Kenya's", "Hamas's")
		}
	}
	plural := strings.HasSuffix(w.Lower, "men") || w.Lower == "children" || w.Lower == "people"
	if g.Text == "'" || g.Text == "\u2019" {
		plural = strings.HasSuffix(w.Lower, "s") && !strings.HasSuffix(w.Lower, "ss")
	}
	if !plural {
		return false
	}
	if k >= 2 {
		if _, nat := MatchNamesEndingAt(d, st, k-2); nat {
			// "Ugandan farmers' leaders": the nationality places the agent noun, whose group
			// the descriptive agents make ("Ugandan farmers", actor_agents.go)
			return false
		}
		if m := MentionAt(d, st, k-2); m != nil && m.Ent.Final().Kind == graph.Country {
			return false
		}
	}
	_, ok := d.Phx.Agent(w.Lower)
	return ok
}
