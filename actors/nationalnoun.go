package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// AgentNounNationality gives a person without a country the country of a nationality adjective
// before a descriptive noun right before the name: "Saudi businessman Khalid Rahman", "Iranian
// journalist Reza Haghighat", "Kenyan rights activist X". The noun phrase is a classifying
// premodification of the name (Quirk et al. 1985, 17.91: "the American composer Leonard
// Bernstein"), and the adjective gives the person's nationality (7.26). The noun must be a
// singular agent noun of Phoenix.agents.txt (businessman, journalist, farmer …: a person's
// role), with at most one lower-case word before it; the adjective must be a demonym of
// countries.txt, capitalized. A title of titles.txt right after the adjective is read earlier
// (personChunk); one with a modifier between ("Bolivian union leader X", "Kenyan rights activist
// X") opens the person's mention in lower case and is read here the same way.
func AgentNounNationality(d *doc.Doc) {
	if d.Phx == nil {
		return
	}
	for _, m := range d.Mentions {
		e := m.Ent.Final()
		if e.Kind != graph.Person || e.Country != nil || e.Dropped || m.Sent >= len(d.Sents) {
			continue
		}
		st := d.Sents[m.Sent]
		h := m.Ts - 1
		if m.Ts < len(st.Toks) && st.Toks[m.Ts].Kind == text.Word && !st.Toks[m.Ts].Cap {
			// a lower-case title opens the mention ("union leader Ramiro Quispe": the
			// mention is "leader Ramiro Quispe"); its modifiers stand before it
			h = m.Ts
		} else if h < 1 || !personAgentNoun(d.Phx, st.Toks[h]) {
			continue
		}
		if h < 1 {
			continue
		}
		j := h - 1
		if !st.Toks[j].Cap && st.Toks[j].Kind == text.Word && j > 0 {
			j-- // one modifier of the noun: "rights activist", "opposition politician"
		}
		if c := DemonymEndingAt(d, st, j); c != nil {
			e.Country = c
		}
	}
}

// personAgentNoun reports a lower-case singular noun the Phoenix agents dictionary lists.
func personAgentNoun(phx *lexicon.Actors, t text.Token) bool {
	if t.Kind != text.Word || t.Cap {
		return false
	}
	a, ok := phx.Agent(t.Lower)
	return ok && !a.Plural && !a.Mass
}

// DemonymEndingAt is the country of a capitalized demonym of countries.txt of one or two words
// ending at token j ("Saudi", "South African"), or nil.
func DemonymEndingAt(d *doc.Doc, st *doc.Sent, j int) *lexicon.Country {
	return countryEntryEndingAt(d, st, j, 2, lexicon.EntryDemonym)
}

// countryEntryEndingAt is the country of the first countries.txt entry of the given kind that
// matches a capitalized name of at most words tokens ending at token j, the shortest first, or nil.
func countryEntryEndingAt(d *doc.Doc, st *doc.Sent, j, words int, kind lexicon.EntryKind) *lexicon.Country {
	for s := j; s >= 0 && s > j-words; s-- {
		if !st.Toks[s].Cap {
			continue
		}
		ents, end := d.MatchNames(st, s)
		if end != j+1 {
			continue
		}
		for _, le := range ents {
			if le.Kind == kind && le.Country != nil {
				return le.Country
			}
		}
	}
	return nil
}

// OfNationalityOrgs gives an organization without a country or code the country of a nationality
// adjective in its name's of-phrase before a plural agent noun that ends the name: "the Federation
// of Ecuadorian Fishermen", "the Association of Brazilian Exporters", "the Union of Chilean
// Miners". The of-phrase postmodifies the organization's head and names its members (Quirk et
// al. 1985, 17.38-17.39 on of-phrases), and the adjective gives their nationality (7.26): the
// organization is a descriptive actor of that country (issue 14, "descriptive actors": an agent
// noun of Phoenix.agents.txt with a nationality adjective, tied to its country). The noun must be a
// Phoenix agent (fishermen, exporters, workers, industry), so "the Organization of American States"
// (states are no agents) and "the Institute of European Studies" (a continent's adjective, no
// demonym of countries.txt) stay as they are; a name the dictionary codes (an IGO) is left alone.
func OfNationalityOrgs(d *doc.Doc) {
	if d.Phx == nil {
		return
	}
	for _, m := range d.Mentions {
		e := m.Ent.Final()
		if e.Kind != graph.Organization || e.Country != nil || e.Cameo != "" || e.Dropped || m.Sent >= len(d.Sents) {
			continue
		}
		st := d.Sents[m.Sent]
		last := m.Te - 1
		if last >= len(st.Toks) || last < m.Ts+2 {
			continue
		}
		if _, ok := d.Phx.Agent(st.Toks[last].Lower); !ok {
			continue
		}
		for k := m.Ts + 1; k < last; k++ {
			if st.Toks[k].Lower != "of" {
				continue
			}
			if c := DemonymEndingAt(d, st, last-1); c != nil && (last-1 == k+1 || last-2 == k+1 && st.Toks[k+1].Cap) {
				e.Country = c
			}
			break
		}
	}
}

// OrgNounNationality gives an organization without a country or dictionary code the country of a
// nationality adjective or a country's name before a descriptor noun right before its name:
// "Dutch chipmaker Nexperion", "the South Korean company Hanbit Electronics", "US oil company
// Calvex". As for a person (agentNounNationality), the noun phrase is a classifying
// premodification of the name (Quirk et al. 1985, 17.91), the demonym gives the nationality
// (7.26) and a country's name as noun premodifier its owner or seat (17.108). The noun is a
// singular organization descriptor of orgnouns.txt (company, firm, chipmaker, utility …) or a
// singular Phoenix agent with a business sector (BUS: "manufacturer"), with at most one lower-case
// word before it ("oil company"), so "a Dutch court fined chipmaker X" (a verb between) gives
// nothing; the adjective or name is capitalized. A name the dictionary codes keeps its record.
func OrgNounNationality(d *doc.Doc) {
	for _, m := range d.Mentions {
		e := m.Ent.Final()
		if e.Kind != graph.Organization || e.Country != nil || e.Cameo != "" || e.Dropped || m.Sent >= len(d.Sents) {
			continue
		}
		st := d.Sents[m.Sent]
		h := m.Ts - 1
		if h < 1 || !OrgDescriptorNoun(d.Phx, d.Lx, st.Toks[h]) {
			continue
		}
		j := h - 1
		if !st.Toks[j].Cap && st.Toks[j].Kind == text.Word && j > 0 {
			j-- // one modifier of the noun: "oil company"
		}
		if c := NationalityEndingAt(d, st, j); c != nil {
			e.Country = c
		}
	}
}

// OrgDescriptorNoun reports a lower-case singular noun that describes an organization: a descriptor
// of orgnouns.txt, or a singular Phoenix agent of the business sector.
func OrgDescriptorNoun(phx *lexicon.Actors, lx *lexicon.Lexicons, t text.Token) bool {
	if t.Kind != text.Word || t.Cap {
		return false
	}
	if lx.OrgNouns[t.Lower] != nil {
		return true
	}
	if phx == nil {
		return false
	}
	a, ok := phx.Agent(t.Lower)
	return ok && !a.Plural && !a.Mass && len(a.Code) >= 3 && a.Code[:3] == "BUS"
}

// NationalityEndingAt is the country of a capitalized demonym (demonymEndingAt) or country name
// or short form ("US", "South Korea") of countries.txt ending at token j, or nil.
func NationalityEndingAt(d *doc.Doc, st *doc.Sent, j int) *lexicon.Country {
	if c := DemonymEndingAt(d, st, j); c != nil {
		return c
	}
	return countryEntryEndingAt(d, st, j, 3, lexicon.EntryCountry)
}
