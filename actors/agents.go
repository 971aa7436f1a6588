package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// CollectiveHeads are nouns that name a collective of what the agent noun before them names
// ("opposition groups", "rebel factions", "farmer organizations"): the collective nouns of
// English grammar for organized bodies of people (Quirk et al. 1985, 5.108, collective nouns).
var CollectiveHeads = lexicon.WordClass("collectiveheads") // data/wordclasses/collectiveheads.txt

// massNouns are English non-count collective nouns of news text that take no article and
// agree as plurals ("state media reported", "police said"; Quirk et al. 1985, 5.78 and 10.36).
var massNouns = lexicon.WordClass("massnouns") // data/wordclasses/massnouns.txt

// metonymHeads are heads whose phrase is the country acting ("the Chinese government", "Niger's
// military regime"), which the name layer reads as the country (rule metonymy:government).
var metonymHeads = lexicon.WordClass("metonymheads") // data/wordclasses/metonymheads.txt

// partyHeads are nouns whose phrase after "the" and a country is that state acting as a party ("the
// Chinese side", "the Egyptian leadership"; read by stateActingHead).
var partyHeads = lexicon.WordClass("partyheads") // data/wordclasses/partyheads.txt

// representativeHeads are collective nouns of a body acting for a state or community ("the Egyptian
// delegation", "the Brazilian team", "the Tunisian union") that Phoenix.agents.txt lists only in
// compounds; representativeAgent names, for a head whose compounds share one sector, the Phoenix
// compound whose code the descriptive actor takes (data/wordclasses/representativeheads.txt gives
// the sources: GOVERNMENT_DELEGATION [~GOV], LABOR_UNION [~LAB]).
var representativeHeads = lexicon.WordClass("representativeheads") // data/wordclasses/representativeheads.txt

var representativeAgent = map[string]string{"delegation": "government delegation", "union": "labor union"}

// stateActingHead reports whether token k, right after a country's name or demonym starting at
// token ts, heads a phrase that is the country acting (rule metonymy:government): "government" and
// "regime" ("the Chinese government", "Niger's regime"), and a party noun of partyHeads after "the"
// ("the Chinese side", "the US side", "the Egyptian leadership"), unless the phrase names a place:
// "the Chinese side of the border" (side of: a part of a place) or "on the Indian side" (on of
// position, Quirk et al. 1985, 9.17), or the noun modifies the noun after it ("the Egyptian side
// line-up": the head is the last noun of the phrase, Quirk et al. 1985, 17.104 on premodifying nouns).
func stateActingHead(fr doc.Frames, lx *lexicon.Lexicons, st *doc.Sent, ts, k int) bool {
	toks := st.Toks
	if k >= len(toks) {
		return false
	}
	w := toks[k].Lower
	if w == "government" || w == "regime" {
		return true
	}
	if !partyHeads.Has(w) || toks[k].Cap || ts == 0 || toks[ts-1].Lower != "the" {
		return false
	}
	if k+1 < len(toks) && toks[k+1].Lower == "of" || ts >= 2 && toks[ts-2].Lower == "on" {
		return false
	}
	if k+1 < len(toks) && toks[k+1].Kind == text.Word && !toks[k+1].Cap && nounModifier(fr, lx, st, k+1) {
		return false // "the Egyptian side line-up": the party noun modifies the next noun
	}
	return true
}

// demonymAfterIndefinite reports "an Argentine judge": the words before token hs, back to an
// indefinite article, are a nationality and at most two adjectives.
func demonymAfterIndefinite(d *doc.Doc, st *doc.Sent, hs int) bool {
	toks := st.Toks
	for k := hs - 1; k >= 0 && k >= hs-4; k-- {
		if toks[k].Lower == "a" || toks[k].Lower == "an" {
			return k < hs-1
		}
		if toks[k].Kind != text.Word || st.Ment[k] >= 0 && MentionAt(d, st, k).Ent.Final().Kind != graph.Country {
			return false
		}
	}
	return false
}

// determined reports whether the noun phrase starting at token s has a determiner before it, or a
// possessor ("Serbia's parliament": s is the noun after the possessive).
func determined(st *doc.Sent, s int) bool {
	if s == 0 {
		return false
	}
	p := st.Toks[s-1].Lower
	// determiners (relation.go) are English's articles, demonstratives, possessives and
	// quantifiers (Quirk et al. 1985, 5.52); a singular count noun needs one
	return Determiners.Has(p) || p == "another" || p == "one" || p == "some" || p == "\u2019s" || p == "'"
}

// descriptiveAgents finds the descriptive actors of one sentence; see above.
func descriptiveAgents(d *doc.Doc, st *doc.Sent) {
	if d.Phx == nil {
		return
	}
	toks := st.Toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if m := MentionAt(d, st, i); m != nil && clauseInitial(d, st, i) && m.Te-m.Ts == 1 && m.Ent.Final().Pending && m.Ent.Final().Kind == "" {
			_, prefix := d.Phx.AgentPrefix(t.Lower)
			if _, ok := d.Phx.Agent(t.Lower); ok || prefix && i+1 < len(toks) && toks[i+1].Kind == text.Word && !toks[i+1].Cap {
				// "Farmers in Ghana …", "Rights groups in Kenya …" (a word that opens an agent,
				// as unnamedAgents reads it), also after a dateline ("ACCRA (Reuters) - Farmers in Ghana
				// …", clauseInitial): the capital is the sentence's, the word an agent noun
				m.Ent.Final().Dropped, m.Ent.Final().Pending = true, false
				Unmention(st, m)
			}
		}
		if t.Kind != text.Word || st.Ment[i] >= 0 || t.Cap && !(i == 0 || clauseInitial(d, st, i)) {
			continue
		}
		hs, code, plural := agentPhraseEndingAt(d, st, i)
		personHead := false // a plural noun of persons, no agent of the dictionary (actors/persongroup.go)
		if hs < 0 {
			if hs = councilHead(d, st, i); hs < 0 {
				hs = personGroupHead(d, st, i)
				personHead, plural = hs >= 0, true
			}
		}
		if hs < 0 {
			continue
		}
		head := strings.ToLower(d.SpanText(st, hs, i+1))
		if metonymHeads.Has(toks[i].Lower) {
			continue // "Niger's military government": the country acting (metonymy:government)
		}
		if d.Lx.Titles[head] != nil || d.Lx.Titles[toks[i].Lower] != nil {
			// a title names one office holder: "Chile's trade minister", "the judge" are the
			// person the title layer and coreference find; only "a judge", "judges" describe
			if plural || hs == 0 || (toks[hs-1].Lower != "a" && toks[hs-1].Lower != "an" && !demonymAfterIndefinite(d, st, hs)) {
				if plural || !roleTitle(d.Lx, head, toks[i].Lower) || possessed(st, hs) || describedNamed(d, head, toks[i].Lower, true, false) {
					continue
				}
				// "the Iraqi opposition leader", "the Egyptian party leader": a title of class
				// role names no state office, so no office-holder rule (officeHolders, class
				// state) reads it, and the nationality before it keeps the bare-description rule
				// (agent:unnamed) off; unless the article names its holder, the definite
				// description is the Phoenix agent tied to that country (OPPOSITION + LEADER →
				// IRQOPP), as "the opposition leader" alone is the story country's. A possessor's
				// title ("Pakistan's army chief") is its holder, whom coreference resolves
				// (coref_possessortitle.go)
			}
		}
		if hs >= 2 && (toks[hs-1].Lower == "a" || toks[hs-1].Lower == "an" || toks[hs-1].Lower == "the") && toks[hs-2].Text == "," && MentionAt(d, st, hs-3) != nil {
			continue // an appositive describes the name before it: "Gasnor, a Spanish gas trader,"
		}
		if i+1 < len(toks) && toks[i+1].Kind == text.Word && toks[i+1].Cap && !isStopCap(d, st, i+1) {
			continue // a title before a name: "judge Ana Ruiz", "opposition leader Juan Guaidó"
		}
		if i+1 < len(toks) && toks[i+1].Kind == text.Word && !toks[i+1].Cap && nounModifier(d.Frames, d.Lx, st, i+1) {
			continue // the agent noun modifies another noun: "police station", "newspaper report"
		}
		if i+2 < len(toks) && descriptiveGenitive(st, i+1) && toks[i+2].Kind == text.Word && !toks[i+2].Cap && classifiedHead(d.Lx, toks[i+2].Lower) {
			// the agent noun is a classifying genitive of the noun after it ("the Chilean
			// teachers' union", "Kenyan farmers' leaders"; Quirk et al. 1985, 5.123): that
			// noun heads the phrase, which agentPhraseEndingAt reads at the head
			continue
		}
		// the country: before the head (adjectives in between), as a possessor, or "in X" after it
		var c *lexicon.Country
		var city *doc.Mention
		start, end, labelEnd := hs, i+1, i+1
		s := hs
		for adj := 0; s > 0 && adj < 2; adj++ {
			if s > 1 && descriptiveGenitive(st, s-1) {
				s -= 2 // "a farmers' group in Kenya" (actor_unnamed.go)
				continue
			}
			if peopleAdjectiveAfterNation(d, st, s-1) {
				s-- // "Syrian Kurdish fighters", "Nigerian Muslim clerics"
				continue
			}
			if toks[s-1].Kind != text.Word || toks[s-1].Cap || st.Ment[s-1] >= 0 || d.Lx.Stop[toks[s-1].Lower] && !temporalAdjective(toks[s-1].Lower) || !d.Lx.Common[toks[s-1].Lower] && !nounAfterNation(d, st, s-1) || isCueWord(d.Lx, toks[s-1].Lower) || d.Lx.BeForms[toks[s-1].Lower] {
				break
			}
			s-- // "an Argentine federal judge"
		}
		for k := s; k <= hs && c == nil; k++ {
			if k == 0 {
				continue
			}
			if em, ok := MatchNamesEndingAt(d, st, k-1); ok && st.Ment[k-1] < 0 {
				c, start = em.country, em.Start
				break
			}
			p := k - 1
			if toks[p].Lower == "'s" || toks[p].Lower == "\u2019s" {
				p--
			}
			if cm := cityModifier(d, st, p, k, hs, i, plural, head); cm != nil {
				c, start, city = cm.Ent.Final().Country, cm.Ts, cm // "a Rome court" (actor_apposition.go)
				break
			}
			if m := MentionAt(d, st, p); m != nil && m.Te == p+1 && m.Ent.Final().Kind == graph.Country {
				c, start = m.Ent.Final().Country, k // the country keeps its own mention
				break
			}
		}
		var inCountry *doc.Mention
		var inPlace [2]int  // "lawmakers in Seoul": the place's tokens, no mention of its own
		var placeRun [2]int // "Arequipa landowners": the place premodifier's tokens (placeModifier)
		if c == nil && plural {
			if pc, ps := placeModifier(d, st, s); pc != nil {
				c, start, placeRun = pc, ps, [2]int{ps, s}
			}
		}
		if c == nil && !personHead && i+2 < len(toks) && toks[i+1].Lower == "in" {
			p := i + 2
			if p+1 < len(toks) && compassAdjectives.Has(toks[p].Lower) {
				p++ // "rebels in eastern Congo" (AP Stylebook, "directions and regions")
			} else if p+3 < len(toks) && toks[p].Lower == "the" && compassPoints.Has(toks[p+1].Lower) && !toks[p+1].Cap && toks[p+2].Lower == "of" {
				// "rebels in the north of Mali": the compass point names a region of the country
				// (AP Stylebook, "directions and regions"), its of-phrase the country; the whole
				// locative postmodifies the agent noun (Quirk et al. 1985, 17.37), whose head is
				// the actor and the country its nationality, as "rebels in northern Mali"
				p += 3
			}
			m := MentionAt(d, st, p)
			if m != nil && m.Ts == p && m.Ent.Final().Kind == graph.Country {
				c, labelEnd, inCountry = m.Ent.Final().Country, m.Te, m
			} else if pc, pe := CityPlace(d, st, p); pc != nil && !EnvoyNouns.Has(strings.TrimSuffix(toks[i].Lower, "s")) && !transnationalSectors[lexicon.SectorOf(code)] {
				// (an envoy or a mission in a capital is the sending state's, posted there;
				// journalists and rights groups work across borders: as for the dateline,
				// actor_unnamed.go)
				c, labelEnd, inPlace = pc, pe, [2]int{p, pe}
			}
			if c != nil {
				// the description as written: "Kurdish fighters in Syria", "local officials in Kenya"
				start = s
				for start > 0 && start > s-2 && toks[start-1].Kind == text.Word && toks[start-1].Cap && !d.Lx.Stop[toks[start-1].Lower] && isProperAdjective(toks[start-1].Lower) {
					if m := MentionAt(d, st, start-1); m != nil {
						// an unknown capitalized modifier waiting for coreference ("Kurdish")
						if e := m.Ent.Final(); !(e.Kind == "" && e.Pending && m.Te-m.Ts == 1) {
							break
						}
						m.Ent.Final().Dropped, m.Ent.Final().Pending = true, false
						Unmention(st, m)
					}
					start--
				}
			}
		}
		if c == nil {
			continue
		}
		if inCountry != nil && EnvoyNouns.Has(strings.TrimSuffix(toks[i].Lower, "s")) {
			// "an embassy in Iran", "diplomats in Kenya": a mission and its envoys are the sending
			// state's, posted in the host (envoyNouns: Vienna Conventions 1961 and 1963); the
			// place is part of the description, which gets no country from it
			postedEnvoys(d, st, start, labelEnd, inCountry, plural, head)
			i = labelEnd - 1
			continue
		}
		if coordinatedNations(d, st, start, hs, i, c, code, plural) {
			continue
		}
		if ms := st.Ment[start]; ms < 0 || d.Mentions[ms].Ts == start {
			// adjectives before the nationality belong to the description: "a state-owned
			// Egyptian newspaper", "the main Serbian opposition party"
			for n := 0; n < 2 && start > 1 && toks[start-1].Kind == text.Word && !toks[start-1].Cap && !Determiners.Has(toks[start-1].Lower) && st.Ment[start-1] < 0 &&
				(lowerTail(toks[start-1].Text) || d.Lx.Common[toks[start-1].Lower] && !d.Lx.Stop[toks[start-1].Lower] && !isCueWord(d.Lx, toks[start-1].Lower) && !d.Lx.BeForms[toks[start-1].Lower]); n++ {
				if st.Ment[start] >= 0 {
					break // the country keeps its own mention: "Serbia's parliament"
				}
				start--
			}
		}
		if personHead && (countedPeople(st, start) || !nationalPersonPhrase(d, st, start, hs, placeRun[1] > 0)) {
			continue // "two Taiwanese suspects": individuals counted, no group (actors/persongroup.go)
		}
		if !plural && !determined(st, start) {
			continue // a bare singular count noun is headlinese ("Algeria sanctions Spanish gas trader")
		}
		if inCountry == nil && appositiveDescription(d, st, start, end, c, c.Code+lexicon.SectorOf(code), head, plural) {
			i = end - 1 // "Walhi, Indonesia's largest green group,": the name's apposition (actor_apposition.go)
			continue
		}
		label := d.SpanText(st, start, labelEnd)
		if ms := st.Ment[start]; ms >= 0 {
			label = d.SpanText(st, d.Mentions[ms].Ts, labelEnd) // "Serbia's parliament"
		}
		sector := lexicon.SectorOf(code)
		var e *doc.Entity
		rule := "agent:descriptive"
		switch kind := institution(d.Lx, head); {
		case city != nil:
			// the city's own body, one of its country's state bodies: "Rome Court (Italy)"
			Unmention(st, city)
			city.Ent = DroppedMention()
			label = d.SpanText(st, start, labelEnd)
			e = BodyEntity(d, titleWords(label), c)
			if e.Rule == "title:implied-body" {
				e.Rule = "agent:city-body"
			}
		case !plural && kind == graph.Government:
			e = BodyEntity(d, titleWords(head), c)
			if e.Rule == "title:implied-body" {
				e.Rule = rule
			}
		case !plural && kind == graph.Organization:
			// "Zimbabwe's cricket board": the possessor keeps its own mention, so the label
			// names the country as the groups' labels do ("cricket board (Zimbabwe)")
			e = Entity(d, "agent:"+graph.NormalizeName(label)+":"+c.Code, graph.Organization, withCountry(d.Lx, label, c), rule)
			e.Weak = true
		default:
			name := label
			if inCountry == nil && inPlace[1] == 0 {
				name = withCountry(d.Lx, label, c) // "protesters in Aleppo": the place is in the label
			}
			e = Entity(d, "agent:"+graph.NormalizeName(label)+":"+c.Code, graph.Group, name, rule)
			e.Weak = true
			if !plural {
				// "a Saudi businessman": one unnamed individual, whom a singular description
				// introduces as a new referent of this text (Quirk et al. 1985, 5.26-5.28 on the
				// indefinite article; 19.48 on anaphora within a text): another article's "Saudi
				// businessman" is no evidence of the same person, so the identity is local
				e.LocalScope = "article:" + d.C.Article.ID
			}
		}
		if e.Country == nil {
			e.Country, e.Code = c, c.Code
		}
		if e.Cameo == "" && e.Country == c {
			e.Cameo = c.Code + sector
		}
		if inCountry != nil {
			// "opposition groups in Zimbabwe": the place is part of the description, which is
			// one mention (the country is tied to the group by MEMBER_OF below)
			Unmention(st, inCountry)
			inCountry.Ent = DroppedMention()
			end = labelEnd
		}
		if placeRun[1] > 0 {
			inPlace = placeRun // the premodifier's words too, but the description ends at its head
		}
		if inPlace[1] > 0 {
			// the place's words waiting for coreference are the description's now
			for k := inPlace[0]; k < inPlace[1]; k++ {
				if pm := MentionAt(d, st, k); pm != nil {
					pm.Ent.Final().Dropped, pm.Ent.Final().Pending = true, false
					Unmention(st, pm)
				}
			}
			end = labelEnd
		}
		m := AddMention(d, st, start, end, e, rule)
		if m == nil {
			continue
		}
		e.AddAlias(label)
		if !plural && e.Kind == graph.Group {
			m.Singular = true
		}
		switch e.Kind {
		case graph.Government:
			structural(d, st, hs, e, CountryRef(d, c), rule)
		case graph.Group:
			MemberOf(d, st, start, labelEnd, e, CountryRef(d, c), "", "group:nationality")
			if plural && inCountry == nil && inPlace[1] == 0 {
				// "United States companies, workers, and farmers" (actor_sharedmodifier.go)
				end = sharedModifierConjuncts(d, st, hs, end, c, label, d.SpanText(st, hs, i+1))
			}
		}
		i = end - 1
	}
}

// agentPhraseEndingAt finds the longest agent noun phrase of lower-case words ending at token i
// (at most three words: "opposition party", "newspaper chief editor"), or a collective noun after
// an agent noun ("opposition groups"). It returns the phrase's first token (-1 for none), the
// agent code and whether the phrase is plural.
func agentPhraseEndingAt(d *doc.Doc, st *doc.Sent, i int) (int, string, bool) {
	toks := st.Toks
	best, code, plural := -1, "", false
	if !d.Phx.AgentEnd(toks[i].Lower) && !CollectiveHeads.Has(toks[i].Lower) && !representativeHeads.Has(toks[i].Lower) && !(i > 1 && descriptiveGenitive(st, i-1) && classifiedHead(d.Lx, toks[i].Lower)) {
		return best, code, plural
	}
	for s := i; s >= 0 && s > i-3; s-- {
		if toks[s].Kind != text.Word || st.Ment[s] >= 0 || toks[s].Cap && s != i && !(s == 0 || clauseInitial(d, st, s)) {
			break
		}
		phrase := toks[i].Lower
		if s < i {
			if _, ok := d.Phx.AgentPrefix(toks[s].Lower); !ok {
				continue // no agent noun phrase opens with this word
			}
			var words []string
			for k := s; k <= i; k++ {
				words = append(words, toks[k].Lower)
			}
			phrase = strings.Join(words, " ")
		}
		if a, ok := d.Phx.Agent(phrase); ok {
			// plural, or a mass or collective noun ("police", "state media"): no determiner needed
			best, code, plural = s, a.Code, a.Plural || a.Mass || massNouns.Has(toks[i].Lower) || strings.HasSuffix(a.Noun, "men") || strings.HasSuffix(a.Noun, "s") && !strings.HasSuffix(a.Noun, "ss")
		}
	}
	if best < 0 && classifiedHead(d.Lx, toks[i].Lower) && i > 1 && descriptiveGenitive(st, i-1) {
		// "a farmers' group", "the teachers' union": the agent noun in a classifying genitive
		// before the collective or the institution noun (orgwords.txt) it classifies
		if a, ok := d.Phx.Agent(toks[i-2].Lower); ok {
			return i - 2, a.Code, strings.HasSuffix(toks[i].Lower, "s")
		}
		if _, org := d.Lx.OrgWords[toks[i].Lower]; org && d.Phx.AgentEnd(toks[i].Lower) {
			// "the miners' union": an institution noun that Phoenix lists as the head of its
			// compound agents ("trade union") is an agent with any classifying genitive, which
			// says whom it organizes (Quirk et al. 1985, 5.123: "a women's college"); the
			// genitive's noun need be no agent, and the head gives no sector of its own
			return i - 2, "", false
		}
	}
	if best < 0 && classifiedInstitution(d, st, i) {
		return i - 1, "", false // "the Kenyan cricket board" (actor_classifiedbody.go)
	}
	if best < 0 && CollectiveHeads.Has(toks[i].Lower) && i > 0 && toks[i-1].Kind == text.Word {
		if m := MentionAt(d, st, i-1); m != nil {
			if e := m.Ent.Final(); !(e.Kind == "" && e.Pending && m.Te-m.Ts == 1 && SentInitial(st, i-1)) {
				return -1, "", false
			}
			// "Opposition groups …" opening the sentence: the capital is the sentence's
			m.Ent.Final().Dropped, m.Ent.Final().Pending = true, false
			Unmention(st, m)
		}
		w := toks[i-1].Lower
		a, ok := d.Phx.Agent(w)
		if !ok {
			// a modifier the dictionary lists only in compounds ("opposition party",
			// "opposition leader"): the sector those compounds share
			a.Code, ok = d.Phx.AgentPrefix(w)
		}
		if ok && !a.Plural {
			best, code, plural = i-1, a.Code, strings.HasSuffix(toks[i].Lower, "s")
		}
	}
	if w := toks[i].Lower; best < 0 && representativeHeads.Has(w) && !(i > 1 && descriptiveGenitive(st, i-1)) {
		// "the Egyptian delegation", "Egypt's delegation", "the Brazilian team": a collective of
		// a state's or a community's representatives (representativeHeads); one described by a
		// classifying genitive ("the dockers' union") is actor_unnamed.go's
		sg := strings.TrimSuffix(w, "s")
		if a, ok := d.Phx.Agent(representativeAgent[sg]); ok {
			code = a.Code
		}
		return i, code, sg != w
	}
	return best, code, plural
}

// nounModifier reports a lower-case word after an agent noun that makes the agent noun its
// modifier ("police station", "court ruling") rather than ending the phrase: a word that is no
// verb, function word, speech or cue word, participle or preposition.
func nounModifier(fr doc.Frames, lx *lexicon.Lexicons, st *doc.Sent, k int) bool {
	w := st.Toks[k].Lower
	if lx.Stop[w] || lx.BeForms[w] || lx.Speech[w].Kind != 0 || isCueWord(lx, w) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") {
		return false
	}
	if doc.VerbAfter(lx, st, k) >= 0 || supportVerbAfter(fr, lx, st, k) == k {
		return false // a verb: "farmers demanded", "farmers made demands for …" (supportVerbAfter)
	}
	return lx.Common[w] && !Locatives.Has(w) && w != "who" && w != "which" && w != "that" && w != "and" && w != "or"
}

// institution is the kind of body a singular agent noun phrase names by its last word (orgwords.txt:
// parliament, court → GOVERNMENT; party, union → ORGANIZATION; outlet nouns of partof.txt:
// newspaper → ORGANIZATION), or "" for a noun naming people.
func institution(lx *lexicon.Lexicons, head string) graph.Kind {
	words := strings.Fields(head)
	last := words[len(words)-1]
	if k, ok := lx.OrgWords[last]; ok {
		return k
	}
	toks := strings.Fields(head)
	for s := 0; s < len(toks); s++ {
		if len(lx.PartNouns.Lookup(toks[s:])) > 0 {
			return graph.Organization
		}
	}
	return ""
}

// isProperAdjective reports a capitalized adjective of a people or region by its English
// suffix (-ish, -ian, -an, -ese, -i, -ic: Kurdish, Pashtun is not caught): a modifier that belongs
// to the description, not a name.
func isProperAdjective(w string) bool {
	for _, suf := range []string{"ish", "ian", "an", "ese", "i", "ic"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// peopleAdjectiveAfterNation reports token k, a capitalized adjective of a people, faith or
// region ("Kurdish", "Sunni", "Muslim") right after a demonym or country name ("Iraqi Kurdish
// leaders", "Nigerian Muslim clerics"): a second classifying modifier of the description, which
// the nationality before it places in its country (Quirk et al. 1985, 17.113-17.114 on the order
// of premodifiers: nationality, then other proper adjectives, then the head). The word must be an
// adjective by its English suffix (isProperAdjective) or a word the Phoenix agents dictionary
// lists, alone or opening a compound (MUSLIM, HINDU, CATHOLIC_BISHOP); read before as an unknown
// capitalized single (a pending name), it is taken back here.
func peopleAdjectiveAfterNation(d *doc.Doc, st *doc.Sent, k int) bool {
	toks := st.Toks
	if k < 1 || toks[k].Kind != text.Word || !toks[k].Cap || toks[k].AllCaps {
		return false
	}
	if em, ok := MatchNamesEndingAt(d, st, k-1); !ok || em.country == nil {
		return false
	}
	w := toks[k].Lower
	_, agent := d.Phx.Agent(w)
	_, prefix := d.Phx.AgentPrefix(w)
	if !isProperAdjective(w) && !agent && !prefix {
		return false // "American Boeing workers": a name, not a people's or faith's adjective
	}
	if m := MentionAt(d, st, k); m != nil {
		e := m.Ent.Final()
		if !(e.Kind == "" && e.Pending && m.Te-m.Ts == 1) {
			return false
		}
		e.Dropped, e.Pending = true, false
		Unmention(st, m)
	}
	return true
}

// Unmention removes mention m from the tokens of st (its entity is dropped by the caller), so that
// another rule may cover them.
func Unmention(st *doc.Sent, m *doc.Mention) {
	for k := m.Ts; k < m.Te; k++ {
		st.Ment[k] = -1
	}
}

// DroppedMention is an entity that is never emitted, for a mention a later rule took back.
func DroppedMention() *doc.Entity {
	return &doc.Entity{Dropped: true}
}

// titleWords capitalizes each word of a lower-case phrase ("supreme court" → "Supreme Court").
func titleWords(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		f[i] = titleWord(w)
	}
	return strings.Join(f, " ")
}

// nationalityPlurals finds bare plural nationality nouns ("the Palestinians", "Israelis said"): a
// GROUP of that country (rule group:nationality-plural), MEMBER_OF it. A following capitalized
// word makes the word part of a name and leaves it.
func nationalityPlurals(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	for i, t := range toks {
		c := d.Lx.DemonymPlural[t.Lower]
		if c == nil || !t.Cap || i+1 < len(toks) && toks[i+1].Kind == text.Word && toks[i+1].Cap {
			continue
		}
		if i > 0 && toks[i-1].Kind == text.Word && toks[i-1].Cap && !SentInitial(st, i-1) {
			continue
		}
		var e *doc.Entity
		if m := MentionAt(d, st, i); m != nil {
			pe := m.Ent.Final()
			if m.Te-m.Ts != 1 || pe.Kind != "" || !pe.Pending {
				continue
			}
			// a single unknown name waiting for coreference: it is the nationality group
			pe.Kind, pe.Name, pe.Pending, pe.Rule, pe.Weak = graph.Group, t.Text, false, "group:nationality-plural", true
			pe.Country, pe.Code, pe.Cameo = c, c.Code, c.Code
			m.Rule = "group:nationality-plural"
			e = pe
		} else {
			e = Entity(d, "group:"+t.Lower, graph.Group, t.Text, "group:nationality-plural")
			e.Weak = true
			e.Country, e.Code, e.Cameo = c, c.Code, c.Code
			if AddMention(d, st, i, i+1, e, "group:nationality-plural") == nil {
				continue
			}
		}
		MemberOf(d, st, i, i+1, e, CountryRef(d, c), "", "group:nationality")
	}
}

// coordinatedNations handles an agent phrase whose nationality is one of two joined by "and" or
// "or" ("the Chinese and US governments", "Serbian and Croatian parliaments"): the nationality
// found (country c, its words starting at token start) is the second conjunct; the head runs
// from hs to i. Coordinated modifiers distribute over the head (Quirk et al. 1985, 13.64-13.66:
// "the Chinese and US governments" = the Chinese government and the US government), so:
//   - a plural government noun (government, regime, administration, authorities as in
//     metonymHeads) names each country acting: each conjunct is a mention of its country
//     (metonymy:government), as "the Chinese government" is;
//   - any other head names a GROUP of each country's people when both nationalities are
//     words of the phrase (distributedGroups: "Hungarian and Romanian officials" = Hungarian
//     officials and Romanian officials); otherwise (a conjunct is a mention of its own) one
//     GROUP of both, labelled as written, with no single country (never the code of one).
//
// It reports whether it took the phrase (the caller then skips it).
func coordinatedNations(d *doc.Doc, st *doc.Sent, start, hs, i int, c *lexicon.Country, code string, plural bool) bool {
	toks := st.Toks
	cs := start
	if ms := st.Ment[start]; ms >= 0 {
		cs = d.Mentions[ms].Ts
	} else if m := MentionAt(d, st, start-1); start > 0 && m != nil && m.Te == start && m.Ent.Final().Kind == graph.Country {
		cs = m.Ts // the country kept its own mention: "US governments"
	}
	j := cs - 1 // the conjunction
	if j < 1 || toks[j].Lower != "and" && toks[j].Lower != "or" {
		return false
	}
	var c1 *lexicon.Country
	c1s := -1
	if m := MentionAt(d, st, j-1); m != nil && m.Te == j && m.Ent.Final().Kind == graph.Country {
		c1, c1s = m.Ent.Final().Country, m.Ts
	} else if em, ok := MatchNamesEndingAt(d, st, j-1); ok && st.Ment[j-1] < 0 {
		c1, c1s = em.country, em.Start
	}
	if c1 == nil || c1 == c {
		return false
	}
	if plural && metonymHeads.Has(strings.TrimSuffix(toks[i].Lower, "s")) || toks[i].Lower == "authorities" {
		if st.Ment[c1s] < 0 {
			AddMention(d, st, c1s, j, CountryEntity(d, c1), "metonymy:government")
		}
		if st.Ment[cs] < 0 {
			AddMention(d, st, cs, i+1, CountryEntity(d, c), "metonymy:government")
		}
		return true
	}
	if !plural || st.Ment[hs] >= 0 {
		return true // "the Chinese and US judge": no one actor of two countries
	}
	if st.Ment[c1s] < 0 && st.Ment[cs] < 0 && distributedGroups(d, st, c1s, j, cs, hs, i, c1, c, code) {
		return true // "Hungarian and Romanian officials" (actor_coordmodifier.go)
	}
	label := d.SpanText(st, c1s, i+1)
	e := Entity(d, "agent:"+graph.NormalizeName(label), graph.Group, label, "agent:descriptive")
	e.Weak = true
	if st.Ment[c1s] < 0 && st.Ment[cs] < 0 {
		AddMention(d, st, c1s, i+1, e, "agent:descriptive")
	} else {
		AddMention(d, st, hs, i+1, e, "agent:descriptive") // the countries keep their own mentions
	}
	e.AddAlias(label)
	return true
}

// compassAdjectives are the compass adjectives that wire copy writes in lower case before a place
// name to locate a part of it ("eastern Congo", "northern Mali"; AP Stylebook, "directions and
// regions").
var compassAdjectives = lexicon.WordClass("compassadjectives") // data/wordclasses/compassadjectives.txt

// CityPlace reads the place of a locative "in X" after an agent noun when X, the whole run of one
// to three capitalized words at token p, is a city or region and no country: a capital of
// countries.txt or a place the Phoenix country records list under one country (phoenixPlace:
// CARACAS_ under VENEZUELA_). It returns that country and the run's end, or nil. The phrase
// locates the people the noun names ("lawmakers in Seoul", "protesters in Caracas"), and
// PETRARCH codes a place by the country whose record lists it (dictionaries.rst, "Country
// Dictionary"), as the country named itself is ("opposition groups in Zimbabwe"). A word the
// text already reads as an actor, or a run that goes on into a longer name ("in Seoul National
// University"), is no such place.
func CityPlace(d *doc.Doc, st *doc.Sent, p int) (*lexicon.Country, int) {
	toks := st.Toks
	e := p
	for e < len(toks) && toks[e].Kind == text.Word && toks[e].Cap && !isStopCap(d, st, e) {
		if m := MentionAt(d, st, e); m != nil && !(m.Ent.Final().Kind == "" && m.Ent.Final().Pending) {
			return nil, p
		}
		e++
	}
	if e == p || e-p > 3 {
		return nil, p
	}
	if ents, end := d.MatchNames(st, p); end == e {
		for _, en := range ents {
			if en.Kind == lexicon.EntryCapital && en.Country != nil {
				return en.Country, e
			}
		}
	}
	if c := PhoenixPlace(d, d.SpanText(st, p, e)); c != nil {
		return c, e
	}
	return nil, p
}

// classifiedHead reports a noun that a classifying genitive of an agent noun premodifies to name
// a body of those people ("a farmers' group", "the teachers' union", "workers' unions"): a
// collective noun (collectiveHeads) or an institution noun of orgwords.txt, singular or plural.
func classifiedHead(lx *lexicon.Lexicons, w string) bool {
	return CollectiveHeads.Has(w) || institution(lx, w) != "" || strings.HasSuffix(w, "s") && institution(lx, strings.TrimSuffix(w, "s")) != ""
}

// postedEnvoys makes the description [start, end) of envoys or a mission "in" a country (the
// mention inCountry, which becomes a word of the description) an actor local to its article with
// no country: the host names where they are posted, not whose they are (envoyNouns). A singular
// institution noun ("an embassy in Iran") is a state's body, a plural a GROUP; either is kept
// only when it takes part in a relation, as the other descriptive actors are.
func postedEnvoys(d *doc.Doc, st *doc.Sent, start, end int, inCountry *doc.Mention, plural bool, head string) {
	if !plural && !determined(st, start) {
		return
	}
	label := d.SpanText(st, start, end)
	if clauseInitial(d, st, start) {
		label = lowerInitial(label, d)
	}
	kind := graph.Group
	if !plural && institution(d.Lx, head) == graph.Government {
		kind = graph.Government
	}
	Unmention(st, inCountry)
	inCountry.Ent = DroppedMention()
	e := Entity(d, "unnamed:"+strings.ToLower(label)+":"+string(kind), kind, label, "agent:unnamed")
	e.Weak = true
	e.LocalScope = "article:" + d.C.Article.ID
	if m := AddMention(d, st, start, end, e, "agent:unnamed"); m != nil && !plural && kind == graph.Group {
		m.Singular = true
	}
}

// withCountry is a descriptive group's label with its country in parentheses when the words of
// the label do not name it ("Brazil's farmers" → "farmers (Brazil)"; "Brazilian farmers" stays):
// the country is part of the description's identity (issue 14: Brazil's farmers and Argentina's
// are two groups), as the nationality adjective is in "Brazilian farmers", the genitive being
// the classifying determiner's equivalent (Quirk et al. 1985, 5.115-5.117).
func withCountry(lx *lexicon.Lexicons, label string, c *lexicon.Country) string {
	low := " " + strings.ToLower(label) + " "
	for _, f := range append(append(append([]string{c.Name}, c.ShortForm...), c.Demonyms...), c.Capitals...) {
		if f != "" && strings.Contains(low, " "+strings.ToLower(f)) {
			return label // "Brazilian farmers", "South Korean farmers", "Brazil's farmers"
		}
	}
	for _, w := range strings.Fields(strings.ToLower(label)) {
		if lx.PlaceWord(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")) {
			return label
		}
	}
	return label + " (" + c.Name + ")"
}

// nounAfterNation reports token k, a lower-case word right after a nationality adjective (a
// demonym: "Bolivian coca growers", "Chilean copper miners"): a premodifier of the head, whatever
// the word (it need not be a common word of commonwords.txt), since the nationality adjective
// stands before the head's noun modifiers within one noun phrase (Quirk et al. 1985,
// 17.113-17.114 on the order of premodifiers: nationality, then noun modifiers, then the head).
// After a country's name the word may be its verb ("Peru fined growers"), so only a demonym
// counts. The caller excludes stop, cue and be words.
func nounAfterNation(d *doc.Doc, st *doc.Sent, k int) bool {
	if k < 1 || st.Toks[k].Kind != text.Word || st.Toks[k].Cap || st.Ment[k] >= 0 || !st.Toks[k-1].Cap || st.Ment[k-1] >= 0 {
		return false
	}
	for s := k - 1; s >= 0 && s > k-4; s-- {
		if ents, end := d.MatchNames(st, s); end == k {
			for _, e := range ents {
				if e.Kind == lexicon.EntryDemonym && e.Country != nil && st.Toks[s].Cap {
					return true
				}
			}
		}
	}
	return false
}

// roleTitle reports whether the agent phrase head (or its last word, last) is a title of
// titles.txt class role ("opposition leader", "party leader", "spokesman"): a role, not an office
// of a state or a company, whose holder no office rule resolves.
func roleTitle(lx *lexicon.Lexicons, head, last string) bool {
	t := lx.Titles[head]
	if t == nil {
		t = lx.Titles[last]
	}
	return t != nil && t.Class == "role"
}

// possessed reports a genitive "'s" (or a plural's bare apostrophe) right before token hs.
func possessed(st *doc.Sent, hs int) bool {
	if hs == 0 {
		return false
	}
	w := st.Toks[hs-1].Lower
	return w == "'s" || w == "\u2019s" || w == "'" || w == "\u2019"
}

// temporalAdjective reports an attributive temporal adjective of the nonCurrent class ("former",
// "ex", "late", "outgoing"; Quirk et al. 1985, 7.36): a premodifier of the agent noun inside its
// noun phrase, after the possessor or nationality that determines it ("Finland's former
// soldiers", "Chilean former miners"), though a name-stop word. "then" is left out: it is an
// adverb as often ("and then soldiers fired").
func temporalAdjective(w string) bool {
	return w != "then" && nonCurrent.Has(w)
}
