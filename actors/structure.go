package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// administrations finds "the Bush administration", "Ankara's Cankaya district administration": a
// name and at most one lower-case word before "administration" or "government" name a GOVERNMENT
// (rule gov:administration); the name's own mention is replaced.
func administrations(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	for i := 1; i < len(toks); i++ {
		w := toks[i].Lower
		if (w != "administration" && w != "government" && w != "regime") || toks[i].Cap || st.Ment[i] >= 0 {
			continue
		}
		k := i - 1
		if !toks[k].Cap && k > 0 && toks[k].Kind == text.Word && !d.Lx.Stop[toks[k].Lower] {
			if w == "regime" && strings.HasSuffix(toks[k].Lower, "s") && !strings.HasSuffix(toks[k].Lower, "ss") {
				// "the Global Human Rights sanctions regime", "an export controls regime": a plural
				// noun before "regime" names what a system of rules governs (OED regime n. 2;
				// plural premodifiers, Quirk et al. 1985, 17.108), no ruling government
				continue
			}
			k--
		}
		m := MentionAt(d, st, k)
		if m == nil && k == i-1 && k > 0 && toks[k-1].Lower == "the" && toks[k].Kind == text.Word && toks[k].Cap && !toks[k].AllCaps &&
			!d.Lx.Common[toks[k].Lower] && !d.Lx.Stop[toks[k].Lower] && d.Lx.NonActor[toks[k].Lower] == "" {
			// "the Maduro regime", "the Assad government": a ruler's surname not yet read as a name
			name := d.SpanText(st, k, i+1)
			g := Entity(d, "org:"+graph.NormalizeName(name), graph.Government, name, "gov:administration")
			AddMention(d, st, k, i+1, g, "gov:administration")
			continue
		}
		if m == nil || m.Te != k+1 {
			continue
		}
		e := m.Ent.Final()
		if e.Kind != graph.Person && e.Kind != "" {
			continue
		}
		ns := m.Ts
		var dc *lexicon.Country
		if e.Kind == "" && ns > 0 && toks[ns-1].Cap && toks[ns-1].Kind == text.Word {
			// "the Georgian Dream government": a demonym written before an unknown capitalized
			// word of a ruling party's or leader's name opens that name (the party "Georgian
			// Dream"), not a modifier of the government alone; the government is of the
			// demonym's country
			ents, end := d.MatchNames(st, ns-1)
			for _, le := range ents {
				if le.Kind == lexicon.EntryDemonym && end == ns && le.Country != nil {
					ns, dc = ns-1, le.Country
					break
				}
			}
		}
		name := d.SpanText(st, ns, i+1)
		g := Entity(d, "org:"+graph.NormalizeName(name), graph.Government, name, "gov:administration")
		if dc != nil && g.Country == nil {
			g.Country, g.Code = dc, dc.Code
		}
		if ns >= 2 && (toks[ns-1].Lower == "'s" || toks[ns-1].Lower == "\u2019s") {
			// "Ankara's Cankaya district administration", "Kenya's Ruto government": a country
			// (or its capital) as the possessor owns the government it determines, as it owns a
			// named body ("Serbia's parliament", part-of:possessive; the genitive of
			// possession, Quirk et al. 1985, 5.116)
			if pm := MentionAt(d, st, ns-2); pm != nil && pm.Te == ns-1 && pm.Ent.Final().Kind == graph.Country && pm.Ent.Final().Country != nil {
				pc := pm.Ent.Final()
				if g.Country == nil {
					g.Country, g.Code = pc.Country, pc.Country.Code
				}
				structural(d, st, ns, g, pc, "part-of:possessive")
			}
		}
		if e.Kind == graph.Person && e.Country == nil {
			// the person stays an actor elsewhere; this mention is the administration
		} else if e.Kind == "" {
			e.Dropped = true
		}
		idx := st.Ment[m.Ts]
		if dm := MentionAt(d, st, ns); ns < m.Ts && dm != nil && dm != m {
			dm.Ent = DroppedMention() // the demonym's country mention is part of the name now
		}
		m.Ent = g
		m.Rule = "gov:administration"
		m.Ts = ns
		for q := m.Ts; q <= i; q++ {
			st.Ment[q] = idx
		}
		m.Te = i + 1
		g.AddAlias(name)
	}
}

// MemberOf records person MEMBER_OF org with the role as cue.
//
// The cue is the text of tokens [cs, ce) of st, the words that state the membership (the title,
// the group's phrase), and its offsets are theirs: a role is often normalized (title words
// joined, "government " put back before a title), so its length says nothing about where it
// stands in the sentence.
func MemberOf(d *doc.Doc, st *doc.Sent, cs, ce int, p, org *doc.Entity, role, rule string) {
	if p == nil || org == nil || p == org || cs < 0 || ce > len(st.Toks) || cs >= ce || titleLine(st) {
		return
	}
	d.Structure = append(d.Structure, &doc.RelCand{Typ: graph.MemberOf, Src: p, Tgt: org, Sent: st.Idx, Cue: d.SpanText(st, cs, ce), Rule: rule,
		Score: 0.9, Role: role, CueStart: st.Toks[cs].Start, CueEnd: st.Toks[ce-1].End, Structural: true})
}

// structural records e PART_OF parent.
func structural(d *doc.Doc, st *doc.Sent, i int, e, parent *doc.Entity, rule string) {
	if e == nil || parent == nil || e == parent {
		return
	}
	d.Structure = append(d.Structure, &doc.RelCand{Typ: graph.PartOf, Src: e, Tgt: parent, Sent: st.Idx, Rule: rule, Score: 0.85,
		Cue: st.Toks[i].Text, CueStart: st.Toks[i].Start, CueEnd: st.Toks[i].End, Structural: true})
}

// Predeterminers are the words that stand before a noun phrase's determiner: "all the officials",
// "both their governments", "half the members" (Quirk et al. 1985, 5.15-5.16); "all", "both",
// "half" also stand alone in the determiner slot.
var Predeterminers = map[string]bool{"all": true, "both": true, "half": true}

// groups finds unnamed collective sources: "senior Chinese officials", "trade lawyers", "Washington
// officials" → GROUP (rule group:unnamed), MEMBER_OF the country named in the phrase. Modified by
// an organization ("EU officials", "UN peacekeepers", "NATO troops", "Hamas fighters") the head
// names that organization's agents: a GROUP named as written, the organization's own name an
// alias (rule group:org-agents), MEMBER_OF the organization (group:owner), which gives it its
// country and, in the codes phase, its code (orgAgentCodes). The heads of groups.txt role
// "orghead" (peacekeepers, inspectors, monitors, troops …) make a group only so.
func groups(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		pl, ok := d.Lx.GroupHeads[t.Lower]
		orgPl, orgHead := d.Lx.GroupOrgHeads[t.Lower]
		if m := MentionAt(d, st, i); ok && (i == 0 || openingSource(d.Lx, st, i)) && m != nil && m.Te-m.Ts == 1 && m.Ent.Final().Pending && m.Ent.Final().Kind == "" && pl == t.Lower && (attitudeHolder(d.Lx, st, i+1) || placedGroupHead(d, st, i) || openingSource(d.Lx, st, i) && StoryCountry(d) != nil) {
			// "Analysts expect …": the capital is the sentence's, the word a plural group head
			// holding a belief (attitudeHolder), as unnamedAgents drops it before an agent noun;
			// "Officials in Abuja said …" (placedGroupHead, actor_groupplace.go); "Officials said
			// …" in a wire story (openingSource, actor_onesource.go)
			m.Ent.Final().Dropped, m.Ent.Final().Pending = true, false
			Unmention(st, m)
		}
		if !ok && !orgHead || t.Cap && i > 0 && !(openingSource(d.Lx, st, i) && StoryCountry(d) != nil) || st.Ment[i] >= 0 {
			continue
		}
		if !ok {
			pl = orgPl
			if n := i + 1; n < len(toks) && Determiners.Has(toks[n].Lower) && toks[n].Lower != "that" && toks[n].Lower != "'s" {
				// a noun phrase's head is not followed by a determiner; a verb is, by its object
				// ("the World Bank monitors the ceasefire", "NATO forces a vote": the object
				// follows its verb, Quirk et al. 1985, ch. 10, clause types)
				continue
			}
		}
		collective := d.Lx.GroupCollective[t.Lower]
		if collective && i+1 < len(toks) && (toks[i+1].Lower == "to" || d.Lx.GroupHeads[toks[i+1].Lower] != "" || toks[i+1].Cap || TitleAt(d, st, i) != nil) {
			// "opposition to the tariffs" is a stance, not an actor; "opposition parties" is a
			// group of the next word, "the opposition Freedom Party" and "the opposition leader"
			// name another actor
			continue
		}
		var c *lexicon.Country
		var owner *doc.Entity
		ownerEnd := -1 // the token after the owner's mention
		s := i
		mods := 0
		lowerMods := 0       // of them lower-case premodifiers ("main", "opposition")
		closed := false      // a determiner or predeterminer opens the noun phrase
		coordinated := false // two nationalities joined by "and"/"or"
		possessed := false   // the country is the phrase's possessor ("Myanmar's military leaders")
		cWords := [2]int{}   // the tokens naming the country (groupIdentityKey)
		for s > 0 && mods < 4 {
			p := toks[s-1]
			if closed && !Predeterminers[p.Lower] {
				// only a predeterminer stands before a determiner or a quantifier ("all the
				// officials"); a word before them is outside the noun phrase: "persuading all
				// relevant parties" (Quirk et al. 1985, 5.12-5.16)
				break
			}
			if p.Kind == text.Word && !p.Cap && (Determiners.Has(p.Lower) || Predeterminers[p.Lower]) {
				closed = true
			}
			if (p.Lower == "and" || p.Lower == "or") && s-2 >= 0 && mods > 0 {
				// "Chinese and US officials": coordinated nationalities name officials of two
				// countries, one group of no single country
				if em, ok := MatchNamesEndingAt(d, st, s-2); ok {
					// a nationality coordinated with a modifier of no country ("American and
					// European officials") names no one country's group either
					coordinated = coordinated || c == nil || em.country != c
					s--
					continue
				}
				if m := MentionAt(d, st, s-2); m != nil && m.Ent.Final().Kind == graph.Country {
					coordinated = coordinated || c != nil && m.Ent.Final().Country != c
					s--
					continue
				}
			}
			if m := MentionAt(d, st, s-1); m != nil {
				e := m.Ent.Final()
				if e.Kind == "" && e.Pending && m.Te-m.Ts == 1 {
					// "Yoruba leaders", "Druze inhabitants": an unknown capitalized modifier
					e.Dropped = true
					s = m.Ts
					mods++
					continue
				}
				if e.Kind == graph.Country {
					c = e.Country
					cWords = countryWords(m, m.Ts, m.Te)
					s = m.Ts
					mods++
					continue
				}
				if e.Kind == graph.Organization || e.Kind == graph.Government {
					owner, ownerEnd = e, m.Te
					s = m.Ts
					mods++
				}
				break
			}
			if ents, _ := MatchNamesEndingAt(d, st, s-1); ents != nil {
				c = ents.country
				if !ents.capital {
					cWords = [2]int{ents.Start, s}
				}
				s = ents.Start
				mods++
				continue
			}
			if s >= 2 && agentGenitive(d, st, s-1) {
				// "Fishermen's leaders", "farmers' leaders in Kaskinen": the genitive of a plural
				// agent noun classifies the group it determines (actor_groupplace.go)
				if m := MentionAt(d, st, s-2); m != nil && m.Te-m.Ts == 1 {
					if e := m.Ent.Final(); e.Kind == "" && e.Pending {
						e.Dropped = true // the sentence's capital, no name
					}
				}
				s -= 2
				mods++
				lowerMods++
				continue
			}
			if mods == 0 && (p.Lower == "'s" || p.Lower == "\u2019s") && s >= 2 {
				// "the UN's peacekeepers", "Hamas's fighters": the organization owns its agents
				// (the genitive of possession, Quirk et al. 1985, 5.116), as "UN peacekeepers"
				if m := MentionAt(d, st, s-2); m != nil && m.Te == s-1 {
					if e := m.Ent.Final(); e.Kind == graph.Organization || e.Kind == graph.Government {
						owner, ownerEnd = e, m.Te
						s = m.Ts
						mods++
						break
					}
				}
			}
			if (collective || ok && pl == t.Lower) && mods == lowerMods && (p.Lower == "'s" || p.Lower == "\u2019s") && s >= 2 {
				// "Venezuela's opposition": the country owns the collective; the genitive
				// determines the whole noun phrase, premodifiers included ("Zambia's main
				// opposition": the genitive as determiner precedes the premodifiers, Quirk et al.
				// 1985, 5.115, 17.5); so does a plural group head's ("Myanmar's military leaders",
				// "Georgia's separatist authorities": the group keeps the possessor's country)
				if m := MentionAt(d, st, s-2); m != nil && m.Ent.Final().Kind == graph.Country {
					c = m.Ent.Final().Country
					cWords = countryWords(m, m.Ts, m.Te)
					s = m.Ts
					mods++
					possessed = true
					continue
				}
			}
			if p.Kind == text.Word && (SentInitial(st, s-1) || !p.Cap) && d.Lx.GroupCollective[p.Lower] {
				s-- // "opposition parties", sentence-initial "Opposition parties"
				mods++
				lowerMods++
				continue
			}
			if verbBeforeObject(d.Lx, st, s-1) {
				break // "Police arrested protesters", "The envoy met lawmakers": the clause's verb
			}
			if p.Kind == text.Word && !p.Cap && (d.Lx.GroupDrop[p.Lower] || c == nil && owner == nil && !d.Lx.Stop[p.Lower]) && !strings.HasSuffix(p.Lower, "ly") && d.Lx.Speech[p.Lower].Kind == 0 && !d.Lx.BeForms[p.Lower] && !isCueWord(d.Lx, p.Lower) {
				s--
				mods++
				lowerMods++
				continue
			}
			if p.Text == ")" && mods == 0 && s >= 4 && toks[s-3].Text == "(" {
				// "Montenegro Municipality Association (AKK) officials": the acronym in
				// parentheses belongs to the name before it, which owns the group
				if m := MentionAt(d, st, s-4); m != nil && m.Te == s-3 {
					if e := m.Ent.Final(); e.Kind == graph.Organization || e.Kind == graph.Government {
						owner, ownerEnd = e, m.Te
						s = m.Ts
						mods++
					}
				}
			}
			break
		}
		if coordinated {
			if owner == nil && ok && pl == t.Lower && coordinatedGroups(d, st, s, i) {
				continue // "Hungarian and Romanian officials": a group of each (actor_coordmodifier.go)
			}
			c = nil // never one country's code for two countries' people
		}
		var inC *doc.Mention // "relevant parties in Myanmar": the country after "in" (groupInCountry)
		inCity := -1         // "a senior army official in Lagos": the end of a city after "in" (groupInCity)
		if c == nil && owner == nil && !coordinated && ok && (pl == t.Lower || s > 0 && (toks[s-1].Lower == "a" || toks[s-1].Lower == "an")) {
			if inC = groupInCountry(d, st, i); inC != nil {
				c = inC.Ent.Final().Country
			} else if cc, ce := groupInCity(d, st, i); cc != nil {
				c, inCity = cc, ce
			}
		}
		if d.Lx.GroupWeak[t.Lower] && c == nil && !coordinated && !(orgHead && (owner != nil || i > 0 && toks[i-1].Lower == "the")) {
			continue
		}
		if !ok && owner == nil && c != nil {
			continue // an orghead with a nationality: "Kenyan peacekeepers" (actor_agents.go)
		}
		if !ok && pl != t.Lower && !(s > 0 && (toks[s-1].Lower == "a" || toks[s-1].Lower == "an")) {
			// a singular names one of the group only after the indefinite article ("a UN
			// peacekeeper"); "the UN special envoy" is one office and its holder (the title and
			// the organization's rules read it), as a definite singular title is (Quirk et al.
			// 1985, 5.26-5.37 on specific reference)
			continue
		}
		if s >= 3 && (toks[s-1].Lower == "a" || toks[s-1].Lower == "an" || toks[s-1].Lower == "the") && toks[s-2].Text == "," {
			if pm := MentionAt(d, st, s-3); pm != nil && pm.Ent.Final().Kind == graph.Person {
				continue // an appositive of a person: "Karl Jensen, a Danish defence minister,"
			}
		}
		var kept, own []string // own: the kept words but the country's (groupIdentityKey)
		start := -1
		inParen := false
		for k := s; k < i; k++ {
			if toks[k].Text == "(" || toks[k].Text == ")" {
				inParen = toks[k].Text == "("
				continue
			}
			if toks[k].Lower == "'s" && len(kept) > 0 && k > s && agentGenitive(d, st, k) {
				kept[len(kept)-1] += toks[k].Text // "Fishermen's leaders": the genitive as written
				continue
			}
			if inParen || d.Lx.GroupDrop[toks[k].Lower] && !executiveModifier(toks, k, s, c, owner, pl != t.Lower) || toks[k].Kind == text.Num || numeralWord(toks[k].Lower) || toks[k].Lower == "'s" {
				continue // a numeral quantifies the group, it does not name it (Quirk et al. 1985, 5.8-5.11)
			}
			if start < 0 {
				start = k
			}
			kept = append(kept, toks[k].Text)
			if k < cWords[0] || k >= cWords[1] {
				own = append(own, toks[k].Lower)
			}
		}
		kept = append(kept, pl)
		name := strings.Join(kept, " ")
		if strings.HasPrefix(name, "the ") {
			name = name[4:]
		}
		end := i + 1 // the group's words end after its head, or after "in" and its country
		if inC != nil {
			name += " " + d.SpanText(st, i+1, inC.Te)
			end = inC.Te
		} else if inCity > 0 {
			name += " " + d.SpanText(st, i+1, inCity)
			end = inCity
			for k := i + 2; k < inCity; k++ {
				// the city's words waiting for coreference are the description's now
				if pm := MentionAt(d, st, k); pm != nil {
					pm.Ent.Final().Dropped, pm.Ent.Final().Pending = true, false
					Unmention(st, pm)
				}
			}
		}
		orgName := ""
		if owner != nil {
			// the organization's agents are named as written ("UN peacekeepers"), like a
			// nation's ("US officials"); the organization's own name makes an alias ("United
			// Nations peacekeepers")
			orgName = OrgAgentsName(d.Lx, st, owner, ownerEnd, i, pl)
		}
		collectiveAlone := collective && len(kept) == 1 && i > 0 && toks[i-1].Lower == "the"
		holder := ok && c == nil && owner == nil && pl == t.Lower && !collective && attitudeHolder(d.Lx, st, i+1)
		filed := false // ", officials said" in a wire story (actor_onesource.go trailingSource)
		if c == nil && owner == nil && len(kept) == 1 && !collectiveAlone && !holder && pl == t.Lower {
			c, filed = trailingSource(d, st, i)
		}
		if c == nil && owner == nil && len(kept) == 1 && !collectiveAlone && !holder && !filed {
			// "the officials": the last group with this head (coref:definite); else no actor
			if i > 0 && toks[i-1].Lower == "the" && pl == t.Lower {
				var g *doc.Entity
				EachMentionBack(d, st.Idx, i, 8, func(m *doc.Mention) bool {
					if e := m.Ent.Final(); e.Kind == graph.Group && strings.HasSuffix(e.Name, " "+pl) {
						g = e
						return false
					}
					return true
				})
				if g != nil {
					AddMention(d, st, i-1, i+1, g, "coref:definite")
				}
			}
			continue
		}
		if !ok && owner == nil {
			continue // an orghead names a group only with its organization: "the troops"
		}
		if collectiveAlone && c == nil {
			// "the opposition" after "Georgia's opposition": the definite article refers back to
			// the collective the article named (anaphoric the, Quirk et al. 1985, 5.28-5.33)
			if g := namedCollective(d, pl); g != nil {
				AddMention(d, st, i-1, i+1, g, "coref:definite")
				continue
			}
		}
		rule := "group:unnamed"
		if collective {
			rule = "group:collective"
		} else if owner != nil {
			rule = "group:org-agents"
		}
		key := "group:" + graph.NormalizeName(name)
		if rule == "group:unnamed" && c != nil && inC == nil && inCity < 0 && !coordinated && !collectiveAlone && !holder && !filed {
			key = groupIdentityKey(c, own, pl) // "U.S. officials" … "American officials": one group (actors/groupkey.go)
		}
		e := Entity(d, key, graph.Group, name, rule)
		if !strings.EqualFold(e.Name, name) {
			e.AddAlias(name)
		}
		if orgName != "" && !strings.EqualFold(orgName, name) {
			e.AddAlias(orgName)
		}
		if collectiveAlone && c == nil {
			// "the opposition" of no named country is the opposition of the article's state, not
			// one group of every article: the story's country when its dateline gives one
			// (storyCountry), and its identity stays with the article (as the unnamed agents'
			// of actor_unnamed.go)
			e.LocalScope = "article:" + d.C.Article.ID
			if sc := StoryCountry(d); sc != nil {
				c = sc
			}
		}
		if holder {
			// "Analysts expect …", "Many economists believe …": the holder of a belief is an
			// actor, unnamed and local to its article like the unnamed agents (actor_unnamed.go)
			e.LocalScope = "article:" + d.C.Article.ID
		}
		e.Weak = !collective // "the opposition" is an actor of its own, related or not
		if filed {
			e.LocalScope = "article:" + d.C.Article.ID
		}
		if c == nil && owner == nil && pl != t.Lower && indefiniteAt(toks, s) {
			oneSource(d, e, t.Lower) // "a senior army official said" (actor_onesource.go)
		}
		if c != nil && e.Country == nil {
			e.Country, e.Code = c, c.Code
		}
		var gm *doc.Mention
		if inC != nil {
			// the country is a word of the description now, as in "opposition groups in
			// Zimbabwe" (actor_agents.go)
			Unmention(st, inC)
			inC.Ent = DroppedMention()
		}
		if st.Ment[s] >= 0 || (start >= 0 && st.Ment[start] >= 0) || !coordinated && c != nil && MentionInside(st, s, i) {
			// the country or owner keeps its own mention; the group covers the head (also when
			// a modifier inside keeps one: "Iraqi Kurdish leaders", whose unknown "Kurdish"
			// was read as a name of its own before it was dropped)
			gm = AddMention(d, st, i, end, e, rule)
		} else {
			gm = AddMention(d, st, s, end, e, rule)
		}
		if gm != nil && pl != t.Lower {
			gm.Singular = true
		}
		if gm != nil && gm.Ts == i {
			// the modifier kept its own mention: the alias is the whole phrase, not the bare head
			kept := e.Aliases[:0]
			for _, a := range e.Aliases {
				if !strings.EqualFold(a, t.Text) {
					kept = append(kept, a)
				}
			}
			e.Aliases = kept
			e.AddAlias(d.SpanText(st, s, end))
		}
		if owner != nil && (t.Lower == "spokesperson" || t.Lower == "spokesman" || t.Lower == "spokeswoman") {
			// "a US State Department spokesperson": the body speaks (rule metonymy:spokesperson)
			if gm != nil {
				gm.Ent = owner
				e.Dropped = true
				gm.Rule = "metonymy:spokesperson"
			}
			continue
		}
		cs := i // the cue: the group's words from its first kept modifier ("Chinese officials")
		if start >= 0 {
			cs = start
		}
		if owner != nil {
			MemberOf(d, st, cs, i+1, e, owner, "", "group:owner")
		} else if c != nil && !collective {
			// "relevant parties in Myanmar": the place locates the group and codes it (its
			// country), but states no membership of the state, as a demonym does
			// (actor_groupplace.go)
			// "Venezuela's opposition" is of the country but no part of its state
			if inC == nil && inCity < 0 && !possessed && !filed {
				MemberOf(d, st, cs, i+1, e, CountryEntity(d, c), "", "group:nationality")
				if gm != nil && pl == t.Lower { // "American firms, workers and farmers" (actor_sharedmodifier.go)
					i = sharedModifierConjuncts(d, st, i, i+1, c, name, pl) - 1
				}
			}
		}
	}
}

// namedCollective is the one group of the article so far whose name is a country's collective
// of head pl ("Georgia opposition" for "opposition"), or nil when there is none or several.
func namedCollective(d *doc.Doc, pl string) *doc.Entity {
	var g *doc.Entity
	for _, e := range d.Ents {
		if f := e.Final(); f.Kind == graph.Group && f.Country != nil && !f.Dropped && strings.HasSuffix(strings.ToLower(f.Name), " "+pl) {
			if g != nil && g != f {
				return nil
			}
			g = f
		}
	}
	return g
}

type endMatch struct {
	country *lexicon.Country
	Start   int
	capital bool // the match is the country's capital ("Beijing officials"), no demonym or country name
}

// MatchNamesEndingAt finds a demonym, country or capital lexicon match ending at token i that is not
// a mention ("Chinese" in "senior Chinese officials"), checking phrases of up to four tokens.
func MatchNamesEndingAt(d *doc.Doc, st *doc.Sent, i int) (*endMatch, bool) {
	for s := i; s >= 0 && s > i-4; s-- {
		ents, end := d.MatchNames(st, s)
		if end != i+1 {
			continue
		}
		for _, e := range ents {
			if (e.Kind == lexicon.EntryDemonym || e.Kind == lexicon.EntryCountry || e.Kind == lexicon.EntryCapital) && st.Toks[s].Cap {
				return &endMatch{country: e.Country, Start: s, capital: e.Kind == lexicon.EntryCapital}, true
			}
		}
	}
	return nil, false
}

// citingParticiple reports the -ing form of a verb of saying (frames report class: "saying",
// "adding") or of citing (a CITES verb of cue-classes.txt: "citing", "quoting"), in lower case.
func citingParticiple(fr doc.Frames, t text.Token) bool {
	if t.Cap || !strings.HasSuffix(t.Lower, "ing") || fr == nil {
		return false
	}
	l := strings.ToLower(fr.Lemma(t.Lower, "VERB", "VBG"))
	return fr.InClass("report", l) || fr.ClassType("verb", l) == graph.Cites
}

func isCueWord(lx *lexicon.Lexicons, w string) bool {
	return lx.Cues.Opens(w)
}

// appositives reads ", the executive vice president of Y," after a person and ", the policy research
// arm of Y" (or ", which is the … arm of Y") after an organization.
func appositives(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	for ii := 0; ii < len(d.BySent[st.Idx]); ii++ {
		m := d.Mentions[d.BySent[st.Idx][ii]]
		e := m.Ent.Final()
		if e.Kind != graph.Person && e.Kind != graph.Organization && e.Kind != graph.Government && !(e.Pending && e.Kind == "") {
			continue
		}
		i := m.Te
		if i >= len(toks) || toks[i].Text != "," {
			continue
		}
		j := i + 1
		if j < len(toks) && (toks[j].Lower == "and" || toks[j].Lower == "or" || toks[j].Lower == "but" || toks[j].Lower == "nor") {
			// "Uganda's foreign minister, Jeje Odongo, and Kenya's trade minister, …": a
			// coordinator opens the next conjunct, not an appositive — apposition juxtaposes its
			// units without a linking word (Quirk et al. 1985, 17.65-17.67)
			continue
		}
		if operatorOpener(st, j) {
			continue // "Sam, did the President …?": a question's operator after a vocative (actors/operatoropener.go)
		}
		if j < len(toks) && citingParticiple(d.Frames, toks[j]) {
			// "Xinhua, quoting the National Bureau of Statistics, said …": a participle clause of
			// citing or saying (supplementive, Quirk et al. 1985, 15.58), not an appositive noun
			// phrase (17.65), whatever body it names
			continue
		}
		if j < len(toks) && adverbialOpener(toks[j].Lower) {
			// "the messaging app Vox, after the company failed to appoint a legal
			// representative": a subordinator opens an adverbial clause (Quirk et al. 1985,
			// 14.12), not an appositive noun phrase (17.65), whatever title it holds
			continue
		}
		if j+1 < len(toks) && (toks[j].Lower == "which" || toks[j].Lower == "who") && d.Lx.BeForms[toks[j+1].Lower] {
			j += 2
		}
		if j < len(toks) && (toks[j].Lower == "a" || toks[j].Lower == "an" || toks[j].Lower == "the") {
			j++
		}
		// the appositive ends at the next comma, period, or clause word, within 24 words: a
		// coordinated appositive of two offices with their bodies' full names ("member of the
		// Standing Committee of the Political Bureau of the CPC Central Committee and Chairman
		// of the CPPCC") runs past 16, which cut its last body off
		end := j
		for end < len(toks) && end-j < 24 {
			tx := toks[end]
			// (a speech verb's form after "of" is a noun, the complement of the preposition:
			// "Deputy Assistant Secretary of State", "head of state"; Quirk et al. 1985, 9.1)
			if tx.Text == "," || tx.Text == "." || tx.Text == ";" || tx.Kind == text.Quote || tx.Lower == "who" || tx.Lower == "which" || tx.Lower == "said" || d.Lx.Speech[tx.Lower].Kind != 0 && end > j+1 && st.Ment[end] < 0 && !insideOrgName(d, st, end) && toks[end-1].Lower != "of" {
				break
			}
			end++
		}
		if end == j {
			continue
		}
		if FiniteVerbAt(d, st, i+1) && (end >= len(toks) || toks[end].Text == "." || toks[end].Text == ";") {
			// "The Coordinating Minister …, Airlangga Hartarto, backed the trade minister.": a
			// finite verb after the name's closing comma, running to the sentence's end, is the
			// main clause's predicate; an appositive is a noun phrase (Quirk et al. 1985, 17.65)
			continue
		}
		if e.Kind == graph.Person && subjectInside(d, st, e, j, end) {
			continue // "… of Foreign Minister Lin Bo, Deputy Prime Minister Ana Duarte will visit": a new clause's subject
		}
		if e.Kind == graph.Organization || e.Kind == graph.Government {
			orgAppositive(d, st, e, j, end)
			continue
		}
		personAppositive(d, st, m, e, j, end)
	}
}

// coordinatedPortfolio extends a formal title of state that ends at te over portfolios
// coordinated with its own ("Minister of Foreign Affairs and Cooperation", "Minister of Trade,
// Industry and Tourism"): "and", "&" or a comma followed by capitalized portfolio words
// (portfolios.txt "area") up to end. A ministry of two portfolios is styled after both (the
// governments' own cabinet lists; see portfolioHolds), so the coordinated words are part of the
// title, and an "of" after them names the state. It returns te unchanged when no portfolio word
// follows or the title is no office of state.
func coordinatedPortfolio(d *doc.Doc, st *doc.Sent, tt *lexicon.Title, te, end int) int {
	toks := st.Toks
	if tt == nil || tt.Class != "state" || te == 0 || !toks[te-1].Cap {
		return te
	}
	area := func(k int) bool {
		return k < end && unnamedAt(d, st, k) && toks[k].Kind == text.Word && toks[k].Cap && d.Lx.PortfolioArea[toks[k].Lower]
	}
	k := te
	for (toks[k].Lower == "and" || toks[k].Text == "&" || toks[k].Text == ",") && area(k+1) {
		for k += 2; area(k); k++ {
		}
		te = k
		if k >= end {
			break
		}
	}
	return te
}

// unnamedAt reports a token in no mention, or in one whose entity has no kind yet (a lone
// capitalized word such as "Cooperation" read as a possible single name, name:single).
func unnamedAt(d *doc.Doc, st *doc.Sent, k int) bool {
	return st.Ment[k] < 0 || d.Mentions[st.Ment[k]].Ent.Final().Kind == ""
}

func insideOrgName(d *doc.Doc, st *doc.Sent, i int) bool {
	m := MentionAt(d, st, i)
	return m != nil
}

// personAppositive: a title in the appositive gives a Role and, with an organization after "of"/"at"
// or a country or body before the title, MEMBER_OF (rule appositive:title-of).
func personAppositive(d *doc.Doc, st *doc.Sent, m *doc.Mention, p *doc.Entity, j, end int) {
	toks := st.Toks
	ti, te, tt := appositiveTitle(d, st, j, end)
	if tt == nil {
		return
	}
	if m.Ts > 0 && Locatives.Has(toks[m.Ts-1].Lower) && (isPlaceWord(d.Lx, p.Name) || PhoenixPlace(d, p.Name) != nil) && !p.Hon && len(p.Roles) == 0 {
		// "Speaking at a news conference in Blantyre, the judge said …": a place the Phoenix
		// places list names, after a preposition of place (Quirk et al. 1985, 9.15), ends a
		// fronted adjunct; the noun phrase after its comma is the clause's subject, no
		// appositive of the place
		return
	}
	if p.Kind == "" {
		if d.Lx.Common[strings.ToLower(p.Name)] {
			return // "Thanks, [official]": a common word, no person
		}
		p.Kind = graph.Person
		p.Pending = false
		p.Rule = "person:appositive"
	}
	te = coordinatedPortfolio(d, st, tt, te, end)
	if te+1 < end && toks[te].Lower == "and" {
		// "Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan": coordinated
		// titles share the of-phrase after the last one (right-node raising, CGEL 15.4.4), which
		// names the state whose body the last title implies
		if ti2, te2, tt2 := appositiveTitle(d, st, te+1, end); tt2 != nil && ti2 == te+1 {
			if te2 = coordinatedPortfolio(d, st, tt2, te2, end); te2 < end && toks[te2].Lower == "of" {
				tt, te = tt2, te2
			}
		}
	}
	if memberOfConjunct(d, st, p, j, ti) {
		j = ti // the title's own conjunct: "Chairman of the CPPCC"
	}
	role := strings.TrimSpace(d.SpanText(st, j, te))
	var org *doc.Entity
	rule := "appositive:title-of"
	if te < end && (toks[te].Lower == "of" || toks[te].Lower == "at" || toks[te].Lower == "for") {
		for k := te + 1; k < end; k++ {
			if om := MentionAt(d, st, k); om != nil {
				// the last actor of a possessive chain: "a spokesman for China's Foreign Ministry"
				for om.Te+1 < end && toks[om.Te].Lower == "'s" {
					next := MentionAt(d, st, om.Te+1)
					if next == nil {
						break
					}
					om = next
				}
				if oe := om.Ent.Final(); oe.Kind == graph.Organization || oe.Kind == graph.Government || oe.Kind == graph.Country {
					org = oe
					if oe.Kind == graph.Country && tt.Body != "" && om.Ts <= te+2 {
						// "Minister of Foreign Affairs of Mozambique": the of-phrase names the
						// state whose body the title implies, as "Mozambique's foreign
						// minister" does (roleOrg)
						org, rule = BodyEntity(d, tt.Body, oe.Country), "appositive:title-body"
					}
				}
				break
			}
		}
	}
	if org == nil {
		// a country or body named before the title: "an assistant U.S. Treasury secretary"
		var c *lexicon.Country
		for k := j; k < ti; k++ {
			if om := MentionAt(d, st, k); om != nil {
				oe := om.Ent.Final()
				if oe.Kind == graph.Country {
					c = oe.Country
				} else if oe.Kind == graph.Organization || oe.Kind == graph.Government {
					org = oe
				}
			} else if em, ok := MatchNamesEndingAt(d, st, k); ok {
				c = em.country
			}
		}
		if org == nil && tt.Body != "" {
			org = BodyEntity(d, tt.Body, c)
			rule = "appositive:title-body"
		} else if org == nil && c != nil && tt.Class == "state" {
			org = CountryEntity(d, c)
			rule = "appositive:title-country"
		}
		if org != nil && rule == "appositive:title-of" {
			rule = "appositive:title-modifier"
		}
	}
	if org == nil {
		// "the union's general secretary": the organization a definite description names
		ms := ti
		for n := 0; n < 2 && ms > j && toks[ms-1].Kind == text.Word && !toks[ms-1].Cap && toks[ms-1].Lower != "'s" && !d.Lx.Stop[toks[ms-1].Lower]; n++ {
			ms--
		}
		if _, _, noun := possessorRole(d, st, ms); noun >= 0 {
			holdRole(d, st, p, ms, ms, te, tt, nil, nil, noun, d.SpanText(st, ms, te), "appositive:possessor")
			return
		}
	}
	if strings.HasPrefix(strings.ToLower(role), "former ") {
		p.AddRole(role, nil)
		return
	}
	p.AddRole(role, org)
	if org != nil {
		MemberOf(d, st, j, te, p, org, role, rule)
	}
}

// appositiveTitle is the first title (no honorific) of the appositive [from, end): its start, its
// end taken over the longest title there and the title words that follow, and the title; nil
// when there is none.
func appositiveTitle(d *doc.Doc, st *doc.Sent, from, end int) (int, int, *lexicon.Title) {
	ti, te := -1, -1
	var tt *lexicon.Title
	for k := from; k < end; k++ {
		if st.Ment[k] >= 0 {
			continue
		}
		ents, e2 := d.MatchNames(st, k)
		for _, le := range ents {
			if le.Kind == lexicon.EntryTitle && le.Title.Class != "honorific" && e2 <= end {
				if tt == nil || e2 > te {
					ti, te, tt = k, e2, le.Title
				}
			}
		}
		if tt != nil {
			// take the longest title starting at the first match, and extend over following title words
			for te < end {
				ents2, e3 := d.MatchNames(st, te)
				ok := false
				for _, le := range ents2 {
					ok = ok || le.Kind == lexicon.EntryTitle
				}
				if !ok || e3 > end {
					break
				}
				te = e3
			}
			return ti, te, tt
		}
	}
	return -1, -1, nil
}

// memberOfConjunct reads the first conjunct of an appositive that coordinates a membership with
// an office, "member of the Standing Committee of the Political Bureau of the CPC Central
// Committee and Chairman of the CPPCC": "member of X" [j, ti-1) states membership of X ("member"
// 2a, Merriam-Webster: one of the individuals composing a group), so p is MEMBER_OF the body
// it names (rule appositive:member-of), beside the office of the conjunct after "and" at ti. It
// reports whether it did.
func memberOfConjunct(d *doc.Doc, st *doc.Sent, p *doc.Entity, j, ti int) bool {
	toks := st.Toks
	if ti-1 <= j+2 || toks[ti-1].Lower != "and" || toks[j].Lower != "member" && toks[j].Lower != "members" || toks[j+1].Lower != "of" {
		return false
	}
	for k := j + 2; k < ti-1; k++ {
		om := MentionAt(d, st, k)
		if om == nil {
			continue
		}
		if oe := om.Ent.Final(); om.Te <= ti-1 && (oe.Kind == graph.Organization || oe.Kind == graph.Government) {
			role := strings.TrimSpace(d.SpanText(st, j, ti-1))
			p.AddRole(role, oe)
			MemberOf(d, st, j, ti-1, p, oe, role, "appositive:member-of")
			return true
		}
		return false
	}
	return false
}

// orgAppositive: ", the policy research arm of Y" → PART_OF Y (rule appositive:part-of); ", the Z"
// after an outlet noun ("the party newspaper, the Z") → Z PART_OF the party (appositive:outlet-of).
func orgAppositive(d *doc.Doc, st *doc.Sent, e *doc.Entity, j, end int) {
	toks := st.Toks
	if countryDescription(d, st, e, j, end) {
		return // "the Court of Cassation, Italy's highest appeals court," (actor_orgdescription.go)
	}
	for k := j; k < end; k++ {
		n := &d.Lx.PartNouns
		kk := k
		var use string
		for kk < end {
			nx := n.Next[toks[kk].Lower]
			if nx == nil {
				break
			}
			n = nx
			kk++
			if len(n.Entries) > 0 {
				use = n.Entries[0].Speech
			}
		}
		if use != "part" || kk >= end || toks[kk].Lower != "of" {
			continue
		}
		for q := kk + 1; q < end; q++ {
			if om := MentionAt(d, st, q); om != nil {
				// the last actor of the "of" phrase: "China's Foreign Ministry" → the ministry
				last := om
				for r := om.Te; r < end; r++ {
					if m2 := MentionAt(d, st, r); m2 != nil {
						last = m2
						r = m2.Te - 1
					} else if toks[r].Lower != "'s" {
						break
					}
				}
				if pe := last.Ent.Final(); pe != e && pe.Kind != graph.Person && pe.Kind != "" {
					structural(d, st, k, e, pe, "appositive:part-of")
				}
				return
			}
		}
		return
	}
}

// attitudeHolder reports a verb of believing or an attitude verb (speech.txt kinds belief and
// attitude: believe, think, expect, fear, hope, reckon …) in a finite form at token j, auxiliaries
// and adverbs in -ly skipped, or "predict" (a verb of saying in speech.txt, CAMEO.2.0.txt's PREDICT
// block with expect and forecast): the plural head before it is the holder of a belief (issue 13 blind
// round 8 class 1: "Analysts expect that …"). A bare plural such a verb's subject is an unnamed
// GROUP, as a bare agent noun is (actor_unnamed.go); with a verb of saying ("officials said") it
// stays an anonymous source, no actor (groups.txt).
func attitudeHolder(lx *lexicon.Lexicons, st *doc.Sent, j int) bool {
	toks := st.Toks
	for j < len(toks) && (doc.AuxWords.Has(toks[j].Lower) && toks[j].Lower != "'s" || strings.HasSuffix(toks[j].Lower, "ly") && toks[j].Kind == text.Word) {
		j++
	}
	if j >= len(toks) || toks[j].Cap {
		return false
	}
	e, ok := doc.AttitudeAt(lx, st, j)
	return ok && (e.Speech == "belief" || e.Speech == "attitude" || e.Lemma == "predict") && e.Form != "ing" && e.Form != "ed"
}

// MentionInside reports a mention on some token of [ts, te) of st.
func MentionInside(st *doc.Sent, ts, te int) bool {
	for k := ts; k < te && k < len(st.Ment); k++ {
		if st.Ment[k] >= 0 {
			return true
		}
	}
	return false
}

// verbBeforeObject reports a past form at token k (an -ed form, or a simple past of irregular.txt:
// "arrested", "met") that follows a name, a noun or a pronoun rather than a determiner, a number,
// an adverb or a coordinator: the finite verb whose object the noun after it heads ("Police
// arrested protesters", "The envoy met lawmakers"), no participle premodifying it. A participle
// adjective stands inside the noun phrase, after its determiner or quantifier and before the
// head ("the arrested protesters", "two detained journalists", "the newly elected lawmakers";
// Quirk et al. 1985, 7.15–7.16 participial adjectives, 17.97–17.101 premodification by
// participles); right after a subject it is the predicate's verb (ch. 10, clause patterns).
func verbBeforeObject(lx *lexicon.Lexicons, st *doc.Sent, k int) bool {
	toks := st.Toks
	if k < 1 || toks[k].Kind != text.Word || toks[k].Cap || !(lx.PastForms[toks[k].Lower] || strings.HasSuffix(toks[k].Lower, "ed")) {
		return false
	}
	b := toks[k-1]
	if b.Kind == text.Num || b.Kind == text.Word && (Determiners.Has(b.Lower) || Predeterminers[b.Lower] || strings.HasSuffix(b.Lower, "ly") || b.Lower == "and" || b.Lower == "or" || b.Lower == "other" || b.Lower == "many" || b.Lower == "several" || b.Lower == "some") {
		return false
	}
	return b.Kind == text.Word || b.Kind == text.Punct && b.Text == ")"
}
