package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// legislatureHead reports a word that names a legislature by itself: an organization head of
// orgwords.txt that may stand alone ("Congress", "Parliament", "Senate", "Legislature") and
// whose Phoenix agent noun is of the legislative sector (Phoenix.agents.txt CONGRESS, PARLIAMENT,
// SENATE, LEGISLATURE [~LEG]).
func legislatureHead(phx *lexicon.Actors, lx *lexicon.Lexicons, w string) bool {
	w = strings.ToLower(w)
	if !lx.OrgAlone[w] || lx.OrgWords[w] != graph.Government || phx == nil {
		return false
	}
	a, ok := phx.Agent(w)
	return ok && lexicon.SectorOf(a.Code) == "LEG"
}

// legislatureInName reports a lexicon match [j, end) that is a known legislature named by its
// head alone ("Congress", "the Senate") where the capitalized run makes it the head of a longer
// name: right after capitalized name words (units[last], a chunk ending at j: "Trades Union
// Congress"), or before "of"/"for" and a capitalized word ("Congress of South African Trade
// Unions", "Congress of the Republic"). Such a match is no unit of its own; its word joins the
// chunk, whose kind legislatureOrgs decides.
func legislatureInName(phx *lexicon.Actors, lx *lexicon.Lexicons, st *doc.Sent, units []unit, j, end int, ents []lexicon.Entry) bool {
	toks := st.Toks
	w := end - 1
	if w < j || !(end-j == 1 || end-j == 2 && toks[j].Lower == "the") || !toks[w].Cap || !legislatureHead(phx, lx, toks[w].Lower) {
		return false
	}
	known := false
	for _, e := range ents {
		known = known || e.Kind == lexicon.EntryActor && e.Actor.Kind == graph.Government
	}
	if !known {
		return false
	}
	last := len(units) - 1
	if last >= 0 && units[last].kind == uChunk && units[last].te == j && end-j == 1 {
		return true
	}
	if end+1 < len(toks) && (toks[end].Lower == "of" || toks[end].Lower == "for") {
		k := end + 1
		if toks[k].Lower == "the" && k+1 < len(toks) {
			k++
		}
		return toks[k].Kind == text.Word && toks[k].Cap && st.Ment[k] < 0
	}
	return false
}

// legislatureOrgs types as ORGANIZATION the chunks of one phrase whose head (the word before a
// first "of", else the last word) is a legislature's head and that name more than a legislature:
// name words before the head that are no state agent phrase of the Phoenix dictionary with the
// head ("Labour Congress", "World Uyghur Congress", "Youth Parliament"; "Opposition Parliament"
// is OPP), or an of-phrase naming a non-state agent ("Congress of South African Trade Unions":
// TRADE_UNION [~LAB]). A country's name, a demonym or a possessor before the chunk are units of
// their own and never count ("the US Congress", "the Philippine Congress", "Colombia's
// Congress" stay legislatures), nor does "of" and a country or a state word ("Congress of
// Colombia", "Congress of the Republic", "Senate of the Republic" [~LEG]).
func legislatureOrgs(d *doc.Doc, st *doc.Sent, units []unit) {
	for i := range units {
		u := &units[i]
		if u.kind != uChunk || u.org != graph.Government {
			continue
		}
		h := headBeforeOf(st, u.ts, u.te)
		if !legislatureHead(d.Phx, d.Lx, st.Toks[h].Lower) || stateAgentHead(d.Phx, d.SpanText(st, u.ts, h+1)) {
			continue
		}
		state := false // another state head in the name: "Ministry of Parliamentary Affairs" has its own head
		for k := u.ts; k < h; k++ {
			state = state || d.Lx.OrgWords[strings.TrimSuffix(st.Toks[k].Lower, ".")] == graph.Government
		}
		if state {
			continue
		}
		if h > u.ts && stateLevelOnly(st, u.ts, h) && i >= 2 && units[i-1].kind == uPoss && units[i-2].kind == uCountry {
			continue // "Brazil's National Congress", "Brazil's Federal Senate": the state's own legislature
		}
		if h > u.ts && descriptiveModifier(d.Phx, d.Lx, st, u.ts, h) || nonStateAgentIn(d.Phx, st, h+1, u.te) {
			u.org = graph.Organization
		}
	}
}

// stateLevelOnly reports modifiers [ts, te) that are all "national" or "federal": the adjectives
// that name the level of the state itself in the formal names of national legislatures (CIA
// World Factbook, "Legislative branch": Brazil's "National Congress" of the "Federal Senate" and
// the "Chamber of Deputies", Chile's "National Congress", Russia's "Federal Assembly"). After a
// state's possessive ("Brazil's National Congress") they add nothing to the state the possessor
// names, so the name stays that state's legislature; after a demonym they may open a party's
// name ("Indian National Congress"), which the caller leaves to descriptiveModifier.
func stateLevelOnly(st *doc.Sent, ts, te int) bool {
	for k := ts; k < te; k++ {
		if w := st.Toks[k].Lower; w != "national" && w != "federal" {
			return false
		}
	}
	return te > ts
}

// descriptiveModifier reports a word among tokens [ts, te) that describes rather than names: a
// common English word (commonwords.txt: "Trades Union", "National", "Youth", "World") or a word
// of the Phoenix agent nouns ("Labour", as in LABOUR_ACTIVIST). Modifiers that are proper names
// only ("the Scottish Parliament", "the Texas Senate", "the Kurdistan Parliament") name the place
// whose legislature it is, a region the country lexicon does not list, as a country's name does.
func descriptiveModifier(phx *lexicon.Actors, lx *lexicon.Lexicons, st *doc.Sent, ts, te int) bool {
	for k := ts; k < te; k++ {
		w := st.Toks[k].Lower
		if lx.Common[w] {
			return true
		}
		if phx != nil {
			if _, ok := phx.AgentDomain(w); ok {
				return true
			}
		}
	}
	return false
}

// nonStateAgentIn reports an agent noun phrase of the Phoenix dictionary with a sector that is no
// state's among tokens [ts, te) ("trade unions" LAB, "teachers" EDU), up to three words long.
func nonStateAgentIn(phx *lexicon.Actors, st *doc.Sent, ts, te int) bool {
	if phx == nil {
		return false
	}
	for s := ts; s < te; s++ {
		for n := 3; n >= 1; n-- {
			if s+n > te {
				continue
			}
			var ws []string
			for k := s; k < s+n; k++ {
				ws = append(ws, st.Toks[k].Lower)
			}
			if a, ok := phx.Agent(strings.Join(ws, " ")); ok && len(a.Code) >= 3 && !stateSectors[a.Code[:3]] {
				return true
			}
		}
	}
	return false
}

// ngoCode is the Phoenix code of a non-state organization named name: the one dictionary
// organization of that name with no country and a code of the NGO prefix ("Greenpeace" NGOENV,
// "Amnesty International" NGOHRIAMN), or "".
func ngoCode(phx *lexicon.Actors, name string) string {
	if phx == nil {
		return ""
	}
	a := phx.Unique(name, graph.Organization)
	if a == nil || a.Country != "" || a.Kind != graph.Organization || !strings.HasPrefix(a.Code, "NGO") {
		return ""
	}
	return a.Code
}

// nationalBranch records the national branch named by a non-state organization's name and a
// country's name next to it in one capitalized run, in either order: "Greenpeace Brazil",
// "Amnesty International UK" (the organization, then the country unit cu after it: a unit
// starting at te), or "the Kenya Red Cross" (the country unit cu, then the organization [ts, te)
// right after it). Phoenix names branches both ways (GREENPEACE_HONG_KONG_ [NGOHKGENV], CHINA_AID_
// ASSOCIATION [NGOCHNCHRHRI]). The name must end the capitalized run: after is the unit after the
// whole name, which may only be a title ("Amnesty International Kenya Director Ana Ruiz"). The
// branch is one ORGANIZATION of that country (rule org:national-branch) whose code is the
// parent's with the country after the NGO prefix. It returns nil when the shape does not hold.
func nationalBranch(d *doc.Doc, st *doc.Sent, ts, te int, cu *unit, after *unit) *doc.Entity {
	if cu == nil || cu.kind != uCountry || cu.e.Country == nil || cu.ts != te && cu.te != ts {
		return nil
	}
	if after != nil && after.kind != uTitle && after.kind != uHon {
		return nil
	}
	toks := st.Toks
	ns, ne := ts, cu.te // the branch's name: organization, then country
	if cu.te == ts {
		ns, ne = cu.ts, te // country, then organization
		if toks[ns].Lower == "the" && ns+1 < ne {
			ns++
		}
	}
	if ne < len(toks) && (toks[ne].Lower == "'s" || toks[ne].Kind == text.Word && toks[ne].Cap && after == nil) {
		return nil // "Greenpeace Brazil's …" reads as a possessor; a capitalized word after ends no name
	}
	code := ngoCode(d.Phx, d.SpanText(st, ts, te))
	if code == "" {
		return nil
	}
	c := cu.e.Country
	name := d.SpanText(st, ns, ne)
	e := Entity(d, "org:"+graph.NormalizeName(name), graph.Organization, name, "org:national-branch")
	e.Country, e.Code = c, c.Code
	e.Cameo = code[:3] + c.Code + code[3:]
	AddMention(d, st, ns, ne, e, "org:national-branch")
	return e
}

// OrgSector is the CAMEO sector of an organization's code: its head noun's (sector), unless that
// is a state agent's, or its head is a legislature's — an organization is no state body, whatever its head ("Nigeria Labour
// Congress" is no legislature) — in which case the field of the first modifier before the head
// whose agent nouns work in a non-state field (AgentDomain: "Labour" → LAB, as Phoenix codes
// LABOR_UNION and TRADES_UNION [~LAB], SCIENCE_CONGRESS [~EDU]), else none ("Indian National
// Congress" → IND).
func OrgSector(phx *lexicon.Actors, lx *lexicon.Lexicons, name string) string {
	s := Sector(phx, name, "")
	if phx == nil {
		return s
	}
	if i := strings.Index(name, " ("); i > 0 {
		name = name[:i]
	}
	words := strings.Fields(strings.ToLower(name))
	h := len(words) - 1
	for i, w := range words {
		if i > 0 && (w == "of" || w == "for") {
			h = i - 1
			break
		}
	}
	if s != "" && !stateSectors[s] && !legislatureHead(phx, lx, words[h]) {
		return s
	}
	// a head the agents do not list ("Union", "Organization", "Confederation") leaves the field to
	// its of-phrase, which names the members (Quirk et al. 17.38): "Kenya National Union of
	// Teachers" (TEACHER [~EDU]), "Central Organization of Trade Unions" (TRADE_UNION [~LAB]),
	// "Confederation of Employer Associations" (EMPLOYER [~BUS]); its premodifiers are left
	// alone ("National", "Young" say nothing of the field)
	for _, w := range words[:h] {
		if s == "" {
			break
		}
		if dom, ok := phx.AgentDomain(w); ok && !stateSectors[dom] {
			return dom
		}
	}
	// the of-phrase's agent noun: "Congress of South African Trade Unions" (TRADE_UNION [~LAB])
	for s := h + 2; s < len(words); s++ {
		for n := 3; n >= 1; n-- {
			if s+n > len(words) {
				continue
			}
			if a, ok := phx.Agent(strings.Join(words[s:s+n], " ")); ok && len(a.Code) >= 3 {
				if dom := a.Code[len(a.Code)-3:]; !stateSectors[dom] {
					return dom
				}
			}
		}
	}
	return ""
}
