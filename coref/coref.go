package coref

import (
	"slices"
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/segment"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/text"
)

// ResolveEntities merges names within the article: "Mr. Ruan" and "Ruan" → Ruan Zongze (surname, or
// family name first), "Tsinghua" → Tsinghua University, bare bodies ("Treasury") → the one body of
// that name with a country; unresolved single words become an organization when they are the
// subject of a cue or speech verb (rule name:subject) and no actor otherwise.
func ResolveEntities(d *doc.Doc) {
	orgShortForms(d)
	longSurnames(d)
	actors.ResolvePendingRoles(d)
	var persons []*doc.Entity
	for _, e := range d.Ents {
		if e.Merged == nil && e.Kind == graph.Person && len(e.NameToks) >= 2 {
			persons = append(persons, e)
		}
	}
	firstMention := map[*doc.Entity]int{}
	for i, m := range d.Mentions {
		if _, ok := firstMention[m.Ent]; !ok {
			firstMention[m.Ent] = i
		}
	}
	// nearest person (by first mention) whose name contains w as surname or given-first family name
	givenOK := false      // the short form is a subject: a given name alone may name the person
	var short *doc.Entity // the short form being resolved: its title picks among namesakes
	ambiguous := false    // two persons of the article fit the short form equally: findPerson's second result
	findPerson := func(w string, at int) *doc.Entity {
		var best *doc.Entity
		bestScore := -1 << 30
		var fits []actors.NamesakeFit
		ambiguous = false
		for _, p := range persons {
			if p.Merged != nil {
				continue
			}
			score := -1
			if strings.EqualFold(p.NameToks[len(p.NameToks)-1], w) {
				score = 2
			} else if strings.EqualFold(p.NameToks[0], w) && len(p.NameToks) == 2 {
				score = 1 // family name first: "Mr. Ruan" → Ruan Zongze
			} else if c := actors.SurnameCore(p.NameToks); c != "" && strings.EqualFold(c, w) {
				score = 2 // "Kemp" for Harold Kemp III, "Rashidi" for Ahmed al-Rashidi (actor_shortnames.go)
			} else if givenOK && actors.GivenNameOf(d.Lx, p, w, persons) {
				score = 0 // "Ingrid" for Ingrid Marrow Holt (actor_shortnames.go)
			} else if innerNameOf(p, w) && actors.InnerNameUnique(persons, w) {
				// "Lula" for Luiz Inácio Lula da Silva: Portuguese and Spanish names carry
				// several given names and surnames, and the press names a person by one of the
				// inner ones (CMOS 17th ed. 8.11, Spanish and Portuguese names); only when no
				// other person of the article has that word
				score = 0
			}
			if score < 0 {
				continue
			}
			score *= 2
			if short != nil && actors.SameTitleHeld(p, short) {
				score++ // "Vice President Park" is the Park who is Vice President (actor_shortnames.go)
			}
			// prefer the person introduced last before the mention, then the first one after it
			fm := firstMention[p]
			fits = append(fits, actors.NamesakeFit{P: p, Rank: score, Before: fm <= at})
			s := score * 1000000
			if fm <= at {
				s += fm
			} else {
				s -= fm
			}
			if s > bestScore {
				best, bestScore = p, s
			}
		}
		ambiguous = actors.NamesakesFit(fits, best)
		return best
	}
	for _, e := range d.Ents {
		if e.Merged != nil || !(e.Pending || (e.Kind == graph.Person && len(e.NameToks) == 1)) {
			continue
		}
		w := e.Name
		if len(e.NameToks) == 1 {
			w = e.NameToks[0]
		}
		// a given name alone names someone by its own use: the subject of a verb, or after a
		// title or honorific ("Prince Faisal said" for Faisal bin Farhan)
		givenOK = isSubjectAnywhere(d, e) || e.Kind == graph.Person || e.Hon
		short = e
		p := findPerson(w, firstMention[e])
		if ambiguous && p != e {
			// "Wang Yi met Wang Chao. Wang said …": the short form fits two persons equally
			// (actor_shortnames.go, namesakesFit); it names neither, and no third actor
			e.Dropped, e.Pending, e.Rule = true, false, "person:ambiguous-surname"
			continue
		}
		if p != nil && p != e {
			for _, r := range e.Roles {
				p.AddRole(r.Title, r.Org)
			}
			shared := actors.SharedFamilyName(persons, w)
			for _, a := range e.Aliases {
				if shared && strings.EqualFold(a, w) {
					continue // a surname two persons of the article bear is no alias of one (actor_shortnames.go)
				}
				p.AddAlias(a)
			}
			e.MergeInto(p)
			continue
		}
		if e.Kind == graph.Person || e.Hon {
			e.Kind = graph.Person
			e.Pending = false
			continue
		}
		if administrationNamedAfter(d, w) {
			// "the Biden administration … Biden said": an administration is named after the person
			// who heads it; the surname alone names the person, not the administration
			e.Kind, e.Pending, e.Rule = graph.Person, false, "person:administration-head"
			e.Dropped = !actors.HasMention(d, e)
			continue
		}
		if len(e.Roles) == 0 && !actors.OtherBearer(d.Ents, e, w) {
			if o := namedBodyFirstWord(d, w, e, firstMention, firstMention[e]); o != nil && !actors.OfNameHead(d, e) && !placeWordForm(d, w) {
				// "the Bakrie Group said … Bakrie has rejected": the body named first keeps
				// its word (one sense per discourse, groupshort.go), before the surname lookup
				o.AddAlias(w)
				e.MergeInto(o)
				continue
			}
		}
		if len(e.Roles) == 0 && !actors.OtherBearer(d.Ents, e, w) && isSubjectAnywhere(d, e) && actors.DictSurnameSubject(d.Phx, w, d.C.Article.PublishedAt) {
			// "Putin said": the one dictionary person of that family name in office on the
			// article's date (actor_dictsurname.go); a titled word keeps the title's evidence
			e.Kind, e.Pending, e.Rule = graph.Person, false, "person:dict-surname"
			continue
		}
		if actors.CountryNameWord(d, strings.ToLower(w)) && d.Lx.Common[strings.ToLower(w)] {
			e.Dropped = true // "United" of a "United States" split by the page layout: no short form
			continue
		}
		if actors.DemonymTail(d.Lx, w) {
			// "Korean territory", "the Korean protest": the head word of a listed demonym ("South
			// Korean") alone is a nationality adjective of more than one state, no short form of
			// an organization whose name opens with it (actor_shortnames.go)
			e.Dropped = true
			continue
		}
		if actors.CountryNameTail(d.Lx, w) {
			// "Moon said Korea would respond": the shared last word of several states' names
			// alone names no one state and no organization (actor_shortnames.go)
			e.Dropped = true
			continue
		}
		if actors.PlaceCompound(d, strings.ToLower(w)) {
			e.Dropped = true // "China-Germany": a bilateral modifier, no short form of a body it opens
			continue
		}
		if o := orgByWord(d, w, e); o != nil && !actors.OfNameHead(d, e) {
			o.AddAlias(w)
			e.MergeInto(o)
			continue
		}
		if e.Kind == graph.Organization { // acronym
			if o := bodySpelled(d, e); o != nil {
				// "MOFCOM" beside "the Ministry of Commerce": a syllabic acronym of a body named
				// in the article is that body
				o.AddAlias(e.Name)
				e.MergeInto(o)
				continue
			}
			if actors.DocumentAcronym(d, e) {
				// "under CAFTRA", "the NRTP agreement": a law's or agreement's acronym (actor_shortnames.go)
				e.Dropped, e.Pending = true, false
				continue
			}
			if actors.SchemeAcronym(d, e) {
				// "two labels, the GCL and the WTS": a scheme's or instrument's acronym in
				// apposition (actors/schemeacronym.go), no body
				e.Dropped, e.Pending = true, false
				continue
			}
			if actors.CommonNounAcronym(d, e.Name) {
				// "Supporting the GCI …" after "a capital increase": a measure, no body
				e.Dropped, e.Pending = true, false
				continue
			}
			e.Pending = false
			continue
		}
		if c := actors.PhoenixPlace(d, w); c != nil {
			// "Geneva urged calm": a place the Phoenix country records list under a country
			// (GENEVA_ under SWITZERLAND_ [CHE]) is no organization; as a subject it is coded
			// as that country, as the dictionary codes it (actor_places.go)
			e.Pending = false
			if isSubjectAnywhere(d, e) {
				ce := actors.CountryEntity(d, c)
				ce.AddAlias(w)
				e.MergeInto(ce)
				for _, m := range d.Mentions {
					if m.Ent == e {
						m.Rule = "metonymy:phoenix-place"
					}
				}
			} else {
				e.Dropped = true
			}
			continue
		}
		if a := actors.DictSingleName(d, e, w); a != nil && e.Kind == "" {
			// "sanctions on Exxon": a name the Phoenix dictionaries list, wherever it stands (actors/dictnames.go)
			e.Kind, e.Pending, e.Rule = a.Kind, false, "dict:phoenix-name"
			continue
		}
		if actors.PeoplePlural(w) && !d.Lx.Common[strings.ToLower(w)] && isSubjectAnywhere(d, e) && !pluralNounOnlyInitial(d, e) {
			// "Latinos favor Clinton": a plural noun of persons, capitalized in English as a
			// nationality's, religion's or ethnic group's is (CMOS 17th ed. 8.38; "The two
			// Presidents", a common noun capitalized as a title, is not), names a class of
			// people, a group, no organization (actors/persongroup.go)
			e.Kind, e.Rule, e.Pending = graph.Group, "group:people-plural", false
			continue
		}
		if isSubjectAnywhere(d, e) && !pluralNounOnlyInitial(d, e) && !commonWordOnlyInitial(d, e) && !actors.CommonNameWord(d, e) {
			e.Kind = graph.Organization
			e.Rule = "name:subject"
			e.Pending = false
			continue
		}
		e.Dropped = true
	}
	actors.PublisherAcronym(d) // "SCIO" on english.scio.gov.cn: the publishing state body (actor_publisheracronym.go)
	middleNameForms(d)
	actors.SameAdministrations(d)
	actors.HeadShortForms(d)
	actors.HeadTailShortForms(d, firstMention) // "the Technical Commission" after "the Permanent Joint Technical Commission for …" (actors/headtail.go)
	// bare bodies → the one body of that name with a country
	for _, e := range d.Ents {
		if e.Merged != nil || e.Rule != "title:implied-body" || e.Country != nil {
			continue
		}
		var match *doc.Entity
		n := 0
		for _, o := range d.Ents {
			if o != e && o.Merged == nil && o.Country != nil && o.Kind == graph.Government && (strings.HasPrefix(o.Name, e.Name+" (") || strings.EqualFold(o.Name, e.Name)) {
				match = o
				n++
			}
		}
		if n == 1 && sameHolder(d, e, match) && !actors.LaterForeignBody(d, e, match) {
			// not another state's body named only after it in a story filed from elsewhere
			// (actor_bodynames.go)
			match.AddAlias(e.Name)
			e.MergeInto(match)
			continue
		}
		if o := ownPortfolioBody(d, e); o != nil {
			e.MergeInto(o)
			// a state title's office is a state body, whatever head word named it
			// ("Secretariat of Foreign Affairs", read as an ORGANIZATION by its head)
			o.Kind = graph.Government
		}
	}
	// canonical person name: the fullest form seen
	for _, e := range d.Ents {
		if e.Merged != nil || e.Kind != graph.Person {
			continue
		}
		for _, a := range e.Aliases {
			if text.WordCount(a) > text.WordCount(e.Name) && isBareName(d.Lx, a) {
				e.Name = a
			}
		}
	}
	// authors are not actors
	for _, e := range d.Ents {
		if d.Authors[graph.NormalizeName(e.Final().Name)] {
			e.Final().Dropped = true
		}
	}
	actors.ParagraphBodies(d)        // a title's bare body named in its paragraph (actor_paragraph.go)
	actors.ParagraphSpokespersons(d) // "spokesperson X" after the one body of its paragraph
	actors.AcronymTitleOrgs(d)       // "ACTU Secretary X": the body the acronym names (actor_titleorg.go)
	for _, st := range d.Sents {
		actors.TitleOfBodies(d, st) // "Vice Premier of the State Council Liu He", once names are persons (actor_titlechain.go)
	}
	resolveDescriptions(d) // "the rebel group" → the group named before (coref_descriptions.go)
	markSubjects(d)
	possessiveAgents(d) // "Its leaders", "their spokesman": the antecedent's (coref_possessiveagent.go)
	ownGroupMembers(d)  // "a spokesman for X said the fighters …": X (coref_owngroup.go)
	findVoice(d)
}

// sameHolder reports whether some person holds a role at both bodies ("U.S. Treasury Secretary
// X" and later "Treasury Secretary X"): only then is the bare body the qualified one.
func sameHolder(d *doc.Doc, a, b *doc.Entity) bool {
	for _, p := range d.Ents {
		if p.Kind != graph.Person {
			continue
		}
		p = p.Final()
		hasA, hasB := false, false
		for _, r := range p.Roles {
			if r.Org != nil {
				hasA = hasA || r.Org == a
				hasB = hasB || r.Org.Final() == b
			}
		}
		if hasA && hasB {
			return true
		}
	}
	return false
}

// isBareName reports a name with no title or honorific words.
func isBareName(lx *lexicon.Lexicons, s string) bool {
	f := strings.Fields(strings.ToLower(s))
	for i := range f {
		// titles of one to three words: "president", "state councilor", "vice prime minister"
		for n := 1; n <= 3 && i+n <= len(f); n++ {
			if lx.Titles[strings.Join(f[i:i+n], " ")] != nil {
				return false
			}
		}
	}
	return true
}

// administrationNamedAfter reports an administration, government or regime of the article named
// after w ("the Trump administration", "the Trump Administration", "the Maduro regime").
func administrationNamedAfter(d *doc.Doc, w string) bool {
	lw := strings.ToLower(w)
	if strings.ContainsAny(lw, "-\u2011") {
		return false // "Biden-Harris": two heads' names, the short name of the administration itself
	}
	for _, o := range d.Ents {
		if o.Merged != nil || o.Kind != graph.Government && o.Kind != graph.Organization {
			continue
		}
		f := strings.Fields(strings.ToLower(o.Name))
		if n := len(f); n >= 2 && f[n-2] == lw && (f[n-1] == "administration" || f[n-1] == "government" || f[n-1] == "regime") {
			if n >= 3 && nationalityWord(d, strings.Fields(o.Name)[n-3]) && (d.Phx == nil || len(d.Phx.ByFamilyName(w, d.C.Article.PublishedAt)) == 0) {
				// "the Georgian Dream government", "the British Labour government": a nationality
				// before the word names a party's or movement's government; a ruler's surname
				// seldom takes a demonym ("the Macron government"), and when it does ("the
				// Kenyan Ruto government") the Phoenix dictionary knows the holder by that family
				// name on the article's date
				continue
			}
			return true
		}
	}
	return false
}

// nationalityWord reports a word that is a listed demonym or a country's name ("Georgian",
// "British", "Georgia").
func nationalityWord(d *doc.Doc, w string) bool {
	for _, e := range d.Lx.Names.Lookup([]string{strings.ToLower(w)}) {
		if e.Kind == lexicon.EntryDemonym || e.Kind == lexicon.EntryCountry {
			return true
		}
	}
	return false
}

// bodySpelled is the one organization or state body of the article whose name the acronym e
// spells: its letters occur in order in the name, from the name's first letter, and the initials
// of the name's capitalized words occur in order among them (an initialism, "CFIUS", or a
// syllabic acronym, "MOFCOM" of "Ministry of Commerce", "Interpol"-style; Chicago Manual of
// Style 10.2). A known actor (lexicon) is left out: the dictionary lists its acronyms. Several
// such bodies, or none, give nil.
func bodySpelled(d *doc.Doc, e *doc.Entity) *doc.Entity {
	acr := strings.ReplaceAll(e.Name, ".", "")
	if len([]rune(acr)) < 3 || strings.ToUpper(acr) != acr {
		return nil
	}
	var found *doc.Entity
	for _, o := range d.Ents {
		if o == e || o.Merged != nil || o.Dropped || (o.Kind != graph.Organization && o.Kind != graph.Government) || !strings.Contains(o.Name, " ") {
			continue
		}
		if strings.HasPrefix(o.Rule, "lexicon:") {
			continue // a known actor's acronyms are the dictionary's ("SCO" is no State Council)
		}
		name := o.Name
		if i := strings.Index(name, " ("); i > 0 {
			name = name[:i]
		}
		if slices.Contains(strings.Fields(name), e.Name) {
			continue // "ECOWAS" of "ECOWAS Commission": a word of the name, not its initials (orgByWord decides)
		}
		var initials []rune
		for _, w := range strings.Fields(name) {
			if r := []rune(w); unicode.IsUpper(r[0]) {
				initials = append(initials, r[0])
			}
		}
		if len(initials) < 2 || !actors.LettersInOrder(acr, name) || !actors.LettersInOrder(string(initials), acr) {
			continue
		}
		if found != nil && found != o {
			return nil
		}
		found = o
	}
	return found
}

// orgByWord finds the organization whose name starts with w or has w as an alias; a first word
// that names another body as a modifier (acronymPrefixOf, knownAcronymModifier) is no short form.
func orgByWord(d *doc.Doc, w string, not *doc.Entity) *doc.Entity {
	lw := strings.ToLower(w)
	for _, o := range d.Ents {
		if o == not || o.Merged != nil || (o.Kind != graph.Organization && o.Kind != graph.Government) {
			continue
		}
		f := strings.Fields(o.Name)
		if len(f) > 1 && strings.ToLower(f[0]) == lw && !actors.AcronymPrefixOf(w, f) && !actors.KnownAcronymModifier(d.Phx, d.Lx, w, f) {
			return o
		}
		for _, a := range o.Aliases {
			if strings.ToLower(a) == lw {
				return o
			}
		}
	}
	return nil
}

// PersonPluralEndings are the plural endings of nouns of persons ("-ers", "-ists", "-ies"),
// sorted (data/wordclasses/personplurals.txt).
var PersonPluralEndings = lexicon.WordClass("personplurals").Words()

// pluralNounOnlyInitial reports a word seen only at sentence starts that looks like a plural common
// noun ("Supporters said", "Critics argue"): a capital there is no evidence of a name.
func pluralNounOnlyInitial(d *doc.Doc, e *doc.Entity) bool {
	w := strings.ToLower(e.Name)
	plural := false
	for _, suf := range PersonPluralEndings {
		plural = plural || strings.HasSuffix(w, suf)
	}
	if !plural {
		return false
	}
	return onlyInitial(d, e)
}

// commonWordOnlyInitial reports a common English word seen capitalized only at sentence starts or
// after a determiner ("Everything is ready", "Thanks for coming"): no name.
func commonWordOnlyInitial(d *doc.Doc, e *doc.Entity) bool {
	if !d.Lx.Common[strings.ToLower(e.Name)] {
		return false
	}
	return onlyInitial(d, e)
}

// onlyInitial reports that every mention of e stands at a sentence start or after a determiner,
// the places where a common word is capitalized too (pluralNounOnlyInitial, commonWordOnlyInitial).
func onlyInitial(d *doc.Doc, e *doc.Entity) bool {
	for _, m := range d.Mentions {
		if m.Ent == e && !actors.SentInitial(d.Sents[m.Sent], m.Ts) && !(m.Ts > 0 && actors.Determiners.Has(d.Sents[m.Sent].Toks[m.Ts-1].Lower)) {
			return false
		}
	}
	return true
}

// isSubjectAnywhere reports whether some mention of e is followed by a cue or speech verb.
func isSubjectAnywhere(d *doc.Doc, e *doc.Entity) bool {
	if d.ByEnt == nil {
		d.ByEnt = map[*doc.Entity][]*doc.Mention{}
		for _, m := range d.Mentions {
			d.ByEnt[m.Ent] = append(d.ByEnt[m.Ent], m)
		}
	}
	for _, m := range d.ByEnt[e] {
		st := d.Sents[m.Sent]
		if st.Headline || m.Ts > 0 && text.IsPrep(st.Toks[m.Ts-1].Lower) {
			continue
		}
		if doc.VerbAfter(d.Lx, st, afterConjuncts(d, st, m.Te)) >= 0 {
			return true
		}
		if k := supplementaryRelativeEnd(st, m.Te); k > 0 && doc.VerbAfter(d.Lx, st, k) >= 0 {
			return true // "Zelta, which is based in Dubai, said …" (coref_apposition.go)
		}
	}
	return false
}

// afterConjuncts skips ", B, C and D" after a mention ending at i (a coordinated subject).
func afterConjuncts(d *doc.Doc, st *doc.Sent, i int) int {
	for i+1 < len(st.Toks) && (st.Toks[i].Text == "," || st.Toks[i].Lower == "and") {
		j := i + 1
		if st.Toks[i].Text == "," && j < len(st.Toks) && st.Toks[j].Lower == "and" {
			j++
		}
		m := actors.MentionAt(d, st, j)
		if m == nil {
			return i
		}
		i = m.Te
	}
	return i
}

// markSubjects flags mentions in subject position: followed by a verb, or first in the sentence.
func markSubjects(d *doc.Doc) {
	firstIn := map[int]bool{}
	for _, m := range d.Mentions {
		st := d.Sents[m.Sent]
		if doc.VerbAfter(d.Lx, st, m.Te) >= 0 {
			m.Subject = true
		} else if !firstIn[m.Sent] && (m.Ts == 0 || !actors.Locatives.Has(st.Toks[m.Ts-1].Lower)) && !(m.Te < len(st.Toks) && st.Toks[m.Te].Lower == "'s") {
			// a possessor is no subject: "Chile's central bank has fined X … it imposed"
			m.Subject = true
		}
		firstIn[m.Sent] = true
		if m.Subject {
			m.Ent.Final().SubjectN++
		}
	}
}

// findVoice sets the transcript speaker: when the first sentence (a briefing's header) names exactly
// one person, first-person pronouns outside quotations are that person's (rule coref:transcript-voice).
func findVoice(d *doc.Doc) {
	if len(d.Sents) == 0 {
		return
	}
	var p *doc.Entity
	for _, m := range d.Mentions {
		if m.Sent > 0 {
			break
		}
		if e := m.Ent.Final(); e.Kind == graph.Person {
			if p != nil && p != e {
				return
			}
			p = e
		}
	}
	if p == nil {
		p = speakers.IntroPerson(d)
	}
	if p == nil {
		p = headerBody(d)
	}
	if p == nil {
		p = speakers.HeadedReleaseBody(d) // "Press Release: The Government of X is …" (speaker_release.go)
	}
	if p == nil {
		p = speakers.LabelledVoice(d)
	}
	if p == nil {
		if k := speakers.OutletSeat(d.Lx, d.C.Article.Outlet); k != nil {
			p = actors.KnownEntity(d, k) // "Casa Rosada" as the page's outlet (speaker_outletseat.go)
		}
	}
	if p == nil {
		return
	}
	// a transcript speaks in the first person outside quotation marks
	for _, st := range d.Sents[1:] {
		for i, t := range st.Toks {
			if (t.Lower == "we" || t.Lower == "i") && !st.InQuote[i] {
				d.Voice = p
				return
			}
		}
	}
}

// headerBody returns the body a header line names as the speaker when it names no person: "Press
// Briefing by the Foreign Ministry", "Statement from the Ministry of Energy", "Background Press
// Call by Senior Administration Officials on …" (rule coref:transcript-voice). The words after
// "by"/"from" up to the next preposition are kept as an alias, so the speaking body is known by the
// header's name for it. The "by"/"from" must follow a heading noun of a text (discourse's
// headings.txt: statement, briefing, call, remarks …), whose author it names.
func headerBody(d *doc.Doc) *doc.Entity {
	st := d.Sents[0]
	toks := st.Toks
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].Lower != "by" && toks[k].Lower != "from" {
			continue
		}
		if !discourse.HeadingNounEnds(text.LowerWords(toks[:k])) {
			// "Ghana Regrets Withdrawal of Mali from ECOWAS": a from-phrase after no noun of a
			// text names a source or direction, not the document's author
			return nil
		}
		e := k + 1
		for e < len(toks) && (toks[e].Cap || toks[e].Lower == "the" && e == k+1 || toks[e].Lower == "of" || toks[e].Lower == "and") && !(toks[e].Lower != "of" && text.IsPrep(toks[e].Lower)) {
			e++
		}
		for j := k + 1; j < e; j++ {
			m := actors.MentionAt(d, st, j)
			if m == nil || !doc.ActorKind(m.Ent) {
				continue
			}
			b := m.Ent.Final()
			if b.Kind == graph.Person {
				return nil
			}
			if name := d.SpanText(st, k+1, e); !strings.HasPrefix(strings.ToLower(name), "the ") {
				b.AddAlias(name)
			}
			return b
		}
		return nil
	}
	return nil
}

// ResolvePronoun picks the antecedent of the pronoun at token i of sentence s by salience: mentions
// in this and the three previous sentences, each weighted 2 in subject position and 1 otherwise,
// halved per sentence of distance, summed per entity (after Lappin & Leass 1994, simplified).
// The speaker of the last quotation counts as a subject mention. Returns nil when nothing fits.
func ResolvePronoun(d *doc.Doc, s, i int, w string) *doc.Entity {
	cls := text.PronounClass(w)
	if cls == "" {
		return nil
	}
	st := d.Sents[s]
	if cls == "first" {
		if e := speakers.RestrictedWe(d, s, i); e != nil {
			return e // "we in this committee", "we in Parliament": the group the pronoun's phrase names
		}
		if q := segment.QuoteAt(d, s, i); q != nil {
			if innerQuoted(d, q, s, i) {
				return nil // "‘I condemn it,’" inside the quotation: another speaker's words (innerquote.go)
			}
			return speakers.FirstPerson(d, q.Speaker, w, d.Sents[q.CueSent].Unit)
		}
		if st.Question {
			return nil // a journalist asking
		}
		if e, ok := speakers.TurnVoice(d, st, w); ok {
			return e
		}
		return speakers.FirstPerson(d, d.Voice, w, nil)
	}
	score := map[*doc.Entity]float64{}
	near := map[*doc.Entity]int{} // the last sentence naming each candidate
	var order []*doc.Entity
	plural, subj := map[*doc.Entity]bool{}, map[*doc.Entity]bool{} // number and position (coref_number.go)
	var self *doc.Entity                                           // the turn's own speaker: no antecedent of his "he"/"she" (labelSelf)
	if cls == "person" && !st.InQuote[i] {
		self = speakers.LabelSelf(d, s)
	}
	// direct speech: its speaker is no "he" in it (quoteself.go), nor is anyone it names its
	// attribution's "he" (quotedeixis.go)
	qx := quoteDeixisAt(d, s, i, cls)
	weigh := func(m *doc.Mention) bool {
		e := m.Ent.Final()
		if self != nil && e == self || e == qx.speaker || qx.inside(d, m) {
			return true
		}
		// an office named without its holder ("the Kenyan foreign minister") is a person's
		// description whatever its entity (actor_offices.go): he/she may take it
		holder := cls == "person" && m.Singular && (m.Rule == "title:office" || m.Rule == "coref:intl-office")
		ptEnd := -1 // "Iran's foreign minister": the genitive's title holder (coref_possessortitle.go)
		if cls == "person" && !holder && doc.ActorKind(e) {
			ptEnd = possessorTitleEnd(d, d.Sents[m.Sent], m)
			holder = ptEnd >= 0
		}
		if !pronounFits(d.Phx, e, cls) && !holder || e.Dropped || e.Kind == "" || cls == "person" && e.Kind == graph.Group && !m.Singular || e == d.PronExclude || slices.Contains(d.PronExcludeAll, e) {
			return true
		}
		if !actors.MentionReaches(st, i, d.Sents[m.Sent], m) {
			// across a quotation's edge, into another turn, or in a turn's label ("Q: Reuters:
			// Australia says it will …", no part of what is said) (actor_salience.go)
			return true
		}
		wgt := 1.0
		if m.Subject || ptEnd >= 0 && (doc.VerbAfter(d.Lx, d.Sents[m.Sent], ptEnd) >= 0 || firstMentionOf(d, m)) {
			wgt = 2
			subj[e] = true
		}
		if e.Kind == graph.Group && !m.Singular || m.Subject && collectiveMention(d.Sents[m.Sent], m) {
			plural[e] = true
		}
		if actors.PossessorMention(d.Sents[m.Sent], m) && ptEnd < 0 {
			wgt *= 0.75 // "Kenya's High Court": a noun inside another noun phrase (coref_apposition.go)
		}
		for k := 0; k < s-m.Sent; k++ {
			wgt /= 2
		}
		if _, ok := score[e]; !ok {
			order = append(order, e)
		}
		score[e] += wgt
		if m.Sent > near[e] {
			near[e] = m.Sent
		}
		return true
	}
	actors.EachMentionBack(d, s, i, 4, weigh)
	if qs, qt, ok := qx.before(s); ok && len(order) == 0 {
		actors.EachMentionBack(d, qs, qt, 4, weigh) // a quotation longer than the window: the sentences before it
	}
	for ci := len(d.Claims) - 1; ci >= 0 && d.Claims[ci].Sent >= s-1; ci-- {
		c := d.Claims[ci]
		if c.Rule == "title:speaker" && c.Cue == "" && c.Speaker != nil && c.Speaker.Final().Rule == "title:office" {
			// an office's statement in the first person ("Statement from the President …": "I
			// directed …"): its author says "I"/"we" of itself, so its own sentences make it no
			// antecedent of "it" (deixis, Levinson 1983, 2.2.1; speaker_titleoffice.go)
			continue
		}
		if c.Sent >= s-1 && c.Sent <= s && !actors.OtherTurn(st, d.Sents[c.Sent]) && c.Speaker != nil && c.Speaker.Final() != self && pronounFits(d.Phx, c.Speaker.Final(), cls) && (cls != "person" || agreementKind(d.Phx, c.Speaker.Final()) == graph.Person || c.Singular) {
			e := c.Speaker.Final()
			if slices.Contains(d.PronExcludeAll, e) || e == qx.speaker {
				continue // the pronoun's own clause's subject (relation_bindingsubject.go), its quotation's speaker
			}
			subj[e] = true
			if e.Kind == graph.Group && !c.Singular {
				plural[e] = true
			}
			wgt := 2.0
			if c.Sent < s {
				wgt = 1
			}
			if _, ok := score[e]; !ok {
				order = append(order, e)
			}
			score[e] += wgt
			if c.Sent > near[e] {
				near[e] = c.Sent
			}
		}
	}
	if cls == "plural" {
		order = pluralAgreement(d, s, i, order, plural, subj, near)
	}
	if pg := PronounGender(w); pg != 0 {
		// "she" → a person named as female (honorific, gendered role) first, else one of unknown
		// gender or already called "she"; never one known as male. When none is near, the last
		// person named as female. Agreement is a filter, not salience (Lappin & Leass 1994): a
		// person of unknown gender named in a later sentence than every person named as male,
		// and more salient (the subject of the sentence just before, against one named two
		// sentences back: "X said … . “…,” he told reporters."), stays the antecedent of "he".
		var same, unknown []*doc.Entity
		for _, e := range order {
			switch g := GenderOf(d, e); {
			case g == pg && namedGender(d.Lx, e) == pg:
				same = append(same, e)
			case g == pg || g == 0:
				unknown = append(unknown, e) // an earlier "he" does not outrank a newer person
			}
		}
		unknown = givenNameAgree(d, pg, same, unknown) // givenname.go
		switch {
		case len(same) > 0 && len(unknown) > 0 && maxScore(score, unknown) > maxScore(score, same) && lastNamed(near, unknown) > lastNamed(near, same):
			order = append(unknown, same...)
		case len(same) > 0:
			order = same
		case len(unknown) > 0:
			order = unknown
		default:
			return notePronoun(d, genderedBack(d, s, i, pg), pg)
		}
		order = paragraphRecent(d, s, order, near) // after agreement: recency ranks only those that agree
	}
	return notePronoun(d, actors.MostSalient(order, score), PronounGender(w))
}

// maxScore is the highest salience score among es.
func maxScore(score map[*doc.Entity]float64, es []*doc.Entity) float64 {
	var m float64
	for _, e := range es {
		if score[e] > m {
			m = score[e]
		}
	}
	return m
}

// lastNamed is the last sentence naming any of es (near: each one's last sentence).
func lastNamed(near map[*doc.Entity]int, es []*doc.Entity) int {
	l := -1
	for _, e := range es {
		if n, ok := near[e]; ok && n > l {
			l = n
		}
	}
	return l
}

// PronounGender is 'f' for she/her, 'm' for he/him/his, 0 otherwise.
func PronounGender(w string) byte {
	switch {
	case shePronouns.Has(w):
		return 'f'
	case hePronouns.Has(w):
		return 'm'
	}
	return 0
}

// shePronouns and hePronouns are the feminine and masculine third-person singular pronouns
// (data/wordclasses/shepronouns.txt, hepronouns.txt).
var (
	shePronouns = lexicon.WordClass("shepronouns")
	hePronouns  = lexicon.WordClass("hepronouns")
)

// GenderOf returns 'f' or 'm' when the text tells e's gender: an honorific or gendered role word
// in its names or roles (gendered.txt), or a "she"/"he" already resolved to it; 0 otherwise.
func GenderOf(d *doc.Doc, e *doc.Entity) byte {
	e = e.Final()
	if e.Kind != graph.Person {
		return 0
	}
	if g := d.PronGender[e]; g != 0 {
		return g
	}
	return namedGender(d.Lx, e)
}

// namedGender is the gender told by an honorific or gendered role word in e's names or roles.
func namedGender(lx *lexicon.Lexicons, e *doc.Entity) byte {
	e = e.Final()
	if e.Kind != graph.Person {
		return 0
	}
	for _, a := range append(append([]string(nil), e.Aliases...), e.Name) {
		for _, w := range strings.Fields(strings.ToLower(a)) {
			if g := lx.Gendered[w]; g != 0 {
				return g
			}
		}
	}
	for _, r := range e.Roles {
		for _, w := range strings.Fields(strings.ToLower(r.Title)) {
			if g := lx.Gendered[w]; g != 0 {
				return g
			}
		}
	}
	return 0
}

// genderedBack returns the person named as of gender g (honorific, gendered role) mentioned last
// before token i of sentence s, over the last 40 sentences, or nil.
func genderedBack(d *doc.Doc, s, i int, g byte) *doc.Entity {
	var found *doc.Entity
	actors.EachMentionBack(d, s, i, 40, func(m *doc.Mention) bool {
		if e := m.Ent.Final(); e.Kind == graph.Person && !e.Dropped && namedGender(d.Lx, e) == g {
			found = e
			return false
		}
		return true
	})
	return found
}

// notePronoun records that a gendered pronoun was resolved to the person e, so that later
// pronouns know e's gender; it returns e.
func notePronoun(d *doc.Doc, e *doc.Entity, g byte) *doc.Entity {
	if e == nil || g == 0 || e.Final().Kind != graph.Person {
		return e
	}
	if d.PronGender == nil {
		d.PronGender = map[*doc.Entity]byte{}
	}
	if _, ok := d.PronGender[e.Final()]; !ok {
		d.PronGender[e.Final()] = g
	}
	return e
}

// innerNameOf reports w as an inner word of person p's name of four words or more (neither the
// first nor the last, not a lower-case particle such as "da", "de", "bin").
func innerNameOf(p *doc.Entity, w string) bool {
	if len(p.NameToks) < 4 {
		return false
	}
	for _, t := range p.NameToks[1 : len(p.NameToks)-1] {
		if strings.EqualFold(t, w) && t != strings.ToLower(t) {
			return true
		}
	}
	return false
}

// ownPortfolioBody is the body of the story's own country that a title's implied body with no
// country stands for: the one government body with a stated country, that country the story's
// (storyCountry: its dateline's, named no less than any other), whose name gives the same
// portfolio (portfolioKey: "Foreign Office" of "Foreign Secretary Alicia Barragán" and Mexico's
// "Secretariat of Foreign Affairs" are both the foreign portfolio). A title names an office of
// the holder's own state; the body titles.txt gives it is one state's name for that portfolio
// (the UK's "Foreign Office"), not that state. nil when no such body or more than one, or when a
// holder of e has another country of his own (a role at another country or its body).
func ownPortfolioBody(d *doc.Doc, e *doc.Entity) *doc.Entity {
	key := portfolioKey(e.Name)
	sc := actors.StoryCountry(d)
	if key == "" || sc == nil {
		return nil
	}
	// the holder's own country, stated otherwise, outranks the story's ("his Ethiopian
	// counterpart, Foreign Minister X" in a Nairobi story is Ethiopia's)
	for _, p := range d.Ents {
		if p.Merged != nil || p.Kind != graph.Person {
			continue
		}
		holds := false
		for _, r := range p.Roles {
			holds = holds || r.Org == e
		}
		if !holds {
			continue
		}
		if p.Country != nil && p.Country != sc {
			return nil
		}
		for _, r := range p.Roles {
			if r.Org != nil && r.Org != e && r.Org.Final().Country != nil && r.Org.Final().Country != sc {
				return nil
			}
		}
	}
	var match *doc.Entity
	for _, o := range d.Ents {
		if o == e || o.Merged != nil || o.Country != sc || o.Guessed || o.Kind != graph.Government && o.Kind != graph.Organization {
			continue
		}
		base := o.Name
		if i := strings.Index(base, " ("); i > 0 {
			base = base[:i]
		}
		if !PortfolioHolds(base, key) {
			continue
		}
		if match != nil {
			return nil
		}
		match = o
	}
	return match
}

// portfolioKey is the portfolio a state body's name gives: its words without the heads of
// executive bodies (ministry, department, office, secretariat: the names states give their
// ministries, e.g. the UK's "Office", Mexico's "Secretaría") and without "of", "the", "for",
// "affairs" ("Ministry of Foreign Affairs" → "foreign", "Foreign Office" → "foreign"); "" for a
// name with no head word or no portfolio word.
func portfolioKey(name string) string {
	var key []string
	head := false
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch w {
		case "ministry", "department", "office", "secretariat":
			head = true
		case "of", "the", "for", "affairs":
		default:
			key = append(key, w)
		}
	}
	if !head || len(key) == 0 {
		return ""
	}
	return strings.Join(key, " ")
}
