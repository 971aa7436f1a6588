package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// possessorRole reads a possessor before tokens [ms, …) of a role phrase: "X's" where X is a
// mention (a country, government body or organization), "the <noun>'s" with an organization noun
// (orgnouns.txt, definites.txt), or a demonym right before ms ("the Chilean envoy"). It returns
// the possessor actor, the country, or the token of the noun to resolve later (-1 if none).
func possessorRole(d *doc.Doc, st *doc.Sent, ms int) (org *doc.Entity, c *lexicon.Country, noun int) {
	toks := st.Toks
	noun = -1
	if m := MentionAt(d, st, ms-1); m != nil && m.Te == ms && m.Rule == "metonymy:government" {
		return nil, m.Ent.Final().Country, -1 // "Peru's government spokesperson"
	}
	if ms >= 2 && toks[ms-1].Lower == "'s" {
		if m := MentionAt(d, st, ms-2); m != nil && m.Te == ms-1 {
			switch e := m.Ent.Final(); e.Kind {
			case graph.Country:
				return nil, e.Country, -1
			case graph.Government, graph.Organization:
				return e, e.Country, -1
			}
			return nil, nil, -1
		}
		w := toks[ms-2].Lower
		if ms >= 3 && toks[ms-3].Lower == "the" && !toks[ms-2].Cap && (d.Lx.OrgNouns[w] != nil || d.Lx.Definite[w] == "named" || d.Lx.Definite[w] == "org") {
			return nil, nil, ms - 2
		}
		return nil, nil, -1
	}
	if em, ok := MatchNamesEndingAt(d, st, ms-1); ok && ms >= 1 {
		return nil, em.country, -1
	}
	if ms >= 1 && toks[ms-1].Lower == "its" {
		return nil, nil, ms - 1 // "Its president, Name,": the body or country named just before
	}
	if m := MentionAt(d, st, ms-1); m != nil && m.Te == ms && ms-1 >= 0 && (m.Ts == 0 || Determiners.Has(toks[m.Ts-1].Lower)) {
		// "the UN High Commissioner for Refugees, Filippo Grandi,": an organization's name as
		// the premodifier of the title names whose office it is, as its possessive does
		// ("the UN's High Commissioner"; noun premodifiers, Quirk et al. 1985, 17.104-17.108)
		if e := m.Ent.Final(); e.Kind == graph.Organization || e.Kind == graph.Government {
			return e, e.Country, -1
		}
	}
	return nil, nil, -1
}

// roleOrg is the organization a title held under a possessor belongs to: the possessor
// organization; for a country possessor, the body the title implies ("Peru's foreign minister" →
// Foreign Ministry of Peru) or, for an office of state or a government role ("government
// spokesperson"), the country itself.
func roleOrg(d *doc.Doc, st *doc.Sent, ms, te int, tt *lexicon.Title, org *doc.Entity, c *lexicon.Country) (*doc.Entity, string) {
	if org != nil {
		return org, "appositive:possessor"
	}
	if c == nil {
		return nil, ""
	}
	if tt.Body != "" {
		return BodyEntity(d, tt.Body, c), "appositive:title-body"
	}
	gov := tt.Class == "state"
	for k := max(0, ms-1); k < te; k++ {
		gov = gov || st.Toks[k].Lower == "government" || st.Toks[k].Lower == "state"
	}
	if gov {
		return CountryEntity(d, c), "appositive:title-country"
	}
	return nil, ""
}

// preposedAppositives reads a role phrase set before a name between commas (rule
// appositive:preposed): "Peru's ambassador in Quito, Marco Vela, demanded …"; "the party's
// leader, Ana Costa, told parliament"; "the Chilean envoy, Rosa Pino, said". The named person
// gets the role and MEMBER_OF the organization or country the possessor names.
func preposedAppositives(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	ids := append([]int(nil), d.BySent[st.Idx]...)
	for _, mi := range ids {
		m := d.Mentions[mi]
		p := m.Ent.Final()
		if p.Kind != graph.Person && !(p.Kind == "" && p.Pending) {
			continue
		}
		c := m.Ts - 1
		if c < 2 || toks[c].Text != "," {
			continue
		}
		if m.Te < len(toks) && toks[m.Te].Text != "," && toks[m.Te].Text != "." && !labelColon(st, m.Te) && doc.VerbAfter(d.Lx, st, m.Te) < 0 {
			continue
		}
		own := TitleAt(d, st, m.Ts)
		sameOnly := false // the appositive must repeat the role's title (restatedTitle)
		if own != nil && m.Te < len(toks) && toks[m.Te].Text != "," && !labelColon(st, m.Te) {
			// "Following a review by the Trade Representative, President Kofi Annor is taking
			// action": a name with its own title and no closing comma is the subject of the main
			// clause after an introductory phrase, not an appositive of it; unless it ends the
			// sentence and restates the role's title (restatedTitle)
			if toks[m.Te].Text != "." {
				continue
			}
			sameOnly = true
		}
		ts, te, tt := roleBefore(d, st, c)
		if tt != nil && sameOnly && !restatedTitle(own, tt) {
			continue
		}
		if tt == nil {
			if ots, ote, ott, org := roleOfBefore(d, st, c); ott != nil && (!sameOnly || restatedTitle(own, ott)) {
				// "The head of the World Health Organization, Tedros Adhanom Ghebreyesus,
				// called …": a title with an of-phrase naming its body, set before a name
				// between commas, is an appositive of the name (Quirk et al. 1985, 17.65)
				if p.Kind == "" {
					p.Kind, p.Pending, p.Rule = graph.Person, false, "person:appositive"
				}
				var cn *lexicon.Country
				if org.Kind == graph.Country {
					org, cn = nil, org.Country
				}
				holdRole(d, st, p, ots, ots, ote, ott, org, cn, -1, d.SpanText(st, ots, ote), "appositive:preposed")
			}
			continue
		}
		ms := ts
		for n := 0; n < 2 && ms > 0 && toks[ms-1].Kind == text.Word && !toks[ms-1].Cap && toks[ms-1].Lower != "'s" && !d.Lx.Stop[toks[ms-1].Lower] && st.Ment[ms-1] < 0; n++ {
			ms-- // "government spokesperson", "general secretary"
		}
		org, cn, noun := possessorRole(d, st, ms)
		if org == nil && cn == nil && noun < 0 {
			org, cn = spokespersonPrincipal(d, st, ms, te, c)
		}
		if org == nil && cn == nil && noun < 0 {
			ka := KnownByName(d, tt.Body)
			if tt.Body == "" || ka == nil || ka.Country != "" || ka.Kind != graph.Organization {
				if p.Kind == "" || p.Kind == graph.Person {
					// "The Minister of Foreign Affairs, Musalia Mudavadi, welcomed …": a person's
					// title set before a name between commas is its appositive (Quirk et al.
					// 1985, 17.65): the name is a person's and holds the role, though no body
					// is named
					if p.Kind == "" {
						p.Kind, p.Pending, p.Rule = graph.Person, false, "person:appositive"
					}
					p.AddRole(d.SpanText(st, ms, te), nil)
					if ms >= 1 && toks[ms-1].Lower == "'s" {
						d.OwnedRoles = append(d.OwnedRoles, p) // "the confederation's president": a body's office
					}
				}
				continue
			}
			// "the European Commissioner for Energy, Piotr Nowak,": a title that implies an
			// organization of no state (titles.txt) names its holder's body without a possessor
			org = BodyEntity(d, tt.Body, nil)
		}
		if p.Kind == "" {
			p.Kind, p.Pending, p.Rule = graph.Person, false, "person:appositive"
		}
		role, cs := d.SpanText(st, ms, te), ms
		if gm := MentionAt(d, st, ms-1); gm != nil && gm.Te == ms && gm.Rule == "metonymy:government" {
			role, cs = "government "+role, gm.Ts // "Peru's government spokesperson"
		}
		holdRole(d, st, p, cs, ms, te, tt, org, cn, noun, role, "appositive:preposed")
	}
}

// holdRole gives p the role and MEMBER_OF the organization the possessor names, now or, for a
// definite description, after all actors are found.
// The role's words are tokens [cs, te) (cs <= ms: words before the title the role takes in, such
// as "government"), the cue of the MEMBER_OF.
func holdRole(d *doc.Doc, st *doc.Sent, p *doc.Entity, cs, ms, te int, tt *lexicon.Title, org *doc.Entity, c *lexicon.Country, noun int, role, rule string) {
	if strings.HasPrefix(strings.ToLower(role), "former ") {
		p.AddRole(role, nil)
		return
	}
	if noun >= 0 {
		d.PendingRoles = append(d.PendingRoles, doc.PendingRole{P: p, Sent: st.Idx, At: noun, Cs: cs, Ce: te, Role: role, Rule: rule})
		return
	}
	o, orule := roleOrg(d, st, ms, te, tt, org, c)
	p.AddRole(role, o)
	if o != nil {
		if rule == "appositive:preposed" {
			orule = rule
		}
		MemberOf(d, st, cs, te, p, o, role, orule)
	} else if c != nil && p.Country == nil && org == nil {
		// "China's chief negotiator, Liu Zhenmin,": a country's genitive before a role that is no
		// office of state gives the holder's country, no membership, as a nationality adjective
		// does ("Hungarian opposition leader X", actor_interpret.go): the genitive names whom
		// the role is for (Quirk et al. 1985, 5.116, the subjective and possessive genitive)
		p.Country = c
	}
}

// maxTitleTokens is the most tokens of a title of titles.txt (its longest style, the EU High
// Representative's, has ten).
const maxTitleTokens = 12

// roleBefore finds a person title ending right before token c, or before a short place phrase
// that ends there ("ambassador in Quito", "envoy to the UN"): it returns the title's tokens.
func roleBefore(d *doc.Doc, st *doc.Sent, c int) (int, int, *lexicon.Title) {
	toks := st.Toks
	// an of-portfolio runs up to eight tokens after "of", as titleOfPortfolio and
	// trailingPortfolio read it ("Minister of Foreign Affairs and Regional Integration"); a
	// place phrase up to five
	for e := c; e > 0 && e >= c-9; e-- {
		te := e // the role's end: e, or c after an of-portfolio
		if e < c && toks[e].Lower == "of" && d.Lx.Portfolio[toks[e-1].Lower] != "" && ofPortfolioEnd(d, st, e) == c {
			// "The Minister of Finance, Kofi Mensah,", "the Minister of Foreign and Diaspora
			// Affairs, Musalia Mudavadi,": the of-portfolio of a title head (the of-paraphrase of
			// "Finance Minister", Quirk et al. 1985, §17.38) is the title's postmodifier
			te = c
		} else if e < c && d.Lx.PortfolioArea[toks[e-1].Lower] && portfolioConjuncts(d, st, e) == c {
			// "The Minister of Foreign Affairs and Regional Integration, X,": a title of
			// titles.txt that ends in a portfolio ("minister of foreign affairs"), its portfolio
			// coordinated with more portfolio words (portfolioConjuncts; Quirk et al. 1985, 13.x
			// coordination within the postmodifier, 17.38)
			te = c
		} else if e < c-5 {
			continue
		} else if e < c {
			// the tokens [e, c) must be a place phrase: a preposition, maybe "the", then names;
			// or "for" and the capitalized portfolio the title is held for ("European
			// Commissioner for Energy", "High Commissioner for Refugees": the title's
			// postmodifier, as in titles.txt "minister for foreign affairs")
			if (!Locatives.Has(toks[e].Lower) || toks[e].Lower == "of") && toks[e].Lower != "for" {
				continue
			}
			ok := true
			for k := e + 1; k < c; k++ {
				ok = ok && (toks[k].Cap || toks[k].Lower == "the")
			}
			if !ok || e+1 >= c {
				continue
			}
		}
		// a title of titles.txt may be long ("High Representative of the Union for Foreign
		// Affairs and Security Policy", ten tokens): the longest match ending at e is the title
		for s := max(0, e-maxTitleTokens); s < e; s++ {
			ents, end := d.MatchNames(st, s)
			if end != e {
				continue
			}
			for _, le := range ents {
				if le.Kind == lexicon.EntryTitle && le.Title.Class != "honorific" {
					return s, te, le.Title
				}
			}
		}
	}
	return 0, 0, nil
}

// ResolvePendingRoles links the roles held under a definite description ("the union's general
// secretary", "the railway's chief executive", "the party's leader") to the organization the
// description names (rule appositive:possessor): the nearest organization before it whose name
// holds the noun or one of its name words (orgnouns.txt: "party" → "Movement for …"), else one in
// the same or the next two sentences, else, for a company noun, the last company named.
func ResolvePendingRoles(d *doc.Doc) {
	for _, pr := range d.PendingRoles {
		st := d.Sents[pr.Sent]
		o := orgByNoun(d, pr.Sent, pr.At, st.Toks[pr.At].Lower)
		p := pr.P.Final()
		p.AddRole(pr.Role, o)
		if o != nil {
			MemberOf(d, st, pr.Cs, pr.Ce, p, o, pr.Role, "appositive:possessor")
		} else {
			d.OwnedRoles = append(d.OwnedRoles, p) // an office of a body not found: no state's
		}
	}
}

// orgByNoun resolves "the <noun>" at token i of sentence s to an organization (see
// resolvePendingRoles).
func orgByNoun(d *doc.Doc, s, i int, noun string) *doc.Entity {
	if noun == "its" {
		if previousSubjectUnread(d, s, i) {
			return nil // the subject before is a place the stage has not read as an actor (roles_region.go)
		}
		if e := previousSubjectBody(d, s, i); e != nil {
			return e
		}
		// a possessive pronoun: the nearest organization, government body or country before it
		// (rule appositive:possessor), never one after
		var found *doc.Entity
		EachMentionBack(d, s, i, 8, func(m *doc.Mention) bool {
			e := m.Ent.Final()
			if !e.Dropped && (e.Kind == graph.Organization || e.Kind == graph.Government || e.Kind == graph.Country) {
				found = e
				return false
			}
			return true
		})
		return found
	}
	on := d.Lx.OrgNouns[noun]
	names := func(e *doc.Entity) bool {
		if e.Kind != graph.Organization && e.Kind != graph.Government {
			return false
		}
		for _, w := range strings.Fields(strings.ToLower(e.Name)) {
			w = strings.Trim(w, "'\u2019")
			if w == noun {
				return true
			}
			if on != nil {
				for _, x := range on.Words {
					if w == x {
						return true
					}
				}
			}
		}
		return false
	}
	var found *doc.Entity
	EachMentionBack(d, s, i, 8, func(m *doc.Mention) bool {
		if e := m.Ent.Final(); !e.Dropped && names(e) {
			found = e
			return false
		}
		return true
	})
	for si := s; found == nil && si < len(d.Sents) && si <= s+2; si++ {
		for _, mi := range d.BySent[si] {
			if m := d.Mentions[mi]; (si > s || m.Ts > i) && found == nil && !m.Ent.Final().Dropped && names(m.Ent.Final()) {
				found = m.Ent.Final()
			}
		}
	}
	if found == nil && (on != nil && on.Any || d.Lx.Definite[noun] == "org") {
		EachMentionBack(d, s, i, 4, func(m *doc.Mention) bool {
			if e := m.Ent.Final(); e.Kind == graph.Organization && !e.Weak && !e.Dropped && !nonCompany(d.Lx, e) {
				found = e
				return false
			}
			return true
		})
	}
	return found
}

// nonCompany reports an organization whose name holds the head of another kind of organization
// (a union, a party: the name words of "named" rows of orgnouns.txt), which "the company" does
// not refer to.
func nonCompany(lx *lexicon.Lexicons, e *doc.Entity) bool {
	for _, w := range strings.Fields(strings.ToLower(e.Name)) {
		if on := lx.OrgNouns[w]; on != nil && !on.Any {
			return true
		}
		for _, on := range lx.OrgNouns {
			if on.Any {
				continue
			}
			for _, x := range on.Words {
				if x == w {
					return true
				}
			}
		}
	}
	return false
}

// titleCountry is the country of a national title written without one ("Foreign Minister Awa
// Diop"): the country the article gives the same title in a description without a name
// ("Senegal's foreign minister on Tuesday rejected …"), else the one country the article names,
// else nil. When the article gives the title to a named holder of another country ("Australian
// Foreign Minister Julie Bishop"), no country is guessed. A body with no country would merge every
// country's foreign ministry into one node of the graph. The bool is true when the country is only
// the article's one named country (soleCountry), which the body's own page or its holders'
// affiliation outranks (actor_guess.go). A question turn of a transcript gives no country.
func titleCountry(d *doc.Doc, st *doc.Sent, titles []unit) (*lexicon.Country, bool) {
	var tt *lexicon.Title
	for _, t := range titles {
		if t.kind == uTitle && t.e.Title != nil && t.e.Title.Class == "state" {
			tt = t.e.Title
		}
	}
	if tt == nil {
		return nil, false
	}
	words := strings.Fields(tt.Title)
	var found *lexicon.Country
	var named []*lexicon.Country
	for _, s2 := range d.Sents {
		if s2.Question {
			// a journalist's question ("Q: Malaysia's foreign minister said …") describes the
			// questioner's subject: it gives no country to the titles of the answers and
			// announcements, which speak for the briefing's own side
			continue
		}
		toks := s2.Toks
		for i := 1; i+len(words) <= len(toks); i++ {
			ok := true
			for k, w := range words {
				ok = ok && toks[i+k].Lower == w
			}
			if !ok {
				continue
			}
			var c *lexicon.Country
			if toks[i-1].Lower == "'s" && i >= 2 {
				if m := MentionAt(d, s2, i-2); m != nil && m.Ent.Final().Kind == graph.Country {
					c = m.Ent.Final().Country
				} else if em, ok := MatchNamesEndingAt(d, s2, i-2); ok {
					c = em.country
				}
			} else if em, ok := MatchNamesEndingAt(d, s2, i-1); ok {
				c = em.country
			}
			if c == nil {
				continue
			}
			if e := i + len(words); e < len(toks) && toks[e].Cap && toks[e].Kind == text.Word {
				named = append(named, c) // "Australian Foreign Minister Julie Bishop"
				continue
			}
			if found != nil && found != c {
				return nil, false // two countries' foreign ministers: no guess
			}
			found = c
		}
	}
	for _, c := range named {
		if c != found {
			return nil, false
		}
	}
	if found != nil {
		return found, false
	}
	if c := soleCountry(d); !TitleTopicCountry(d, c) {
		return c, true
	}
	return nil, false // the one country is the heading's topic (titletopic.go)
}

// FiniteWords are English auxiliaries and modals: after a noun phrase they open its predicate
// (Quirk et al., A Comprehensive Grammar, 3.21-3.23).
var FiniteWords = lexicon.WordClass("finitewords") // data/wordclasses/finitewords.txt

// finiteAfter reports a finite verb opening a predicate after token i, past a prepositional
// phrase of capitalized words ("Ana Duarte of the Republic of Peru will pay …"): an auxiliary or
// modal, or a cue or speech verb.
func finiteAfter(lx *lexicon.Lexicons, st *doc.Sent, i int) bool {
	toks := st.Toks
	if i < len(toks) && toks[i].Lower == "of" {
		k := i + 1
		for k < len(toks) && (toks[k].Cap || toks[k].Lower == "the" || toks[k].Lower == "of") {
			k++
		}
		if k > i+1 {
			i = k
		}
	}
	if i >= len(toks) {
		return false
	}
	return FiniteWords.Has(toks[i].Lower) || doc.VerbAfter(lx, st, i) >= 0
}

// subjectInside reports a person other than e named in the span [j, end) after e's comma and
// followed by a finite verb: the span is the subject of a new clause (its title belongs to that
// person), so it is no appositive of e. An appositive does not cross a clause boundary.
func subjectInside(d *doc.Doc, st *doc.Sent, e *doc.Entity, j, end int) bool {
	for _, mi := range d.BySent[st.Idx] {
		pm := d.Mentions[mi]
		if pm.Ts < j || pm.Ts >= end || pm.Ent.Final() == e || pm.Ent.Final().Kind != graph.Person {
			continue
		}
		if finiteAfter(d.Lx, st, pm.Te) {
			return true
		}
	}
	return false
}

// ofCountryAfter is the country named in an of-phrase right after a titled name, ending the noun
// phrase: "Foreign Minister Musalia Mudavadi of Kenya met …" — the postmodifier gives the
// office's state as a premodifier would (Quirk et al. 1985, 17.37-17.40, postmodification by
// prepositional phrase). nil when the country runs on into a longer name ("of Kenya Airways").
func ofCountryAfter(d *doc.Doc, st *doc.Sent, te int) *lexicon.Country {
	toks := st.Toks
	if te+1 >= len(toks) || toks[te].Lower != "of" {
		return nil
	}
	k := te + 1
	if toks[k].Lower == "the" && k+1 < len(toks) {
		k++
	}
	ents, end := d.MatchNames(st, k)
	if end <= k || end < len(toks) && toks[end].Cap {
		return nil
	}
	for _, e := range ents {
		if e.Kind == lexicon.EntryCountry && e.Country != nil {
			return e.Country
		}
	}
	return nil
}

// inCountryAfter is the country of a capital or country named in an in-phrase right after a
// generic state body's name, ending the noun phrase: "the Foreign Ministry in Addis Ababa said" —
// a state's ministry is located in its own capital, and news names the capital to say whose
// ministry it is (metonymy of the seat of government, as "Addis Ababa said"). nil otherwise.
func inCountryAfter(d *doc.Doc, st *doc.Sent, te int) *lexicon.Country {
	toks := st.Toks
	if te+1 >= len(toks) || toks[te].Lower != "in" {
		return nil
	}
	ents, end := d.MatchNames(st, te+1)
	if end <= te+1 || end < len(toks) && toks[end].Cap {
		return nil
	}
	for _, e := range ents {
		if (e.Kind == lexicon.EntryCountry || e.Kind == lexicon.EntryCapital) && e.Country != nil {
			return e.Country
		}
	}
	return nil
}

// roleOfBefore finds a person title followed by "of" and the name of an organization, a body or
// a country ending right before token c ("head of the World Health Organization", "chairman of
// the African Union Commission"): the title's tokens and the entity the of-phrase names. The
// title must open the sentence's noun phrase (after "the" or at the sentence's start), so that
// the phrase before the comma is the description alone.
func roleOfBefore(d *doc.Doc, st *doc.Sent, c int) (int, int, *lexicon.Title, *doc.Entity) {
	toks := st.Toks
	m := MentionAt(d, st, c-1)
	if m == nil || m.Te != c {
		return 0, 0, nil, nil
	}
	e := m.Ent.Final()
	if e.Kind != graph.Organization && e.Kind != graph.Government && e.Kind != graph.Country {
		return 0, 0, nil, nil
	}
	of := m.Ts - 1
	if of >= 2 && (toks[of].Lower == "'s" || toks[of].Lower == "\u2019s") {
		// "The head of Egypt's central bank, Hassan Abdalla,": a country's possessive opens the
		// body's noun phrase
		if pm := MentionAt(d, st, of-1); pm != nil && pm.Te == of && pm.Ent.Final().Kind == graph.Country {
			of = pm.Ts - 1
		}
	}
	if of >= 1 && toks[of].Lower == "the" {
		of--
	}
	if of < 1 || toks[of].Lower != "of" {
		return 0, 0, nil, nil
	}
	for s := max(0, of-3); s < of; s++ {
		ents, end := d.MatchNames(st, s)
		if end != of || !(s == 0 || toks[s-1].Lower == "the" || s >= 2 && toks[s-2].Lower == "the" && ordinalWord(toks[s-1].Lower)) {
			// "the 45th President of the United States, X": an ordinal is a postdeterminer
			// between the article and the title (Quirk et al. 1985, 5.19-5.22)
			continue
		}
		for _, le := range ents {
			if le.Kind == lexicon.EntryTitle && le.Title.Class != "honorific" {
				return s, of, le.Title, e
			}
		}
	}
	return 0, 0, nil, nil
}

// previousSubjectBody is the antecedent of a possessive "Its" that opens sentence s (token i the
// pronoun, i == 0): the first organization, government body or country of the sentence before,
// not inside a prepositional phrase — its subject. A pronoun opening a sentence continues the
// topic of the one before, which its subject names (Grosz, Joshi & Weinstein 1995, Centering:
// Computational Linguistics 21(2): the subject ranks first among the forward-looking centers): "The
// National Pork Producers Council said Mexico was its largest market. Its chief executive, X,"
// is the council's, not Mexico's. nil when i is not the sentence's first token or no such
// mention is found (the nearest-mention rule then applies).
func previousSubjectBody(d *doc.Doc, s, i int) *doc.Entity {
	if i != 0 || s == 0 || s-1 >= len(d.BySent) {
		return nil
	}
	prev := d.Sents[s-1]
	for _, mi := range d.BySent[s-1] {
		m := d.Mentions[mi]
		e := m.Ent.Final()
		if m.Ts > 0 && (text.IsPrep(prev.Toks[m.Ts-1].Lower) || prev.Toks[m.Ts-1].Lower == "the" && m.Ts > 1 && text.IsPrep(prev.Toks[m.Ts-2].Lower)) {
			continue
		}
		if e.Dropped || e.Kind == "" {
			continue
		}
		if e.Kind == graph.Organization || e.Kind == graph.Government || e.Kind == graph.Country {
			return e
		}
		return nil // a person or group heads the sentence: the pronoun's antecedent is not read here
	}
	return nil
}

// titledOfBodies reads "<Title> <Name> of [the] <body>": "Director-General Wang Qun of the
// Department of Arms Control of the Foreign Ministry will lead the delegation". The of-phrase
// after a titled name post-modifies the whole noun phrase and names the body the office is of,
// as it names the state in "Foreign Minister X of Kenya" (ofCountryAfter; Quirk et al. 1985,
// 17.37-17.40): the person is MEMBER_OF that body (rule title:of-body), when the title gave no
// body of its own. The body must be a named organization or state body that starts right after
// "of [the]" and is not a possessor ("of the ministry's …").
func titledOfBodies(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	for _, mi := range d.BySent[st.Idx] {
		m := d.Mentions[mi]
		p := m.Ent.Final()
		if p.Kind != graph.Person || m.Rule != "person:title" || m.Te+1 >= len(toks) || toks[m.Te].Lower != "of" {
			continue
		}
		k := m.Te + 1
		if toks[k].Lower == "the" && k+1 < len(toks) {
			k++
		}
		om := MentionAt(d, st, k)
		if om == nil || om.Ts != k || om.Te < len(toks) && (toks[om.Te].Lower == "'s" || toks[om.Te].Lower == "\u2019s") {
			continue
		}
		org := om.Ent.Final()
		if org.Kind != graph.Organization && org.Kind != graph.Government {
			continue
		}
		written := strings.ToLower(d.SpanText(st, m.Ts, m.Te))
		for _, r := range p.Roles {
			if r.Org != nil || r.Title == "" || !strings.HasPrefix(written, strings.ToLower(r.Title)) {
				continue
			}
			n := text.WordCount(r.Title)
			if n > m.Te-m.Ts {
				break
			}
			p.AddRole(r.Title, org)
			MemberOf(d, st, m.Ts, m.Ts+n, p, org, r.Title, "title:of-body")
			break
		}
	}
}

// spokespersonPrincipal is the body or country a spokesperson title [ms, te) speaks for when
// "for [the] X" follows it up to the comma at c: "A spokesman for the Kremlin, Dmitry Peskov,"
// is the Kremlin's, as "the Kremlin's spokesman" is (a spokesperson speaks as the representative
// of another: Merriam-Webster; the principal is the object of "for"). Other titles' for-phrases
// name a portfolio or a place ("the envoy for Sudan"): nil.
func spokespersonPrincipal(d *doc.Doc, st *doc.Sent, ms, te, c int) (*doc.Entity, *lexicon.Country) {
	toks := st.Toks
	if te >= c || toks[te].Lower != "for" {
		return nil, nil
	}
	f := strings.Fields(strings.ToLower(d.SpanText(st, ms, te)))
	if len(f) == 0 {
		return nil, nil
	}
	switch f[len(f)-1] {
	case "spokesperson", "spokesman", "spokeswoman":
	default:
		return nil, nil
	}
	m := MentionAt(d, st, c-1)
	if m == nil || m.Te != c || m.Ts <= te {
		return nil, nil
	}
	for k := te + 1; k < m.Ts; k++ {
		if toks[k].Lower != "the" && !toks[k].Cap {
			return nil, nil // "for" heads a phrase of its own before the body's name
		}
	}
	switch e := m.Ent.Final(); e.Kind {
	case graph.Organization, graph.Government:
		return e, e.Country
	case graph.Country:
		return nil, e.Country
	}
	return nil, nil
}

// labelColon reports the colon at token k of st that ends a turn's speaker label ("Official
// Spokesperson, Arun Mehra: Good afternoon."): the label is a noun phrase, so an appositive
// set before its name ends there as it would at a comma (Quirk et al. 1985, 17.65).
func labelColon(st *doc.Sent, k int) bool {
	return st.Toks[k].Text == ":" && st.Unit != nil && st.Unit.Role == discourse.Turn && !st.Unit.Speaker.Empty() &&
		st.Toks[k].Start >= st.Unit.Speaker.End && st.Toks[k].Start <= st.Unit.Speaker.End+1
}

// restatedTitle reports that an appositive's own title restates the role set before it: "the
// 45th President of the United States of America, President Donald Trump." An appositive that
// reformulates its anchor may repeat its head (Quirk et al. 1985, 17.72-17.74, appositive
// reformulation and identification); a titled name of another office after a comma is the next
// item of a list ("the President of Argentina, Vice President X, and …"), not an appositive.
func restatedTitle(own, role *lexicon.Title) bool {
	return own != nil && role != nil && strings.EqualFold(own.Title, role.Title)
}
