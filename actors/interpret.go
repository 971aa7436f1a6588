package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// interpret turns the units of one phrase into mentions, roles and structural relations.
func interpret(d *doc.Doc, st *doc.Sent, units []unit) {
	toks := st.Toks
	var mod *doc.Entity       // the last actor named in the phrase, modifying what follows
	var modC *lexicon.Country // the country named or implied by a demonym
	var possessor *doc.Entity // set right after a possessive
	var titles []unit
	units = titleBeforeBody(units)
	for k := 0; k < len(units); k++ {
		u := units[k]
		next := func(off int) *unit {
			if k+off < len(units) {
				return &units[k+off]
			}
			return nil
		}
		switch u.kind {
		case uPoss:
			possessor = mod
			continue
		case uCountry, uCapital:
			c := u.e.Country
			if u.te < len(toks) && currencySign(toks[u.te].Text) && u.te == u.ts+1 || currencyAfter(st, u.te) || u.kind == uCountry && compassPlaceBefore(d, st, u.ts) {
				// "US dollars", "South Georgia", "South America" (actor_notstate.go): the name is
				// part of a currency's or another place's name
				// "US $50 million", "HK$ 3 billion": a country's short name before a currency sign
				// names the currency of an amount (the ISO 4217 convention of prefixing the
				// issuer to the dollar sign), not the country acting
				mod, modC, possessor = nil, nil, nil
				continue
			}
			if u.kind == uCountry && coordinatedUSState(d, st, u.ts, u.te) {
				// "Republicans in Tennessee and Georgia": the US state, a place (actors/statecoord.go)
				d.PlaceNames[graph.NormalizeName(d.SpanText(st, u.ts, u.te))] = true
				mod, modC, possessor = nil, nil, nil
				continue
			}
			nx := next(1)
			if nx != nil && u.kind == uCountry && possessor == nil && nx.ts == u.te && (nx.kind == uChunk && nx.org != graph.Government || nx.kind == uActor && nx.e.Actor.Kind == graph.Organization && nx.e.Actor.Country == "") {
				os := nx.ts
				if toks[os].Lower == "the" && os+1 < nx.te {
					os++
				}
				if e := nationalBranch(d, st, os, nx.te, &units[k], next(2)); e != nil {
					// "the Kenya Red Cross": the organization's national branch (actor_namedheads.go)
					k++
					mod, modC, possessor = e, nil, nil
					continue
				}
			}
			if n2 := next(2); nx != nil && n2 != nil && u.kind == uCountry && possessor == nil && nx.ts == u.te && nx.kind == uActor && nx.e.Actor.Kind == graph.Organization && nx.e.Actor.Country == "" &&
				n2.kind == uChunk && n2.org == graph.Organization && n2.ts == nx.te {
				// "the Kenya Red Cross Society": a country's name opens the name that an international
				// organization's name and an organization head make ("the EU Chamber of Commerce"
				// below), as it opens "China Institute of International Studies"
				orgChunk(d, st, u.ts, n2.te, graph.Organization, c, nil)
				k += 2
				mod, modC, possessor = mentionEnt(d, st, u.ts), c, nil
				continue
			}
			if oc := ownerBodyCountry(d, st, nx); oc != nil && oc != c && nx.ts == u.te && possessor == nil {
				// "the Taiwan Affairs Office of the State Council": a body of another state's body,
				// whose name opens with the place it deals with
				orgChunk(d, st, u.ts, nx.te, nx.org, oc, nil)
				k++
				mod, modC = mentionEnt(d, st, u.ts), oc
				continue
			}
			if nx != nil && nx.kind == uChunk && nx.org == graph.Organization && possessor == nil {
				// "China Institute of International Studies": the country is part of the name
				if e := orgChunk(d, st, u.ts, nx.te, nx.org, c, nil); e != nil && u.kind == uCapital && e.Country == c {
					e.Seat = true // "London Stock Exchange": the city is the seat (see igoByMembership)
				}
				k++
				mod, modC = mentionEnt(d, st, u.ts), c
				continue
			}
			if u.kind == uCapital && nx != nil && nx.kind == uChunk && nx.org == graph.Government && nx.ts == u.te && possessor == nil && !stateHeadIn(st, nx.ts, nx.te) {
				// "the Taipei Representative Office", "the Tokyo Metropolitan Government": a city
				// opening the name of a body that is no national ministry, court or chamber names
				// the body's seat and is part of its name ("Beijing's Foreign Ministry" stays the
				// state's ministry: its head is a state head)
				orgChunk(d, st, u.ts, nx.te, nx.org, c, nil)
				mod, modC = mentionEnt(d, st, u.ts), c
				k++
				continue
			}
			if nx != nil && nx.kind == uChunk && nx.ts == u.te && ordinalMeeting(st, u.ts, nx.te) {
				// "the Ninth Tokyo International Conference on African Development": one session
				// of a meeting named after its seat, an event (as orgChunk reads it), and the city
				// is inside its name
				k++
				mod, modC, possessor = nil, nil, nil
				continue
			}
			if u.kind == uCapital && nx != nil && nx.kind == uChunk && nx.ts == u.te && documentName(d.Lx, st, u.ts, nx.te) {
				// "the Oslo Accords", "the Budapest Memorandum": a document or instrument named
				// after the city where it was signed (OntoNotes 5.0 LAW), the city inside its name
				k++
				mod, modC, possessor = nil, nil, nil
				continue
			}
			if u.kind == uCapital && nx != nil && nx.kind == uChunk && nx.org == "" && nx.ts == u.te && eventHeads.Has(st.Toks[nx.te-1].Lower) {
				// "the Helsinki Games", "the Tokyo Olympics", "the Stockholm Marathon": a sports
				// event or festival named after the city that holds it (OntoNotes 5.0 EVENT),
				// no organization; the city is inside its name
				k++
				mod, modC, possessor = nil, nil, nil
				continue
			}
			if u.kind == uCapital && nx != nil && nx.kind == uChunk && nx.org == "" && nx.ts == u.te && procedureHeads.Has(st.Toks[nx.te-1].Lower) {
				// "the Berlin Process", "the Vienna Mechanism": a procedure or negotiating format
				// named after the city where it was set up (procedureHeads, WordNet noun.act /
				// noun.process), no organization; the city is inside its name
				k++
				mod, modC, possessor = nil, nil, nil
				continue
			}
			if u.kind == uCapital && procedureModifierAt(st, u.te) {
				// "the Luanda and Nairobi processes": a city modifying a procedure noun, alone
				// or coordinated (actors/procedurename.go), is inside that noun phrase
				mod, modC, possessor = nil, nil, nil
				continue
			}
			if u.kind == uCapital && nx != nil && nx.kind == uChunk && nx.org == "" && nx.ts == u.te && possessor == nil && !headlineOnlyRun(d, st, u.ts, nx.te) {
				// "Tokyo Electron", "Shanghai Electric": a capital opening a name is part of it
				e := Entity(d, "org:"+graph.NormalizeName(d.SpanText(st, u.ts, nx.te)), graph.Organization, d.SpanText(st, u.ts, nx.te), "org:place-name")
				AddMention(d, st, u.ts, nx.te, e, "org:place-name")
				mod, modC = e, nil
				k++
				continue
			}
			if lk := locativeAt(st, u.ts); u.kind == uCapital && lk >= 0 && !partyOfEventNoun(d, st, lk) {
				// a place; still the country for a following title or group
				modC = c
				mod = nil
				possessor = nil
				continue
			}
			rule := "lexicon:countries"
			if u.kind == uCapital {
				rule = "metonymy:capital"
				if a := seatActor(d, d.SpanText(st, u.ts, u.te), c); a != nil {
					// "urged Brussels to act" in a story about the European Commission (actor_seats.go)
					e := KnownEntity(d, a)
					AddMention(d, st, u.ts, u.te, e, "metonymy:seat")
					mod, modC, possessor = e, nil, nil
					continue
				}
			}
			e := CountryEntity(d, c)
			// "the Chinese government", "China's government": the country acting
			if stateActingHead(d.Frames, d.Lx, st, u.ts, u.te) && nx == nil {
				AddMention(d, st, u.ts, u.te+1, e, "metonymy:government")
			} else if u.te+1 < len(toks) && toks[u.te].Lower == "'s" && toks[u.te+1].Lower == "government" && nx == nil {
				AddMention(d, st, u.ts, u.te+2, e, "metonymy:government")
			} else {
				AddMention(d, st, u.ts, u.te, e, rule)
			}
			mod, modC, possessor = e, c, nil
		case uDemonym:
			c := u.e.Country
			modC = c
			nx := next(1)
			if nx != nil && nx.kind == uChunk && nx.org != "" {
				var dict *lexicon.Actor // "the Free Syrian Army": a dictionary name the demonym is inside of
				if k > 0 && units[k-1].kind == uChunk && units[k-1].te == u.ts && units[k-1].te-units[k-1].ts == 1 && d.Phx != nil {
					if a := d.Phx.Unique(d.SpanText(st, u.ts-1, nx.te), ""); a != nil && (a.Kind == graph.Organization || a.Kind == graph.Government) {
						dict = a
					}
				}
				if k > 0 && units[k-1].kind == uChunk && units[k-1].te == u.ts && units[k-1].te-units[k-1].ts == 1 && (compassWord(toks[u.ts-1].Lower) || dict != nil) {
					// "North American Development Bank": a compound proper adjective; "the Free
					// Syrian Army" (Phoenix FREE_SYRIAN_ARMY [SYRREB]): a word before the demonym
					// opens the dictionary's name, which the demonym is inside of, no rebel group
					// the state's army
					if m := MentionAt(d, st, u.ts-1); m != nil && m.Ent.Final().Pending && m.Ent.Final().Kind == "" {
						m.Ent.Final().Dropped, m.Ent.Final().Pending = true, false
						Unmention(st, m)
					}
					if st.Ment[u.ts-1] < 0 {
						u.ts--
					}
				}
				if dict == nil && d.Phx != nil {
					// "the Palestinian Authority" (Phoenix PALESTINIAN_AUTHORITY [PSEGOV]): a
					// dictionary body whose name the demonym opens is that body, not the generic
					// "Authority" of the country
					if a := d.Phx.Unique(d.SpanText(st, u.ts, nx.te), ""); a != nil && (a.Kind == graph.Organization || a.Kind == graph.Government) {
						dict = a
					}
				}
				name := d.SpanText(st, u.ts, nx.te)
				if a := KnownByName(d, name); a != nil {
					AddMention(d, st, u.ts, nx.te, KnownEntity(d, a), "lexicon:actors")
				} else if dict != nil && st.Ment[u.ts] < 0 {
					orgChunk(d, st, u.ts, nx.te, dict.Kind, c, nil) // the dictionary's kind, country and code follow (codes, step 1)
				} else if headlineClause(d, st, u.ts, nx.te) {
					// "Turkish Parliament Extends Troop Mandate": the demonym's body is the clause's
					// subject; the rest of the run is its predicate (headlineClause)
				} else if nx.org == graph.Government {
					te := gluedMember(d, st, nx.ts, nx.te) // "Lithuanian Border Guard Service Tomas Kazlauskas" (actor_gluedname.go)
					e := BodyEntity(d, d.SpanText(st, nx.ts, te), c)
					AddMention(d, st, u.ts, te, e, "body:country-modifier")
					glueMember(d, st, nx.ts, te, nx.te, e)
				} else {
					orgChunk(d, st, u.ts, nx.te, nx.org, c, nil)
				}
				mod = mentionEnt(d, st, u.ts)
				k++
				continue
			}
			if nx != nil && nx.kind == uActor && nx.ts == u.te && possessor == nil {
				if e := namesakeGroup(d, st, u, *nx); e != nil {
					// "the Pakistani Taliban" (actor_namesake.go): another country's group
					mod = e
					k++
					continue
				}
			}
			if stateActingHead(d.Frames, d.Lx, st, u.ts, u.te) && nx == nil {
				AddMention(d, st, u.ts, u.te+1, CountryEntity(d, c), "metonymy:government")
				mod = CountryEntity(d, c)
				continue
			}
			mod = nil
		case uActor:
			if possessor == nil && u.e.Actor.Kind == graph.Organization && u.e.Actor.Country == "" {
				ts := u.ts
				if toks[ts].Lower == "the" && ts+1 < u.te {
					ts++
				}
				if e := nationalBranch(d, st, ts, u.te, next(1), next(2)); e != nil {
					// "Amnesty International UK": the organization's national branch (actor_namedheads.go)
					k++
					mod, modC, possessor = e, nil, nil
					continue
				}
			}
			if nx := next(1); nx != nil && nx.kind == uChunk && nx.org == graph.Organization && nx.ts == u.te && possessor == nil && u.e.Actor.Kind == graph.Organization && u.e.Actor.Country == "" {
				// "the EU Chamber of Commerce", "the ASEAN Business Council": an international
				// organization's name written before an organization head opens that name, as a
				// country's does ("China Institute of International Studies")
				e := orgChunk(d, st, u.ts, nx.te, nx.org, nil, nil)
				k++
				mod, modC, possessor = e, nil, nil
				continue
			}
			var e *doc.Entity
			nc, ns := modC, -1 // the nation before the known body, and where its words start
			if k > 0 && (units[k-1].kind == uDemonym || units[k-1].kind == uCountry) && units[k-1].te == u.ts {
				ns = units[k-1].ts
			}
			if possessor != nil && possessor.Kind == graph.Country && possessor.Country != nil && k > 1 && units[k-1].kind == uPoss {
				nc, ns = possessor.Country, units[k-2].ts // "China's Commerce Department"
			}
			if a := u.e.Actor; ns >= 0 && nc != nil && a.Country != "" && a.Country != nc.Code && a.Kind == graph.Government {
				modC = nc
				// "the French Senate", "Japan's Congress": another nation's body of that generic
				// name, not the known one ("Senate" is the US Senate only without a nationality)
				e = Entity(d, "body:"+strings.ToLower(a.Name)+":"+modC.Code, graph.Government, a.Name+" ("+modC.Name+")", "body:country-modifier")
				e.Code, e.Country = modC.Code, modC
				e.AddAlias(a.Name)
				if units[k-1].kind == uPoss {
					AddMention(d, st, u.ts, u.te, e, "body:possessive") // the country keeps its mention
					structural(d, st, u.ts, e, possessor, "part-of:possessive")
				} else if units[k-1].kind == uCountry && peoplesGenitive(d, st, ns, u.ts) {
					// "Delegates of the Myanmar People's Liberation Army": the nation's name is a
					// premodifier inside the genitive "the Myanmar People's" (peoplesname.go); the
					// body's name and mention take it in
					e.Name = d.SpanText(st, ns, u.te)
					AddMention(d, st, ns, u.te, e, "body:country-modifier")
				} else if units[k-1].kind == uCountry && st.Ment[ns] >= 0 {
					// "the Kenya Senate": the country's name keeps the mention it took as a unit,
					// as before a body's chunk ("the Ghana Parliament"); a mention over both
					// would overlap it and leave the body unmentioned, the country acting
					AddMention(d, st, u.ts, u.te, e, "body:country-modifier")
				} else {
					AddMention(d, st, ns, u.te, e, "body:country-modifier")
				}
				e.AddAlias(d.SpanText(st, ns, u.te))
				mod, possessor = e, nil
				continue
			}
			if oe := headOfNamedOrg(d, st, u); oe != nil {
				// "the Nigeria Labour Congress … The Congress also condemns": the union
				AddMention(d, st, u.ts, u.te, oe, "coref:definite")
				mod, possessor = oe, nil
				continue
			}
			e = knownWritten(d, u.e.Actor, d.SpanText(st, u.ts, u.te))
			AddMention(d, st, u.ts, u.te, e, e.Rule)
			if possessor != nil && possessor.Kind == graph.Country && u.e.Actor.Country == "" && u.e.Actor.Kind != graph.Government {
				// "Argentina's new IMF program": an international organization of the Phoenix
				// international list belongs to no state; the possessor owns the phrase's head
				// ("program"), not the organization
			} else if possessor != nil {
				structural(d, st, u.ts, e, possessor, "part-of:possessive")
			} else if k > 0 && mod != nil && mod.Kind == graph.Country && units[k-1].kind == uCountry && e.Kind == graph.Government {
				structural(d, st, u.ts, e, mod, "part-of:country-modifier")
				m := MentionAt(d, st, u.ts)
				_ = m
				e.AddAlias(d.SpanText(st, units[k-1].ts, u.te))
			}
			mod, possessor = e, nil
		case uTitle, uHon:
			titles = append(titles, u)
			nx := next(1)
			if nx != nil && (nx.kind == uTitle || nx.kind == uHon) {
				continue
			}
			if nx != nil && nx.kind == uChunk && nx.org == "" {
				p := personChunk(d, st, nx.ts, nx.te, titles, mod, modC)
				_ = p
				k++
			}
			titles = nil
			mod, possessor = nil, nil
		case uChunk:
			if u.ts > 1 && toks[u.ts-1].Text == "(" && u.te < len(toks) && toks[u.te].Text == ")" && possessor == nil {
				if e := partyQualifier(d, st, u.ts, u.te); e != nil {
					mod = e // "Socialist Party of Chile (Renewal Wing)"
					continue
				}
			}
			if u.org != graph.Government && possessor == nil {
				if e := nationalBranch(d, st, u.ts, u.te, next(1), next(2)); e != nil {
					// "Greenpeace Brazil": the organization's national branch (actor_namedheads.go)
					k++
					mod, modC = e, nil
					continue
				}
			}
			if nx := next(1); u.org == "" && u.te-u.ts == 1 && nx != nil && nx.kind == uTitle && nx.ts == u.te && k+2 < len(units) && units[k+2].kind == uChunk {
				// "EU Trade Commissioner Valdis Dombrovskis": the word belongs to the title
				units[k+1].ts = u.ts
				continue
			}
			if portfolioChunk(d, st, units, k) {
				// "Federal Labour Minister Ana Ruiz", "Fisheries Minister …": a portfolio (rule title:portfolio)
				units[k+1].ts = u.ts
				continue
			}
			if u.org == graph.Government && possessor == nil && k == 0 && u.ts > 0 && (toks[u.ts-1].Lower == "its" || toks[u.ts-1].Lower == "their") {
				if pe := possessiveAntecedent(d, st.Idx, u.ts-1); pe != nil && pe.Kind == graph.Country {
					possessor = pe
				}
			}
			if u.org != "" && possessor == nil && titlePluralHead(d.Lx, st, u.ts, u.te) {
				// "the SCO National Security Council Secretaries": office holders, not a body
				name := d.SpanText(st, u.ts, u.te)
				e := Entity(d, "group:"+graph.NormalizeName(name), graph.Group, name, "group:title-plural")
				AddMention(d, st, u.ts, u.te, e, "group:title-plural")
				mod, possessor = e, nil
				continue
			}
			if u.org != "" && peopleHead(d.Lx, st, &u) {
				units[k] = u // "Senior Administration Officials": people of the body, not the body
				if u.te <= u.ts {
					mod, possessor = nil, nil
					continue
				}
			}
			if u.org != "" {
				var e *doc.Entity
				if possessor != nil && (possessor.Kind == graph.Country || possessor.Kind == graph.Government) && u.org == graph.Government {
					e = BodyEntity(d, d.SpanText(st, u.ts, u.te), possessor.Country)
					AddMention(d, st, u.ts, u.te, e, "body:possessive")
					structural(d, st, u.ts, e, possessor, "part-of:possessive")
				} else if mod != nil && mod.Kind == graph.Country && k > 0 && units[k-1].kind == uCountry && u.org == graph.Government {
					e = BodyEntity(d, d.SpanText(st, u.ts, u.te), mod.Country)
					AddMention(d, st, u.ts, u.te, e, "body:country-modifier")
					e.AddAlias(d.SpanText(st, units[k-1].ts, u.te))
				} else if h := headBeforeOf(st, u.ts, u.te); d.Lx.NonActor[st.Toks[h].Lower] == "event" || d.Lx.NonActor[st.Toks[h].Lower] == "venue" {
					// "Regular Press Conference", "Press Briefing Room": an event or venue, not an
					// organization; the body after its "of" holds it and is one ("Regular Press
					// Conference of the Ministry of Commerce")
					e = eventHolder(d, st, h+1, u.te, modC)
				} else if se, ok := seatOwner(d, st, u.ts, seatNounAt(st, u.ts, u.te), modC, possessor); ok {
					// "Issued by NUMSA Head Office": the organization's seat stands for it
					e = se
				} else if documentName(d.Lx, st, u.ts, u.te) {
					e = nil // "the Foreign Exchange Report": a document, not an organization
				} else if u.te-u.ts > 1 && parentheticalGloss(st, u.ts) && u.te < len(toks) && toks[u.te].Text == ")" {
					// "Communist Party of Nepal (Maoist Center)": a qualifier of the name before it,
					// which for a party is part of its name
					e = partyQualifier(d, st, u.ts, u.te)
				} else if k > 0 && units[k-1].kind == uActor && units[k-1].te == u.ts && mod != nil && mod.Kind == graph.Government && possessor == nil && (mod.Country != nil || committeeHead(st, u.ts, u.te)) {
					// "the French Senate Committee on Foreign Affairs", "the Senate Committee on
					// Power": a body named after the state body it belongs to (a noun modifier
					// naming the whole, Quirk et al. 17.108) is a state body, part of it; the
					// modifier is part of its proper name (the chambers' own committee lists:
					// "Senate Committee on Foreign Relations", "House Committee on Foreign
					// Affairs"), since each chamber has a committee of the same remit
					e = bodyPartChunk(d, st, units[k-1], u, mod)
				} else {
					e = orgChunk(d, st, u.ts, u.te, u.org, modC, possessor)
				}
				mod, possessor = e, nil
				continue
			}
			nameChunk(d, st, u.ts, u.te)
			if m := MentionAt(d, st, u.ts); m != nil {
				mod = m.Ent
			} else {
				mod = nil
			}
			possessor = nil
		}
	}
}

// titleBeforeBody folds a title written right before an organization's name into that name:
// "Representative Office", "Special Envoy Office". A title noun before an organization head modifies
// it (a noun-noun compound, Quirk et al., A Comprehensive Grammar, 17.108) and names the office of
// that title; as a title it would precede a person's name, not a body's. Only a lone head noun
// after the title is so modified ("Governor Central Bank officials" is no body's name); a title
// after another title ("Vice Premier …") is left alone.
func titleBeforeBody(units []unit) []unit {
	out := units[:0:0]
	for k := 0; k < len(units); k++ {
		u := units[k]
		if u.kind == uTitle && k+1 < len(units) && units[k+1].kind == uChunk && units[k+1].org != "" && units[k+1].ts == u.te && units[k+1].te == u.te+1 &&
			(k == 0 || units[k-1].kind != uTitle && units[k-1].kind != uHon) {
			nx := units[k+1]
			nx.ts = u.ts
			out = append(out, nx)
			k++
			continue
		}
		out = append(out, u)
	}
	return out
}

// stateHeadIn reports a state head (stateHeads: ministry, department, court, …) among tokens
// [ts, te).
func stateHeadIn(st *doc.Sent, ts, te int) bool {
	for k := ts; k < te; k++ {
		if stateHeads.Has(st.Toks[k].Lower) {
			return true
		}
	}
	return false
}

// KnownByName is the known actor with that name or alias. An acronym ("UN") matches only when
// written in capitals: "Un", a word cut at a line end, is no UN (as lexUnit requires of names
// marked caps). An acronym the article defines for a name of its own is none (d.redefined,
// actor_acrdefs.go).
func KnownByName(d *doc.Doc, name string) *lexicon.KnownActor {
	if d.Redefined[name] {
		return nil
	}
	a := d.Lx.ActorByName[graph.NormalizeName(name)]
	if a == nil || strings.ToUpper(name) == name {
		return a
	}
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		if strings.EqualFold(n, name) && strings.ToUpper(n) != n {
			return a
		}
		if graph.NormalizeName(n) == graph.NormalizeName(name) && strings.ToUpper(n) != n {
			return a
		}
	}
	return nil
}

// mentionEnt is the entity of the mention at token i, or nil.
func mentionEnt(d *doc.Doc, st *doc.Sent, i int) *doc.Entity {
	if m := MentionAt(d, st, i); m != nil {
		return m.Ent
	}
	return nil
}

// orgChunk records an organization or government body named by tokens [ts, te).
func orgChunk(d *doc.Doc, st *doc.Sent, ts, te int, kind graph.Kind, c *lexicon.Country, possessor *doc.Entity) *doc.Entity {
	if ordinalMeeting(st, ts, te) {
		return nil // "the 22nd St. Petersburg International Economic Forum": one session of a meeting, an event
	}
	if abstractUse(d, st, ts, te) {
		return nil // "under Trade Promotion Authority": a legal authority, no body (actor_aliases.go)
	}
	if k := gluedPersonStart(d, st, ts, te); k > ts {
		// "Ministry of Foreign Affairs Kim Min-jun": the body, then its member (actor_gluedname.go)
		body := orgChunk(d, st, ts, k, kind, c, possessor)
		if p := personEntity(d, st, k, te); p != nil {
			AddMention(d, st, k, te, p, "person:glued-name")
			if body != nil {
				MemberOf(d, st, ts, k, p, body, "", "member-of:glued-name")
			}
		}
		return body
	}
	name := d.SpanText(st, ts, te)
	if (labelLine(d.Lx, st, ts, te) || contactItem(d.Lx, st, ts, te) || contactDesk(d.Lx, st, ts, te) || capsLine(d.Lx, st)) && KnownByName(d, name) == nil && (d.Phx == nil || len(d.Phx.Lookup(name)) == 0) {
		return nil // "Corporate Communications" alone on a contact block's line (actor_junk.go)
	}
	if venueLine(d, st, ts, te) {
		return nil // "PARLIAMENT HOUSE, CANBERRA": where a transcript's words were spoken (actor_symbols.go)
	}
	if te-ts == 2 && isDemonymWord(d.Lx, st.Toks[ts].Lower) && d.Lx.OrgNouns[st.Toks[ts+1].Lower] != nil && KnownByName(d, name) == nil {
		return nil // "A Chinese Company said": a nationality and a descriptor noun describe, not name (Quirk 5.60)
	}
	if ns := headlineVerbBefore(d, st, ts, te); ns > ts {
		ts, name = ns, d.SpanText(st, ns, te) // "…, Gives Federal Government 14-Day Ultimatum"
	} else if headlineCommonPhrase(d, st, ts, te) {
		return nil // "…, Demands Judicial Commission" over "an independent judicial commission"
	}
	if headlineClause(d, st, ts, te) {
		return nil
	}
	if te-ts == 2 && compassPoints.Has(st.Toks[ts].Lower) && d.Lx.NonActor[st.Toks[ts+1].Lower] == "place" && KnownByName(d, name) == nil {
		// "the West Bank", "the East Coast", "North Bank": a compass point before a word that also
		// heads place names (nonactors.txt) names a region, as in the GeoNames names of
		// territories and coasts; a bank or a bank's branch is named with more ("West Bank
		// Savings", "Eastern Bank")
		return nil
	}
	if te-ts >= 3 && (st.Toks[ts].Lower == "government" || st.Toks[ts].Lower == "governments" || st.Toks[ts].Lower == "republic" || st.Toks[ts].Lower == "state") && st.Toks[ts+1].Lower == "of" {
		// "Government of the United States of America": the country acting (metonymy:government).
		// The plural head before a list of states, "the Governments of Norway, Finland and
		// Iceland", is read distributively, the government of each (Quirk et al. 1985, 13.95 on a
		// plural head whose postmodifier is coordinated): its first state is named with it
		k := ts + 2
		if st.Toks[k].Lower == "the" {
			k++
		}
		if ents, end := d.MatchNames(st, k); end == te && len(ents) > 0 && (ents[0].Kind == lexicon.EntryCountry || st.Toks[k].Lower == "the") {
			for _, le := range ents {
				if le.Kind == lexicon.EntryCountry {
					e := CountryEntity(d, le.Country)
					AddMention(d, st, ts, te, e, "metonymy:government")
					return e
				}
			}
		}
	}
	if a := KnownByName(d, name); a != nil {
		e := knownWritten(d, a, name)
		AddMention(d, st, ts, te, e, e.Rule)
		return e
	}
	if titleOfficeBody(d, st, ts, te) {
		// "the Prime Minister's Office" (actor_titleoffice.go): every state's holder has one,
		// so it is a body of the text's country, or local, as a title's implied body is
		e := BodyEntity(d, name, c)
		AddMention(d, st, ts, te, e, "title:office-body")
		return e
	}
	if a := knownNational(d, name, c, possessor); a != nil {
		// "China's ruling Communist Party": the known actor whose name is the country's
		// demonym or "of" the country with this name (Chinese Communist Party)
		e := KnownEntity(d, a)
		AddMention(d, st, ts, te, e, "lexicon:actors")
		if possessor != nil && possessor.Kind == graph.Country && a.Kind == graph.Government {
			structural(d, st, ts, e, possessor, "part-of:possessive") // as for a named body below
		}
		return e
	}
	if wordnetPlace(st, ts, te) && (d.Phx == nil || len(d.Phx.Lookup(name)) == 0) {
		d.PlaceNames[graph.NormalizeName(name)] = true
		return nil // "Newport News": WordNet knows the whole name only as a place's (actors/wordnetnames.go)
	}
	if kind == graph.Organization && premodifierOrgWord(d, st, ts, te) && (d.Phx == nil || len(d.Phx.Lookup(name)) == 0) {
		return nil // "Press Gaggle", "Press Secretary": the organization word premodifies a common head (actors/premodifierorg.go)
	}
	if te-ts == 1 && c == nil && possessor == nil && !d.Lx.OrgAlone[strings.TrimSuffix(st.Toks[ts].Lower, ".")] {
		// "the Committee": a generic head alone names the organization met before, or nothing
		var found *doc.Entity
		w := st.Toks[ts].Lower
		EachMentionBack(d, st.Idx, ts, 12, func(m *doc.Mention) bool {
			if e := m.Ent.Final(); (e.Kind == graph.Organization || e.Kind == graph.Government) && nameHasWord(e.Name, w) {
				found = e
				return false
			}
			return true
		})
		if found != nil {
			AddMention(d, st, ts, te, found, "coref:definite")
		}
		return found
	}
	if c == nil && possessor == nil && ts >= 2 && st.Toks[ts-1].Lower == "'s" {
		if m := MentionAt(d, st, ts-2); m != nil && m.Te == ts-1 && m.Rule == "metonymy:government" && m.Ent.Final().Country != nil {
			// "the Serbian government's Office for Kosovo and Metohija": a state's government
			// in the genitive names the body's owner, as "Serbia's" does (Quirk et al. 1985,
			// 5.116); the possessive closed the phrase before the body's name
			possessor = m.Ent.Final()
			c = possessor.Country
		}
	}
	if wc, ok := govWholePrefix(d, st, ts, te); ok {
		kind = graph.Government // "the National People's Congress Standing Committee" (actors/govprefix.go)
		if c == nil {
			c = wc
		}
	}
	if c == nil {
		c = ofCountry(d, st, ts, te) // "the Commerce Ministry of China"
	}
	if c == nil && kind == graph.Government && GenericName(d.Lx, name) {
		c = inCountryAfter(d, st, te) // "the Foreign Ministry in Addis Ababa"
	}
	if c == nil {
		c = ownerBodyCountry(d, st, &unit{kind: uChunk, ts: ts, te: te, org: kind})
	}
	if k := fieldOfficeLocative(d, st, ts, te, kind); k > te {
		// "the OSCE Mission in Kosovo": the locative is a word of the office's name
		// (fieldoffice.go); the place names where it works, not whose body it is
		name, te = d.SpanText(st, ts, k), k
	}
	e := Entity(d, "org:"+graph.NormalizeName(name), kind, name, "org:head-word")
	if c != nil && e.Country == nil {
		e.Country, e.Code = c, c.Code
	}
	AddMention(d, st, ts, te, e, "org:head-word")
	if possessor != nil && possessor != e {
		if possessor.Kind != graph.Country || kind == graph.Government {
			structural(d, st, ts, e, possessor, "part-of:possessive")
		}
	}
	return e
}

// personChunk records a person named after titles ("Treasury Secretary Steven Mnuchin"), with the
// role and the MEMBER_OF relation the titles and the modifier before them imply.
func personChunk(d *doc.Doc, st *doc.Sent, ts, te int, titles []unit, mod *doc.Entity, modC *lexicon.Country) *doc.Entity {
	for te-ts > 1 && st.Toks[te-1].AllCaps && TitleLowercase.Has(st.Toks[te-1].Lower) && !nameParticles.Has(st.Toks[te-1].Lower) {
		// "STATEMENT BY AMBASSADOR INES CARVO ON THE FISHERIES RULING": a heading in capitals
		// hides the lower case that title case gives its function words (CMOS 8.159), and a
		// personal name holds no preposition, article or coordinator (CGEL 7.2; a surname's
		// particles, "DE", are nameParticles): the word ends the name
		te--
	}
	if st.Headline || titleCaseLine(d.Lx, st) {
		// "Mexico Recalls Envoy Over Expulsion", "Envoy In Talks With Peru": headline capitals
		// (AP Stylebook, headlines; CMOS 8.159 title case) capitalise prepositions too, and a
		// personal name holds no preposition (CGEL 7.2; a surname's particles, "de", "van", are
		// no prepositions of text.IsPrep): the name ends before one, and a preposition never
		// opens one
		for i := ts; i < te; i++ {
			if text.IsPrep(st.Toks[i].Lower) {
				te = i
				break
			}
		}
		if te <= ts {
			return nil
		}
	}
	if st.Headline {
		if te = headlineNameEnd(d, st, ts, te); te <= ts {
			return nil // "Big-Name Senator Endorsed Walters" (actors/headlinename.go)
		}
	}
	if st.Headline || te-ts == 1 || titleCaseLine(d.Lx, st) {
		// "Statement from the President Regarding Trade", "Executive Order": in a title-case line,
		// or as a lone word after a title, a word the article also writes in lower case is no name
		for i := ts; i < te; i++ {
			if d.LowerSeen[st.Toks[i].Lower] {
				return nil
			}
			if MarginalPrepositions.Has(st.Toks[i].Lower) {
				// "Statement from the President Regarding Trade with Peru": a marginal
				// preposition (Quirk et al. 1985, 9.10) opens the title's topic adjunct, and a
				// personal name holds no preposition (CGEL 7.2), whether or not the article
				// also writes the words after it in lower case
				return nil
			}
		}
	}
	if te-ts == 1 && d.Lx.Stop[st.Toks[ts].Lower] {
		// "the Central General Staff": a lone word after a title that stopnames.txt lists as never
		// a name on its own ("Staff") is the head of a body's name ("General Staff"), not a
		// person the title is given to
		return nil
	}
	if titleRankWord(d, st, ts, te) || honorificPlural(d, st, ts, te, titles) {
		return nil // "spokesman Assistant Commissioner …", "Honourable Members" (titlealone.go)
	}
	p := personEntity(d, st, ts, te)
	if p == nil {
		return nil
	}
	hon := true
	var tl []string
	var body string
	class := "role"
	cs, ce := -1, -1 // the tokens of the titles that are no honorific: the cue of MEMBER_OF
	for _, t := range titles {
		if t.kind != uHon {
			hon = false
			tl = append(tl, d.SpanText(st, t.ts, t.te))
			if cs < 0 {
				cs = t.ts
			}
			ce = t.te
			if t.e.Title.Body != "" && !stateLegislatorTitle(st, t) {
				body = t.e.Title.Body // "State Rep. X": no national body (statetitle.go)
			}
			if t.e.Title.Class == "state" || class == "role" {
				class = t.e.Title.Class
			}
		}
	}
	if hon {
		p.Hon = true
		AddMention(d, st, titles[0].ts, te, p, "person:honorific")
		return p
	}
	rule := "person:title"
	AddMention(d, st, titles[0].ts, te, p, rule)
	p.AddAlias(d.SpanText(st, ts, te))
	p.Pending = false
	role := strings.Join(tl, " ")
	var org *doc.Entity
	orgRule := "title:modifier"
	switch {
	case body != "":
		c := modC
		if mod != nil && mod.Country != nil {
			c = mod.Country
		}
		if c == nil {
			c = adjectiveCountry(d, st, titles[0].ts)
		}
		if c == nil {
			c = ofCountryAfter(d, st, te)
		}
		guessed := false
		if c == nil {
			c, guessed = titleCountry(d, st, titles)
			if guessed {
				c = TitleFormDefault(d, []string{lexicon.TitleHead(role)}, c) // actor_titleforms.go
			}
		}
		if c == nil {
			c = coordinatedTitleCountry(d, st, titles[0].ts) // title_coordination.go
		}
		org = guessedBody(d, body, c, guessed)
		orgRule = "title:implied-body"
	case portfolioBody(d.Lx, st, titles) != "":
		pc := modC
		if pc == nil && mod == nil {
			// "Minister of Trade Rahel Tesfaye of … Ethiopia": the country after the name, as
			// for a title's implied body above
			pc = ofCountryAfter(d, st, te)
		}
		org = portfolioEntity(d, st, portfolioBody(d.Lx, st, titles), mod, pc)
		orgRule = "title:portfolio"
	case mod != nil:
		org = mod
		corpTitleOwner(mod, class, role) // "Hanwha Ocean's chief executive X" (actor_descappos.go)
	case modC != nil && class == "state":
		org = CountryEntity(d, modC)
	case class == "state" && ofCountryAfter(d, st, te) != nil:
		org = CountryEntity(d, ofCountryAfter(d, st, te)) // "President Samia Suluhu Hassan of Tanzania"
	case class == "corp" && !doc.LabelToken(st, titles[0].ts):
		org = lastOrg(d, st.Idx, titles[0].ts)
		orgRule = "title:context-org"
	case titles[0].ts > 0 && !st.Toks[titles[0].ts-1].Cap && d.Lx.Definite[st.Toks[titles[0].ts-1].Lower] == "named":
		// "ministry spokesperson He Yadong": the ministry named before
		w := st.Toks[titles[0].ts-1].Lower
		EachMentionBack(d, st.Idx, titles[0].ts, 8, func(m *doc.Mention) bool {
			if e := m.Ent.Final(); (e.Kind == graph.Government || e.Kind == graph.Organization) && strings.Contains(strings.ToLower(e.Name), w) {
				org = e
				return false
			}
			return true
		})
		orgRule = "title:coref-org"
	}
	p.AddRole(role, org)
	if org != nil {
		MemberOf(d, st, cs, ce, p, org, role, orgRule)
	} else if modC != nil && p.Country == nil {
		// "Hungarian opposition leader Peter Magyar", "Kenyan activist X": a nationality adjective
		// before a role that is no office of the state gives the person's country, though no
		// membership of the state (Quirk et al. 1985 7.26: a nationality adjective classifies
		// the head it premodifies, here the person the title names)
		p.Country = modC
	} else if p.Country == nil && modC == nil && mod == nil {
		// the same across the title's own premodifiers ("Chilean miners' union leader X")
		p.Country = adjectiveCountry(d, st, titles[0].ts)
	}
	if body != "" && mod != nil && mod.Kind == graph.Organization && mod != org {
		// "Liberty Party senator Ana Costa": the party too
		p.AddRole(role, mod)
		MemberOf(d, st, cs, ce, p, mod, role, "title:modifier")
	}
	return p
}
