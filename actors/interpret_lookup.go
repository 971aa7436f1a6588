package actors

// Entity lookups and the name chunks interpret (interpret.go) builds, kept apart so that
// interpret.go stays under the house limit of ~1,000 lines; moved unchanged.

import (
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// lastOrg is the organization mentioned last before token i of sentence s.
func lastOrg(d *doc.Doc, s, i int) *doc.Entity {
	var found *doc.Entity
	EachMentionBack(d, s, i, 4, func(m *doc.Mention) bool {
		if e := m.Ent.Final(); e.Kind == graph.Organization && !e.Weak {
			found = e
			return false
		}
		return true
	})
	return found
}

// EachMentionBack calls f on the mentions before token i of sentence s, nearest first, over at most
// window sentences, until f returns false. Mentions are indexed by sentence, so coreference stays
// linear in the article's length.
func EachMentionBack(d *doc.Doc, s, i, window int, f func(*doc.Mention) bool) {
	for si := s; si >= 0 && si > s-window; si-- {
		if si >= len(d.BySent) {
			continue
		}
		ms := d.BySent[si]
		for k := len(ms) - 1; k >= 0; k-- {
			m := d.Mentions[ms[k]]
			if si == s && m.Ts >= i {
				continue
			}
			if !f(m) {
				return
			}
		}
	}
}

// personEntity is the PERSON named by tokens [ts, te) (keyed by normalized full name), or nil when
// the tokens are only title words.
func personEntity(d *doc.Doc, st *doc.Sent, ts, te int) *doc.Entity {
	ts = skipTitleWords(d, st, ts, te)
	name := d.SpanText(st, ts, te)
	if strings.TrimSpace(name) == "" {
		return nil // only title words ("DIRECTOR" in a heading in capitals): no name, no person
	}
	e := Entity(d, "person:"+graph.NormalizeName(name), graph.Person, name, "person:name")
	if e.Kind != graph.Person && e.Pending {
		e.Kind = graph.Person
	}
	if len(e.NameToks) == 0 {
		for i := ts; i < te; i++ {
			if st.Toks[i].Kind == text.Word {
				e.NameToks = append(e.NameToks, st.Toks[i].Text)
			}
		}
	}
	e.Pending = te-ts == 1
	return e
}

// usPostalCodes are the USPS two-letter codes of the states and the District of Columbia (USPS
// Publication 28, appendix B), which follow a city in datelines and place lines.
var usPostalCodes = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range strings.Fields("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY") {
		m[c] = true
	}
	return m
}()

// nameChunk classifies a chunk of capitalized words with no organization word: a person by shape
// (two to four name words) unless the sentence is a headline; a single word waits for coreference.
func nameChunk(d *doc.Doc, st *doc.Sent, ts, te int) {
	toks := st.Toks
	n := te - ts
	if usStateChunk(d, st, ts, te) {
		d.PlaceNames[graph.NormalizeName(d.SpanText(st, ts, te))] = true
		return // "of Florida and Texas", "wins R.I.": a US state is a place (actors/usstates.go)
	}
	if n == 1 {
		t := toks[ts]
		if d.Authors[graph.NormalizeName(t.Text)] || d.NonActor[t.Lower] || doc.HyphenPlace(d.Lx, t.Lower) {
			return
		}
		if a := KnownByName(d, t.Text); a != nil {
			e := knownWritten(d, a, t.Text)
			AddMention(d, st, ts, te, e, e.Rule)
			return
		}
		if a := knownByShortName(d, t.Text); a != nil {
			AddMention(d, st, ts, te, KnownEntity(d, a), "lexicon:actors")
			return
		}
		if regionNames.Has(t.Lower) {
			return // "Africa condemned …": a continent or world region is a place (actor_shortnames.go)
		}
		if attributiveDemonym(d, st, ts, te) {
			return // "our European partners": a proper adjective premodifying a noun (actors/titlealone.go)
		}
		if productModifier(st, ts) {
			return // "the HIMARS rocket launcher": the modifier names the product, no actor (actor_junk.go)
		}
		if t.AllCaps && strings.IndexFunc(t.Text, unicode.IsDigit) >= 0 || pluralAcronym(t.Text) || classAcronym(d, t.Text) || lowerHead(t.Text) || d.NonActor[strings.TrimSuffix(t.Lower, "s")] {
			return // "FY2019", "IDA-18", "MDBs": measures, programs and classes, not actors
		}
		if t.AllCaps && commonWordLabel(d, st, ts, te) && d.Phx.Lookup(t.Text) == nil {
			return // "ANSWER:", "STORY:": a label in capitals before its colon, no acronym (actors/premodifierorg.go)
		}
		if t.AllCaps && (clockTimeBefore(toks, ts) || documentSymbol(toks, te) || venueLine(d, st, ts, te)) {
			return // "09:15 IST", "SC/16021", "PERTH" alone on its line: furniture, no acronym (actor_symbols.go)
		}
		if te < len(toks) && currencySign(toks[te].Text) && !toks[te].Space {
			// "NZ$2 million", "HK$40", "A$": letters written against a currency sign name the
			// currency's issuer as part of the currency's symbol (CMOS 17th ed. 9.22, dollars of
			// other countries: C$, A$, NZ$, HK$), an amount, not an actor
			return
		}
		if ts >= 2 && toks[ts-1].Text == "," && toks[ts-2].Cap && usPostalCodes[strings.ReplaceAll(t.Text, ".", "")] {
			return // "Washington, DC", "Austin, TX": a place line, not an organization
		}
		if ts > 0 && te < len(toks) && toks[ts-1].Kind == text.Quote && toks[te].Kind == text.Quote {
			return // "this 'Troika'": a word in quotation marks alone is a term mentioned or a label, not a name used
		}
		if ofPlace(st, ts) {
			return // "the mouth of the Amazon": a water feature or settlement, no actor or short form (actor_places.go)
		}
		if capsHeadingWord(d.Lx, st, ts) || capsLine(d.Lx, st) || capsWordLine(d.Lx, d.Runes, st, ts) {
			return // "THE AMERICAN PEOPLE:" — a word of a heading in capitals, not an acronym
		}
		if ts > 0 && toks[ts-1].Lower == "the" && !t.AllCaps && lineEndsAfter(d.Runes, t) {
			return // "led the Trump / Administration": an attributive name cut from its head noun (lineEndsAfter, actor_medium.go)
		}
		if commonInitialism(d, st, ts) {
			return // "a new CEO", "this ASAP": a common word in capitals, no acronym (actors/wordnetnames.go)
		}
		e := Entity(d, "name:"+t.Lower, "", t.Text, "name:single")
		if e.Rule != "name:single" && e.Rule != "org:acronym" {
			// the word was already resolved (an acronym merged into the program or body it
			// abbreviates, "JCPOA"): a later mention is that entity's, whose kind stays
			AddMention(d, st, ts, te, e, "alias:acronym")
			return
		}
		e.Pending = true
		if t.AllCaps && acronymLetters(t.Text) <= 6 {
			e.Kind = graph.Organization
			e.Rule = "org:acronym"
		}
		AddMention(d, st, ts, te, e, e.Rule)
		return
	}
	name := d.SpanText(st, ts, te)
	if d.Authors[graph.NormalizeName(name)] {
		return
	}
	if KnownByName(d, name) == nil && dictChunk(d, st, ts, te) {
		return // "BHP Billiton": a name the Phoenix dictionaries list (actors/dictnames.go)
	}
	if openingDescriptor(d.Lx, st, ts, te) && KnownByName(d, name) == nil && !(n == 2 && d.Phx != nil && d.Phx.PersonFirstWord(graph.NormalizeName(toks[ts+1].Text))) {
		// "Carmaker Toyota welcomed …": a descriptor noun capitalized only as the sentence's
		// first word, in close apposition before the name (orgDescriptors types the name); not
		// before a lone given name ("Trader Joe's"), which names no organization by itself
		nameChunk(d, st, ts+1, te)
		return
	}
	if indefiniteOpener(st, ts, te) {
		nameChunk(d, st, ts+1, te) // "Everything Trump says": the pronoun, then the name (actors/articlename.go)
		return
	}
	if k := slashPortfolioEnd(d.Lx, st, ts, te); k > ts {
		nameChunk(d, st, k, te) // "Secretary / Foreign Affairs Maria Santos": the role's tail, then the name (actor_gluedname.go)
		return
	}
	words := n
	for i := ts; i < te; i++ {
		if nameParticles.Has(toks[i].Lower) && !toks[i].Cap {
			words-- // "José Luis de la Cruz": four name words; a surname's particles are no name word of their own (CMOS 8.5)
		}
	}
	if words > 4 || st.Headline && !speakerLineName(d, st, ts, te) {
		// long runs and headline words: only names met elsewhere (resolved in coreference)
		pe := te
		if words > 4 {
			if k := titledNameTail(d, st, ts, te); k > ts {
				pe = k // "Clark County Sheriff Joe Lombardo": the title's words, then the name (actors/titledtail.go)
			}
		}
		for i := ts; i < pe; i++ {
			if toks[i].Cap && !isStopCap(d, st, i) && d.Lx.NonActor[toks[i].Lower] == "" {
				e := Entity(d, "name:"+toks[i].Lower, "", toks[i].Text, "name:single")
				e.Pending = true
				AddMention(d, st, i, i+1, e, "name:headline")
			}
		}
		if pe < te {
			nameChunk(d, st, pe, te)
		}
		return
	}
	switch unitOrWeatherName(st, ts, te) {
	case "unit":
		// "Coastal Battalion said", "the Canal Board": a military unit, facility or board, a body,
		// whatever place words the name holds (actor_shortnames.go)
		e := Entity(d, "org:"+graph.NormalizeName(name), graph.Organization, name, "org:unit-head")
		AddMention(d, st, ts, te, e, "org:unit-head")
		return
	case "weather":
		return // "Hurricane Delphine": a storm's name, no actor (actor_shortnames.go)
	}
	for i := ts; i < te; i++ {
		if d.Lx.NonActor[toks[i].Lower] != "" || toks[i].AllCaps && len([]rune(toks[i].Text)) > 1 && !(i == te-1 && generationalSuffix(st, ts, i)) || toks[i].Kind == text.Num || innerCommonPart(toks[i].Text) && !hyphenatedGivenName(st, i) {
			if d.Lx.NonActor[toks[i].Lower] == "place" {
				// "Northern Prairie": a place by shape, or the short form of an organization named in
				// the article ("Northern Prairie Rail"), decided in coreference (orgShortForms)
				d.PlaceChunks = append(d.PlaceChunks, [3]int{st.Idx, ts, te})
			}
			return
		}
	}
	// a person by word shape; a following role noun makes it an organization ("a Goldman Sachs executive")
	if te < len(toks) {
		nl := toks[te].Lower
		if nl == "executive" || nl == "executives" || nl == "employee" || nl == "employees" || nl == "official" || nl == "officials" || nl == "spokesman" || nl == "spokeswoman" || nl == "spokesperson" {
			e := Entity(d, "org:"+graph.NormalizeName(name), graph.Organization, name, "org:role-noun")
			AddMention(d, st, ts, te, e, "org:role-noun")
			return
		}
	}
	if portfolioSecondConjunct(d, st, ts, te) {
		return // "the Ministers of Roads and Rural Development": the second portfolio (actors/officefragments.go)
	}
	if initialsOnly(st, ts, te) {
		return // "H. E. Mr. Kofi Boateng": initials alone name no one (actors/officefragments.go)
	}
	if trailingInitial(st, ts, te) {
		return // "Charles G. and David H. Koch": a run ending in an initial lacks its surname (actors/trailinginitial.go)
	}
	if notPersonName(d, st, ts, te) || documentName(d.Lx, st, ts, te) || formalStateName(d, st, te) {
		return // a heading, label, place compound, gloss, document or state's formal name (actor_junk.go)
	}
	if national, org := nationalName(d.Lx, st, ts, te); national {
		if org {
			// "European Consumer Voice": a body named with its nationality, not a person
			e := Entity(d, "org:"+graph.NormalizeName(name), graph.Organization, name, "org:national-name")
			AddMention(d, st, ts, te, e, "org:national-name")
		}
		return
	}
	allCommon := true
	for i := ts; i < te; i++ {
		allCommon = allCommon && d.Lx.Common[toks[i].Lower]
	}
	if allCommon && doc.VerbAfter(d.Lx, st, te) < 0 && !(te < len(toks) && toks[te].Text == ",") {
		return // "Medical Products", "Build Back Better": capitalized common words, not a name
	}
	if d.Lx.DemonymPlural[toks[te-1].Lower] != nil {
		return // "Ethnic Albanians", "Bosnian Serbs": a plural nationality noun heads a group of people (nationalityPlurals), never one person's name
	}
	if pluralPartyMembers(st, ts, te) {
		// "House Republicans", "Nevada Democrats": a plural party members' noun heads a group of
		// people, a GROUP, never a PERSON (actors/descriptorperson.go)
		e := Entity(d, "group:"+graph.NormalizeName(name), graph.Group, name, "group:party-members")
		AddMention(d, st, ts, te, e, "group:party-members")
		return
	}
	if personOfPhrase(d, st, ts) {
		return // "Diego Schalper of National Renewal": a person's of-phrase names no person (actor_junk.go)
	}
	if placeContext(st, ts, te) {
		d.PlaceNames[graph.NormalizeName(name)] = true
		return // "fighting near Um Rawaba", "the town of Ad Damazin" (actor_places.go)
	}
	if wordnetPlace(st, ts, te) {
		d.PlaceNames[graph.NormalizeName(name)] = true
		return // "Des Moines", "San Bernardino": WordNet knows the name only as a place's (actors/wordnetnames.go)
	}
	if cityStateRun(d, st, ts, te) {
		d.PlaceNames[graph.NormalizeName(name)] = true
		return // "San Bernardino, Calif.": a US city set off with its state (citystate.go)
	}
	if d.PlaceNames[graph.NormalizeName(name)] {
		return // the article has used this name as a place
	}
	if agentTitleWord(d.Phx, d.Lx, st, ts, te) {
		ts++ // "Treasurer Jim Chalmers": a title the titles lexicon lacks (actor_junk.go)
	}
	if definiteRun(d, st, ts, te) {
		return // "the Kelly File", "the Carolina Panthers": a personal name takes no article (actors/articlename.go)
	}
	p := personEntity(d, st, ts, te)
	if p == nil {
		return
	}
	AddMention(d, st, ts, te, p, "person:name-shape")
}

// compassPoints are the cardinal and intercardinal points as they open region names.
var compassPoints = lexicon.WordClass("compasspoints") // data/wordclasses/compasspoints.txt

// speakerLineName reports a name chunk (tokens ts..te of st) that opens the span naming the
// document's speaker on a line of its own (discourse's title:speaker furniture: the byline under
// a speakerless heading, "Antonia Reyes, Foreign Minister of Norway", or the sign-off after a
// dash, "— Anna Lipska, Minister of Foreign Affairs"). Such a line has no final period and so
// reads as a headline, whose capitals say nothing; but the line's grammar is that of a name and
// its appositive title (the byline and signature conventions: AP Stylebook, "byline"; Chicago
// Manual of Style 13.6), so its capitalized words are read as a name, as in running text.
func speakerLineName(d *doc.Doc, st *doc.Sent, ts, te int) bool {
	start, end := st.Toks[ts].Start, st.Toks[te-1].End
	for i := range d.Units {
		u := &d.Units[i]
		if u.Rule == "title:speaker" && u.Furniture && !u.Speaker.Empty() && u.Speaker.Start == start && end <= u.Speaker.End {
			return true
		}
	}
	return false
}

// eventHeads are heads of the names of sports events and festivals held at a place ("the
// Helsinki Games", "the Tokyo Olympics"; OntoNotes 5.0 named entity type EVENT): a city before
// one names where the event is held, and the name is no organization.
var eventHeads = lexicon.WordClass("eventheads") // data/wordclasses/eventheads.txt

// procedureHeads are heads of the names of procedures and negotiating formats named after a city
// ("the Berlin Process", "the Vienna Mechanism", "the Normandy Format"; WordNet 3.0 noun.act,
// noun.process and noun.cognition senses, none noun.group): a city before one names where it was
// set up, and the name is no organization (data/wordclasses/procedureheads.txt).
var procedureHeads = lexicon.WordClass("procedureheads")
