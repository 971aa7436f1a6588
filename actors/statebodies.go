package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// stateSectors are the CAMEO sectors of state agents (CAMEO codebook, actor role codes:
// government, legislature, judiciary, military, police, intelligence).
var stateSectors = map[string]bool{"GOV": true, "LEG": true, "JUD": true, "MIL": true, "COP": true, "SPY": true}

// StateBodies types as GOVERNMENT (graph: "a state body or administration") the organizations of
// the article that are state bodies by one of three rules, and gives them their parent's country:
//
//   - its head noun lies in an agent phrase of Phoenix.agents.txt with a state sector ("Foreign
//     Relations Committee" GOV, "Securities and Exchange Commission" GOVBUS);
//   - "State" modifies an administrative head ("State Affairs Commission", "State Planning
//     Office"): the adjective names the state as owner of the body;
//   - the name ends in "of [the]" and a known state body ("Customs Tariff Commission of the State
//     Council"): a body of a state body is one;
//   - a state body's possessive names it ("Treasury's Office of Technical Assistance": PART_OF
//     by part-of:possessive). A body described as a state body's "arm" in an appositive (the
//     China Institute of International Studies, "the policy research arm of China's Foreign
//     Ministry") stays an organization: affiliation is not being the body.
//
// Known actors, and organizations the Phoenix dictionary codes (World Health Assembly,
// IGOUNOHLHWHO), keep the dictionary's kind.
func StateBodies(d *doc.Doc) {
	for _, e := range FinalActors(d) {
		if e.Country == nil && (e.Kind == graph.Government || e.Kind == graph.Organization) {
			if c := ofOwnedBody(d, e.Name); c != nil {
				e.Country, e.Code = c, c.Code
			}
		}
		if e.Kind != graph.Organization || strings.HasPrefix(e.Rule, "lexicon:") || e.Cameo != "" {
			continue
		}
		if stateAgentHead(d.Phx, e.Name) || stateModified(e.Name) || nationalAgency(e) || stateNamedBody(d.Phx, e) || statePossessedBody(d, e) {
			e.Kind = graph.Government
			continue
		}
		if c, ok := ofStateBody(d, e.Name); ok {
			e.Kind = graph.Government
			if e.Country == nil && c != nil {
				e.Country, e.Code = c, c.Code
			}
			continue
		}
		for _, r := range d.Structure {
			if r.Typ == graph.PartOf && r.Structural && r.Rule == "part-of:possessive" && r.Src != nil && r.Tgt != nil && r.Src.Final() == e && r.Tgt.Final().Kind == graph.Government {
				e.Kind = graph.Government
				if t := r.Tgt.Final(); e.Country == nil && t.Country != nil {
					e.Country, e.Code = t.Country, t.Country.Code
				}
				break
			}
		}
	}
}

// statePossessedBody reports an organization whose head noun (the last word before a first "of",
// "on", "for" or "in") is an administrative head (adminheads.txt: commission, committee, council,
// office, agency, bureau, administration, department) and that a mention names with a country's
// genitive before it ("Ecuador's Commission on Maritime Boundaries", "Kenya's Council for
// Refugees"): the genitive of a state names the owner of the body (Quirk et al. 1985, 5.116, the
// possessive genitive), and an administrative body a state owns is a state body, as "State"
// modifying the head names the state as owner (stateModified). A company or a party a country's
// genitive names ("China's Huawei") has no administrative head and stays an organization.
func statePossessedBody(d *doc.Doc, e *doc.Entity) bool {
	words := strings.Fields(strings.ToLower(e.Name))
	h := len(words) - 1
	for i, w := range words {
		if i > 0 && (w == "of" || w == "on" || w == "for" || w == "in") {
			h = i - 1
			break
		}
	}
	if h < 0 || !AdminHeads.Has(words[h]) {
		return false
	}
	for _, m := range d.Mentions {
		if m.Ent == nil || m.Ent.Final() != e || m.Ts < 2 {
			continue
		}
		st := d.Sents[m.Sent]
		if p := st.Toks[m.Ts-1].Lower; p != "'s" && p != "\u2019s" {
			continue
		}
		if em, ok := MatchNamesEndingAt(d, st, m.Ts-2); ok && em.country != nil {
			return true
		}
	}
	return false
}

// stateAgentHead reports a name whose head noun (the last word before a first "of", "on", "for"
// or "in") lies in an agent phrase of Phoenix.agents.txt of two or more words with a state
// sector; the longest such phrase decides ("Chamber of Commerce of Lima" is CHAMBER_OF_COMMERCE,
// BUS; "Foreign Relations Committee" is GOV, "Securities and Exchange Commission" GOVBUS). A
// one-word agent is the head word alone, which orgwords.txt already types, and is ambiguous
// ("Kenya Chamber of Industry" is no legislative CHAMBER).
func stateAgentHead(phx *lexicon.Actors, name string) bool {
	if phx == nil {
		return false
	}
	words := strings.Fields(strings.ToLower(strings.ReplaceAll(name, ",", "")))
	h := len(words) - 1
	for i, w := range words {
		if i > 0 && (w == "of" || w == "on" || w == "for" || w == "in") {
			h = i - 1
			break
		}
	}
	for n := 5; n >= 2; n-- {
		for s := h - n + 1; s <= h; s++ {
			if s < 0 || s+n > len(words) {
				continue
			}
			if a, ok := phx.Agent(strings.Join(words[s:s+n], " ")); ok && len(a.Code) >= 3 {
				return stateSectors[a.Code[:3]]
			}
		}
	}
	return false
}

// ofStateBody reports a name ending in "of [the]" and a known state body (lexicon or Phoenix,
// GOVERNMENT), with that body's country.
func ofStateBody(d *doc.Doc, name string) (*lexicon.Country, bool) {
	for _, rest := range ofComplements(name) {
		if a := KnownByName(d, strings.Join(rest, " ")); a != nil && a.Kind == graph.Government {
			return d.Lx.ByCode[a.Country], true
		}
	}
	return nil, false
}

// ofComplements are the words after each inner "of" of a name, without a leading "the" and
// never empty: "Standing Committee of the Political Bureau of the CPC Central Committee" →
// [Political Bureau of the CPC Central Committee], [CPC Central Committee].
func ofComplements(name string) [][]string {
	lw := strings.Fields(name)
	var out [][]string
	for i := 1; i < len(lw)-1; i++ {
		if strings.ToLower(lw[i]) != "of" {
			continue
		}
		rest := lw[i+1:]
		if strings.EqualFold(rest[0], "the") {
			rest = rest[1:]
		}
		if len(rest) > 0 {
			out = append(out, rest)
		}
	}
	return out
}

// ofOwnedBody is the country of a body named "X of [the] <known actor> <organ>": "the Political
// Bureau of the CPC Central Committee", "the Secretariat of the ANC National Executive Committee".
// A proper noun before an organ's name is its owner (the attributive genitive-like modifier,
// Quirk et al. 1985, 17.108: "the CPC Central Committee" is the party's central committee), and
// an organ of an owner with a country is of that country, as a body of a known state body is
// (ofStateBody). The owner is a known actor of the lexicon or Phoenix with a country; the organ's
// last word is an administrative head (adminHeads). Nil otherwise.
func ofOwnedBody(d *doc.Doc, name string) *lexicon.Country {
	for _, rest := range ofComplements(name) {
		if len(rest) < 2 || !AdminHeads.Has(strings.ToLower(rest[len(rest)-1])) {
			continue
		}
		for n := len(rest) - 1; n >= 1; n-- {
			organ := true
			for _, w := range rest[n:] {
				organ = organ && w != "" && strings.ToUpper(w[:1]) == w[:1] && !strings.EqualFold(w, "of")
			}
			if !organ {
				break
			}
			if a := KnownByName(d, strings.Join(rest[:n], " ")); a != nil && a.Country != "" {
				return d.Lx.ByCode[a.Country]
			}
		}
	}
	return nil
}

// DelegationHeads gives the head of a national delegation its country: "the U.S. delegation,
// headed by Treasury Secretary Steven Mnuchin", "a Chinese delegation led by Vice Premier Liu He".
// A delegation represents its state, and the person who heads it is one of its members (the
// passive "headed/led by" names the agent who heads the subject noun phrase). Only a person
// without a country takes it; the nationality must end right before "delegation".
func DelegationHeads(d *doc.Doc) {
	for _, st := range d.Sents {
		toks := st.Toks
		for i := 1; i+3 < len(toks); i++ {
			if toks[i].Lower != "delegation" {
				continue
			}
			em, ok := MatchNamesEndingAt(d, st, i-1)
			if !ok || em.country == nil {
				continue
			}
			k := i + 1
			if toks[k].Text == "," {
				k++
			}
			if k+1 >= len(toks) || (toks[k].Lower != "headed" && toks[k].Lower != "led") || toks[k+1].Lower != "by" {
				continue
			}
			for j := k + 2; j < len(toks) && j < k+8; j++ {
				m := MentionAt(d, st, j)
				if m == nil {
					continue
				}
				if p := m.Ent.Final(); p.Kind == graph.Person && p.Country == nil {
					p.Country = em.country
				}
				break
			}
		}
	}
}

// AdminHeads are the heads of administrative bodies' names (the nouns the CAMEO/Phoenix agents
// combine with a portfolio into GOV agents: ANTI_GRAFT_COMMISSION, ATOMIC_ENERGY_COMMITTEE,
// COUNCIL_OF_STATE, INFORMATION_OFFICE, LAW_ENFORCEMENT_AGENCY, PUBLIC_SECURITY_BUREAU).
var AdminHeads = lexicon.WordClass("adminheads") // data/wordclasses/adminheads.txt

// stateModified reports a name in which the word "State" modifies an administrative head before
// any "of" ("State Affairs Commission of the DPRK", "State Planning Office"); "State Grid
// Corporation", a company, has no administrative head.
func stateModified(name string) bool {
	f := strings.Fields(name)
	seenState := false
	for _, w := range f {
		lw := strings.ToLower(w)
		if lw == "of" || lw == "on" || lw == "for" || lw == "in" {
			return false
		}
		if w == "State" {
			seenState = true
			continue
		}
		if seenState && AdminHeads.Has(lw) {
			return true
		}
	}
	return false
}

// newsAgencyWords are the media words that make an agency an outlet (Phoenix NEWS_AGENCY,
// PRESS_AGENCY).
var newsAgencyWords = lexicon.WordClass("newsagencywords") // data/wordclasses/newsagencywords.txt

// nationalAgency reports an organization named "<state's demonym or name> … Agency|Service"
// ("Swedish Migration Agency", "South African Revenue Service", "Japan Meteorological Agency"):
// an agency or service that bears its state's name is that state's administrative agency, as the
// CAMEO codebook codes a state's agencies GOV. An outlet is no state body: a name with a media
// word ("Saudi Press Agency", "Korean Central News Agency": Phoenix.agents.txt NEWS_AGENCY,
// PRESS_AGENCY [~MED]) stays an organization, and so does a name whose state word is not the
// organization's own country.
func nationalAgency(e *doc.Entity) bool {
	w := strings.Fields(e.Name)
	if e.Country == nil || len(w) < 3 {
		return false
	}
	if h := strings.ToLower(w[len(w)-1]); h != "agency" && h != "service" {
		return false
	}
	for _, x := range w {
		if newsAgencyWords.Has(strings.ToLower(x)) {
			return false
		}
	}
	c := e.Country
	for _, n := range append(append([]string{c.Name}, c.Demonyms...), c.ShortForm...) {
		nw := strings.Fields(n)
		if len(nw) < len(w)-1 && strings.EqualFold(strings.Join(w[:len(nw)], " "), n) {
			return true
		}
	}
	return false
}
