package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// nameNotPronoun reports a capitalized "He" right after the name words of u, inside the sentence:
// English writes a personal pronoun other than "I" in capitals only at the start of a sentence
// or a quotation, so "Liu He", "Vice Premier He Lifeng" keep the word as a name (He is a common
// Chinese family name; rule of English capitalization, Chicago Manual of Style 8.1).
func nameNotPronoun(st *doc.Sent, u unit, j int) bool {
	t := st.Toks[j]
	if t.Lower != "he" || t.AllCaps || u.te != j || j == 0 {
		return false
	}
	if p := st.Toks[j-1]; p.Kind != text.Word || !p.Cap {
		return false
	}
	return !SentInitial(st, j)
}

// familyHe reports a capitalized "He" opening a name: followed by a capitalized word that is no
// day, month or function word and that the article never writes in lower case ("He Lifeng, Vice
// Premier of the State Council, …"). The pronoun takes no proper noun right after it in English,
// so "He" + name is the Chinese family name He.
func familyHe(d *doc.Doc, st *doc.Sent, j int) bool {
	toks := st.Toks
	if toks[j].Lower != "he" || toks[j].AllCaps || j+1 >= len(toks) {
		return false
	}
	n := toks[j+1]
	return nameWordAt(d, st, j+1) && !d.LowerSeen[n.Lower] && !d.Lx.Common[n.Lower]
}

// nameWordAt reports a token i that can go on a personal name: a capitalized word, not all
// capitals, that is no day or month, no function word ending a name (chunkBreak), no stop word
// and no title. Shared by familyHe and reportingWordInName, whose name reading needs a name
// word after the ambiguous one.
func nameWordAt(d *doc.Doc, st *doc.Sent, i int) bool {
	n := st.Toks[i]
	return n.Kind == text.Word && n.Cap && !n.AllCaps && !text.IsDayOrMonth(n.Lower) && !chunkBreak.Has(n.Lower) && !d.Lx.Stop[n.Lower] && TitleAt(d, st, i) == nil
}

// dictNameThrough extends the name chunk u across the possessive at token j when a Phoenix
// dictionary name runs through it ("Standing Committee of the National People" + "'s Congress"):
// it returns the end of the longest such name (at most four capitalized words after the
// possessive), or j when none does.
func dictNameThrough(d *doc.Doc, st *doc.Sent, u unit, j int) int {
	if d.Phx == nil {
		return j
	}
	toks := st.Toks
	best := j
	for e := j + 2; e <= j+5 && e <= len(toks); e++ {
		if toks[e-1].Kind != text.Word || !toks[e-1].Cap || st.Ment[e-1] >= 0 {
			break
		}
		for s := u.ts; s < j; s++ {
			if len(d.Phx.Lookup(d.SpanText(st, s, e))) > 0 {
				best = e
				break
			}
		}
	}
	return best
}

// dictConnectors are the lower-case words inside multi-word organization names ("Organization
// for Security and Co-operation in Europe", "Bank for International Settlements").
var dictConnectors = lexicon.WordClass("dictconnectors") // data/wordclasses/dictconnectors.txt

// dictNameAcross extends the name chunk u across the connector at token j when a Phoenix
// dictionary name that opens where u opens runs on through connectors and capitalized words (at
// most eight tokens after j, ending on a capitalized word, no punctuation or mention on the way):
// it returns the end of the longest such name that names a body (not a person) and the body's
// kind, or j. A name the dictionary lists whole is one name, whatever connectors the shape rules
// stop at.
func dictNameAcross(d *doc.Doc, st *doc.Sent, u unit, j int) (int, graph.Kind) {
	if d.Phx == nil {
		return j, ""
	}
	toks := st.Toks
	best, kind := j, graph.Kind("")
	for e := j + 1; e <= j+8 && e <= len(toks); e++ {
		t := toks[e-1]
		if t.Kind != text.Word || st.Ment[e-1] >= 0 || !t.Cap && !dictConnectors.Has(t.Lower) {
			break
		}
		if !t.Cap {
			continue
		}
		var k graph.Kind
		for _, a := range d.Phx.Lookup(d.SpanText(st, u.ts, e)) {
			if a.Kind == graph.Person {
				k = ""
				break // bodies only: a person's name is no organization's
			}
			k = strongerKind(k, a.Kind)
		}
		if k != "" {
			best, kind = e, k
		}
	}
	return best, kind
}

// compassWord reports a compass word that forms compound proper adjectives ("North American",
// "South African", "East Asian").
func compassWord(w string) bool {
	return w == "north" || w == "south" || w == "east" || w == "west" || w == "central"
}

// titlePortfolio reads the portfolio of a title after "for" or "of" at token j: capitalized common
// English words (and a lower-case "and" between them) followed by a capitalized word that is no
// common word, the name ("Minister for Foreign Affairs Wang Yi", "Deputy Foreign Minister for
// Political Affairs Seyyed Abbas Araghchi"). It returns the end of the portfolio, or j.
func titlePortfolio(d *doc.Doc, st *doc.Sent, j int) int {
	toks := st.Toks
	k := j + 1
	for k < len(toks) && k-j <= 5 && toks[k].Kind == text.Word && (toks[k].Cap && d.Lx.Common[toks[k].Lower] || toks[k].Lower == "and" && k > j+1 || portfolioDemonym(d.Lx, toks, k)) && st.Ment[k] < 0 {
		k++
	}
	// a longer portfolio of cabinet portfolio words only (portfolios.txt "area", as
	// titleOfPortfolio reads them): "Minister for International Development Cooperation and
	// Foreign Trade Benjamin Dousa"
	for k-j > 5 && k < len(toks) && k-j <= 8 && st.Ment[k] < 0 && toks[k].Kind == text.Word && (toks[k].Cap && d.Lx.PortfolioArea[toks[k].Lower] || toks[k].Lower == "and") {
		k++
	}
	given := false // k is a given name, though a common word
	if k-2 > j && k < len(toks) && toks[k].Cap && d.Lx.PortfolioArea[toks[k-2].Lower] && !d.Lx.PortfolioArea[toks[k-1].Lower] &&
		d.Phx != nil && d.Phx.PersonFirstWord(graph.NormalizeName(toks[k-1].Text)) {
		// "Cabinet Secretary for Agriculture Peter Kamau": the portfolio's head noun ends the
		// postmodifier (Quirk et al. 1985, 17.38), and a capitalized common word after it that
		// opens personal names of the Phoenix actors dictionary ("Peter", "Grace", "Mark") is
		// the holder's given name before the surname (AP Stylebook, "titles": the title before
		// the full name), no word of the portfolio
		k--
		given = true
	}
	if k > j+1 && k < len(toks) && regionCompass(toks[k-1].Lower) && !given {
		return j // "Deputy Secretary for West Africa": a region's name, the title's complement (actors/officefragments.go)
	}
	// the name follows the portfolio, or an appositive comma does: "Cabinet Secretary for
	// Foreign and Diaspora Affairs, Amina Wanjiru"
	n := k
	if n+1 < len(toks) && toks[n].Text == "," {
		n++
	}
	if k == j+1 || toks[k-1].Lower == "and" || n >= len(toks) || toks[n].Kind != text.Word || !toks[n].Cap || d.Lx.Common[toks[n].Lower] && !given || st.Ment[n] >= 0 {
		return j
	}
	for i := j + 1; i <= k; i++ {
		if i < k && portfolioDemonym(d.Lx, toks, i) {
			continue // "European Affairs": the demonym classifies the portfolio noun, no place
		}
		if ents, _ := d.MatchNames(st, i); len(ents) > 0 {
			// a place or a known actor is no portfolio: "Minister of Foreign Affairs of New
			// Zealand Winston Peters" ("New" is a common word)
			return j
		}
	}
	return k
}

// portfolioDemonym reports token k, a capitalized demonym ("European", "African", "Arab")
// right before a capitalized portfolio noun (portfolios.txt "area"): a proper adjective that
// classifies the portfolio's head inside the title's for/of-postmodifier ("Minister for European
// Affairs Lars Haugen", "Under-Secretary for African Affairs"; classifying premodifiers, Quirk et
// al. 1985, §17.104, 7.16 on proper adjectives), a word of the title and not a nationality of the
// holder or a place.
func portfolioDemonym(lx *lexicon.Lexicons, toks []text.Token, k int) bool {
	return k+1 < len(toks) && toks[k].Kind == text.Word && toks[k].Cap && isDemonymWord(lx, toks[k].Lower) &&
		toks[k+1].Cap && lx.PortfolioArea[toks[k+1].Lower]
}

// portfolioConjuncts extends a title's portfolio that ends at k (after a portfolio word) over
// the portfolios coordinated with it: "and", "&" or a comma, then a conjunct of one to three
// capitalized words whose last is a portfolio word (portfolios.txt "area") and whose others may
// be any proper modifier ("Foreign and Diaspora Affairs", "Foreign and European Affairs",
// "Foreign Affairs and Trade", "Trade, Industry and Tourism"). A title's of/for-portfolio may be a
// coordination of portfolio nouns inside the postmodifier (Quirk et al. 1985, §13.65–13.67 on
// coordination within the noun phrase; AP Stylebook "titles"), and the title ends where the
// last conjunct ends: the name after it is the holder. A conjunct that is a name, a country or
// a title ("and Prime Minister", "and the Governor", "and Trade Minister Ebrahim Patel") is
// another person's or body's, so the portfolio stops before its "and". It returns the end of the
// portfolio, or k.
func portfolioConjuncts(d *doc.Doc, st *doc.Sent, k int) int {
	toks := st.Toks
	if k == 0 || k >= len(toks) || !d.Lx.PortfolioArea[toks[k-1].Lower] {
		return k
	}
	for k+1 < len(toks) && (toks[k].Lower == "and" || toks[k].Text == "&" || toks[k].Text == ",") {
		c := k + 1
		if toks[k].Text == "," && toks[c].Lower == "and" {
			c++ // serial comma
		}
		last := -1 // end of the longest run ending in a portfolio word
		for i := c; i < len(toks) && i-c < 3 && toks[i].Kind == text.Word && toks[i].Cap && st.Ment[i] < 0 && TitleAt(d, st, i) == nil; i++ {
			if ents, _ := d.MatchNames(st, i); len(ents) > 0 {
				break // a country or known actor: "Minister of Finance and Germany's …"
			}
			if d.Lx.PortfolioArea[toks[i].Lower] {
				last = i + 1
			}
		}
		if last < 0 || last < len(toks) && (st.Ment[last] >= 0 || TitleAt(d, st, last) != nil) {
			return k // "Minister of Finance and Trade Minister X": a second title, not a portfolio
		}
		k = last
	}
	return k
}

// titleOfPortfolio reads "of Industry and Trade" from the "of" at j after a title head
// ("Minister"): capitalized portfolio words (portfolios.txt "area", after "the" in the formal
// style "of the Interior"), "and", "&" or a comma between them, up to a capitalized word that is none (the name's first). It returns the end of the
// portfolio, or j when no name follows it.
func titleOfPortfolio(d *doc.Doc, st *doc.Sent, j int) int {
	toks := st.Toks
	k := j + 1
	if k+1 < len(toks) && toks[k].Lower == "the" && toks[k+1].Cap && d.Lx.PortfolioArea[toks[k+1].Lower] && st.Ment[k] < 0 {
		// "Minister of the Interior Janez Novak", "Minister of the Environment X": the formal
		// style keeps the definite article of the portfolio's noun phrase (Quirk et al. 1985,
		// 17.37; the Factbook's "Min. of the Interior"), as formalPortfolioTitle reads it
		k++
	}
	for k < len(toks) && k-j <= 8 && st.Ment[k] < 0 && (toks[k].Kind == text.Word && toks[k].Cap && d.Lx.PortfolioArea[toks[k].Lower] ||
		k > j+1 && (toks[k].Lower == "and" || toks[k].Text == "&" || toks[k].Text == ",")) {
		k++
	}
	if k == j+1 || !toks[k-1].Cap || k >= len(toks) || toks[k].Kind != text.Word || !toks[k].Cap || st.Ment[k] >= 0 || isStopCap(d, st, k) {
		return j
	}
	return k
}

// trailingPortfolio reads the portfolio of an office of state (titles.txt class "state") after
// "for" or "of" at token j when no name follows it: capitalized portfolio words (portfolios.txt
// "area") joined by "and", "&" or commas, ending the sentence or followed by punctuation or a
// lower-case word ("Prof. Kithure Kindiki, Cabinet Secretary for Interior and National
// Administration"; "the Minister of Lands and Housing said"). The prepositional phrase
// postmodifies the title (Quirk et al. 1985, §17.38: "Minister for Foreign Affairs" is the
// of/for-paraphrase of "Foreign Minister"), so its words are part of the title and no body's
// name. It returns the portfolio's end, or j. Only portfolio words are read: "spokesman for
// National Grid" keeps the company (a role, and "grid" names no portfolio).
func trailingPortfolio(lx *lexicon.Lexicons, st *doc.Sent, u unit, j int) int {
	toks := st.Toks
	if u.e.Title == nil || u.e.Title.Class != "state" {
		return j
	}
	k := j + 1
	for k < len(toks) && k-j <= 8 && st.Ment[k] < 0 && (toks[k].Kind == text.Word && toks[k].Cap && lx.PortfolioArea[toks[k].Lower] ||
		k > j+1 && (toks[k].Lower == "and" || toks[k].Text == "&" || toks[k].Text == ",")) {
		k++
	}
	for k > j+1 && !toks[k-1].Cap {
		k-- // a trailing "and" or comma is no part of the portfolio
	}
	if k == j+1 {
		return j
	}
	if k < len(toks) && toks[k].Kind == text.Word && toks[k].Cap {
		return j // a capitalized word goes on: a name or a longer name, read by titlePortfolio
	}
	return k
}

// headBeforeOf is the last token of a name before its first "of" ("Conference" in "Regular Press
// Conference of the Ministry of Commerce"): the head noun that says what the name names.
func headBeforeOf(st *doc.Sent, ts, te int) int {
	for k := ts + 1; k < te; k++ {
		if st.Toks[k].Lower == "of" {
			return k - 1
		}
	}
	return te - 1
}

// ofCountry is the country a name ends with after "of" ("Commerce Ministry of China", "Embassy of
// the Republic of Korea"), or nil.
func ofCountry(d *doc.Doc, st *doc.Sent, ts, te int) *lexicon.Country {
	for k := te - 1; k > ts+1; k-- {
		if st.Toks[k-1].Lower != "of" && !(st.Toks[k-1].Lower == "the" && st.Toks[k-2].Lower == "of") {
			continue
		}
		ents, end := d.MatchNames(st, k)
		if end != te {
			continue
		}
		for _, e := range ents {
			if e.Kind == lexicon.EntryCountry {
				return e.Country
			}
		}
	}
	return nil
}

// ownerBodyCountry is the country of the known body a body's name ends in after "of" ("… of the
// State Council" → China), for a chunk u naming a state body; nil otherwise.
func ownerBodyCountry(d *doc.Doc, st *doc.Sent, u *unit) *lexicon.Country {
	if u == nil || u.kind != uChunk || u.org != graph.Government {
		return nil
	}
	toks := st.Toks
	for k := u.ts + 1; k < u.te-1; k++ {
		if toks[k].Lower != "of" {
			continue
		}
		j := k + 1
		if toks[j].Lower == "the" {
			j++
		}
		ents, end := d.MatchNames(st, j)
		if end != u.te {
			continue
		}
		for _, e := range ents {
			if e.Kind == lexicon.EntryActor && e.Actor.Country != "" && e.Actor.Kind == graph.Government {
				return d.Lx.ByCode[e.Actor.Country]
			}
		}
	}
	return nil
}

// CountryRef is the country entity as the parent of a structural relation found from a modifier
// ("Israelis", "the Serbian parliament"): the country's node when the article names the country
// as an actor, else one that is emitted only if a stance relation involves it, so that a demonym
// alone adds no country node without a mention.
func CountryRef(d *doc.Doc, c *lexicon.Country) *doc.Entity {
	if e, ok := d.ByKey["country:"+c.Code]; ok {
		return e.Final()
	}
	e := Entity(d, "country:"+c.Code, graph.Country, c.Name, "lexicon:countries")
	e.Code, e.Country, e.Weak = c.Code, c, true
	return e
}

// adjectiveCountry reads a nationality before a lower-case title across at most two lower-case
// adjectives or a classifying genitive ("Nigerian junior foreign minister", "the Dutch former
// trade minister", "Chilean miners' union leader": descriptiveGenitive, Quirk et al. 1985,
// 5.123, a genitive that classifies like an adjective): the country of a demonym or country name
// ending there, not yet a mention.
func adjectiveCountry(d *doc.Doc, st *doc.Sent, ts int) *lexicon.Country {
	toks := st.Toks
	k := ts
	for adj := 0; adj < 2 && k > 0; adj++ {
		if k > 1 && descriptiveGenitive(st, k-1) {
			k -= 2 // "miners' union leader"
			continue
		}
		if toks[k-1].Kind != text.Word || toks[k-1].Cap || !d.Lx.Common[toks[k-1].Lower] || d.Lx.Stop[toks[k-1].Lower] || FiniteVerbAt(d, st, k-1) {
			break // (a finite verb ends the noun phrase before it: "Lena Aho of Finland met Foreign Minister X")
		}
		k--
	}
	for ; k <= ts; k++ {
		if k > 0 {
			if em, ok := MatchNamesEndingAt(d, st, k-1); ok {
				return em.country
			}
		}
	}
	return nil
}

// placePairName reads a name opened by places joined with hyphens ("the U.S.-EU Trade and
// Technology Council", "the China-EU Investment Committee" when the tokenizer split the pair at a
// dotted acronym): countries or known actors linked by a hyphen written without spaces, then a
// run of capitalized words (with "and", "of", "on", "for", "the" inside) that ends in an
// organization head. A bilateral modifier of this shape opens the name of a joint body; the body
// is one ORGANIZATION or GOVERNMENT node (rule org:place-pair), and no word of it becomes a node
// of its own. It returns the end of the name, or i.
func placePairName(d *doc.Doc, st *doc.Sent, i int) int {
	toks := st.Toks
	ns := i // the name's first word: "the" stays outside it
	if toks[i].Lower == "the" && i+1 < len(toks) {
		ns = i + 1
	}
	ents, e := d.MatchNames(st, ns)
	if !placeLike(ents) || !toks[ns].Cap {
		return i
	}
	pairs := 0
	for pairs < 3 && e+1 < len(toks) && (toks[e].Text == "-" || toks[e].Text == "\u2011") && !toks[e].Space && !toks[e+1].Space {
		ents2, e2 := d.MatchNames(st, e+1)
		if !placeLike(ents2) || !toks[e+1].Cap {
			break
		}
		e = e2
		pairs++
	}
	if pairs == 0 {
		return i
	}
	k, head := e, -1
	var kind graph.Kind
	for k < len(toks) && k-e < 10 && st.Ment[k] < 0 && toks[k].Kind == text.Word {
		t := toks[k]
		if t.Cap {
			if ok, found := d.Lx.OrgWords[strings.TrimSuffix(t.Lower, ".")]; found {
				head, kind = k, strongerKind(kind, ok)
			}
			k++
			continue
		}
		if (t.Lower == "and" || t.Lower == "of" || t.Lower == "on" || t.Lower == "for" || t.Lower == "the") && k > e && k+1 < len(toks) && toks[k+1].Cap {
			k++
			continue
		}
		break
	}
	if head < 0 || head != k-1 {
		return i
	}
	for s := ns; s < k; s++ {
		if st.Ment[s] >= 0 {
			return i
		}
	}
	name := d.SpanText(st, ns, k)
	en := Entity(d, "org:"+graph.NormalizeName(name), kind, name, "org:place-pair")
	AddMention(d, st, ns, k, en, "org:place-pair")
	return k
}

// placeLike reports a lexicon match naming a country, a capital or a known actor without a person.
func placeLike(ents []lexicon.Entry) bool {
	for _, e := range ents {
		if e.Kind == lexicon.EntryCountry || e.Kind == lexicon.EntryCapital || e.Kind == lexicon.EntryActor && e.Actor.Kind != graph.Person {
			return true
		}
	}
	return false
}

// countryAcronym reports whether the bracketed acronym at token ab can abbreviate the country of
// mention m: the lexicon lists it as a name of that country ("PRC" of China), or its letters
// appear in order in the words of the mention, the first letter opening it ("UAE" of "United Arab
// Emirates"). An acronym is formed from the words it abbreviates (Chicago Manual of Style 10.2).
func countryAcronym(d *doc.Doc, st *doc.Sent, ab int, m *doc.Mention) bool {
	ents, _ := d.MatchNames(st, ab)
	for _, e := range ents {
		if e.Kind == lexicon.EntryCountry && e.Country == m.Ent.Final().Country {
			return true
		}
	}
	return LettersInOrder(st.Toks[ab].Text, d.SpanText(st, m.Ts, m.Te))
}

// LettersInOrder reports whether the letters of acronym occur in order in name, its first letter
// being the name's first (case-insensitive).
func LettersInOrder(acronym, name string) bool {
	a := []rune(strings.ToLower(strings.ReplaceAll(acronym, ".", "")))
	n := []rune(strings.ToLower(name))
	if len(a) == 0 || len(n) == 0 || a[0] != n[0] {
		return false
	}
	k := 0
	for _, r := range n {
		if k < len(a) && r == a[k] {
			k++
		}
	}
	return k == len(a)
}

// acronymThroughPlace reads the name an acronym at paren+1 abbreviates when the name runs through
// a country: an organization mention, "in", "of" or "for", the country mention m right before the
// bracket ("Committee on Foreign Investment" + "in the United States" + "(CFIUS)"). When the
// initials of the capitalized words of the whole run spell the acronym, the run is one name (rule
// org:acronym-expansion): its first part is merged into it and the country keeps no mention there.
// It returns the entity of the whole name, or nil.
func acronymThroughPlace(d *doc.Doc, st *doc.Sent, m *doc.Mention, paren int) *doc.Entity {
	toks := st.Toks
	k := m.Ts
	if k > 0 && toks[k-1].Lower == "the" {
		k--
	}
	if k < 2 || (toks[k-1].Lower != "in" && toks[k-1].Lower != "of" && toks[k-1].Lower != "for") {
		return nil
	}
	om := MentionAt(d, st, k-2)
	if om == nil || om.Te != k-1 {
		return nil
	}
	oe := om.Ent.Final()
	if oe.Kind != graph.Organization && oe.Kind != graph.Government {
		return nil
	}
	var initials []rune
	for j := om.Ts; j < paren; j++ {
		if toks[j].Kind == text.Word && toks[j].Cap {
			initials = append(initials, []rune(toks[j].Text)[0])
		}
	}
	if !strings.EqualFold(string(initials), strings.ReplaceAll(toks[paren+1].Text, ".", "")) {
		return nil
	}
	name := d.SpanText(st, om.Ts, paren)
	e := Entity(d, "org:"+graph.NormalizeName(name), oe.Kind, name, "org:acronym-expansion")
	Unmention(st, om)
	Unmention(st, m)
	m.Ent = DroppedMention()
	if oe != e {
		oe.MergeInto(e)
	}
	om.Ent = DroppedMention()
	AddMention(d, st, om.Ts, paren, e, "org:acronym-expansion")
	return e
}

// eventHolder reads the body named after the "of" at token k of an event's or venue's name, up to
// te ("Regular Press Conference" + "of the Ministry of Commerce"): an organization when its words
// hold an organization head, else nil.
func eventHolder(d *doc.Doc, st *doc.Sent, k, te int, c *lexicon.Country) *doc.Entity {
	toks := st.Toks
	if k >= te || toks[k].Lower != "of" {
		return nil
	}
	s := k + 1
	if s < te && toks[s].Lower == "the" {
		s++
	}
	if s >= te || !toks[s].Cap {
		return nil
	}
	var kind graph.Kind
	for j := s; j < te; j++ {
		if ok, found := d.Lx.OrgWords[strings.TrimSuffix(toks[j].Lower, ".")]; found {
			kind = strongerKind(kind, ok)
			if kind == "" {
				kind = graph.Organization
			}
		}
	}
	if kind == "" {
		return nil
	}
	return orgChunk(d, st, s, te, kind, c, nil)
}

// partyQualifier extends a political party's name over the qualifier in parentheses after it,
// [ts, te) being the words inside: "Communist Party of Nepal (Unified Marxist-Leninist)" and
// "Communist Party of Nepal (Maoist Center)" are two parties; the bracketed qualifier is how
// parties of one stem are told apart in their registered names (as "Communist Party of India
// (Marxist)"). Only a name whose head before "of" is "party" is extended. It returns the party's
// entity, or nil (the qualifier alone is no actor).
func partyQualifier(d *doc.Doc, st *doc.Sent, ts, te int) *doc.Entity {
	toks := st.Toks
	open := ts - 1
	if toks[open].Text != "(" {
		return nil
	}
	pm := MentionAt(d, st, open-1)
	if pm == nil || pm.Te != open {
		return nil
	}
	pe := pm.Ent.Final()
	if pe.Kind != graph.Organization && pe.Kind != graph.Government {
		return nil
	}
	if h := headBeforeOf(st, pm.Ts, pm.Te); toks[h].Lower != "party" {
		return nil
	}
	name := d.SpanText(st, pm.Ts, te+1)
	e := Entity(d, "org:"+graph.NormalizeName(name), pe.Kind, name, "org:party-qualifier")
	if e.Country == nil {
		e.Country, e.Code = pe.Country, pe.Code
	}
	Unmention(st, pm)
	pm.Ent = DroppedMention()
	AddMention(d, st, pm.Ts, te+1, e, "org:party-qualifier")
	if !HasMention(d, pe) {
		pe.Dropped = true
	}
	return e
}

// meetingHeads are heads of the names of recurring meetings ("Belt and Road Forum", "G20 Summit",
// "World Health Assembly" excluded: an assembly is a body). With an ordinal before the name the
// name is one session of the meeting, an event (rule of English: bodies are not numbered by
// occurrence, sessions are — "the second Belt and Road Forum", "the 22nd St. Petersburg
// International Economic Forum").
var meetingHeads = lexicon.WordClass("meetingheads") // data/wordclasses/meetingheads.txt

// ordinalMeeting reports a name [ts, te) whose head (before a first "of" or "for") is a meeting
// noun and which an ordinal precedes.
func ordinalMeeting(st *doc.Sent, ts, te int) bool {
	toks := st.Toks
	if ts < 1 || !ordinalWord(toks[ts-1].Lower) {
		return false
	}
	h := te - 1
	for k := ts + 1; k < te; k++ {
		if toks[k].Lower == "of" || toks[k].Lower == "for" {
			h = k - 1
			break
		}
	}
	return meetingHeads.Has(toks[h].Lower)
}

// ordinalMeetingBefore reports a bracket at paren right after an ordinal meeting's name: the
// capitalized run before it (with inner "of", "for", "and", "the") is such a name.
func ordinalMeetingBefore(st *doc.Sent, paren int) bool {
	toks := st.Toks
	s := paren
	for s > 0 && paren-s < 12 && toks[s-1].Kind == text.Word && (toks[s-1].Cap || toks[s-1].Lower == "of" || toks[s-1].Lower == "for" || toks[s-1].Lower == "and") {
		s--
	}
	return s < paren && ordinalMeeting(st, s, paren)
}

// ordinalWords are the ordinal numerals first … twentieth (Quirk et al. 1985, ch. 5).
var ordinalWords = lexicon.WordClass("ordinalwords") // data/wordclasses/ordinalwords.txt

// ordinalWord reports an ordinal number in words (first … twentieth) or figures (22nd, 3rd).
func ordinalWord(w string) bool {
	if ordinalWords.Has(w) {
		return true
	}
	n := strings.TrimRight(w, "stndrh")
	return n != w && n != "" && strings.Trim(n, "0123456789") == "" && (strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th"))
}

// countryAgentAfter is the end of a capitalized plural agent noun of the Phoenix agents dictionary
// at token i, right after a country's name inside an organization's name ("… Agency for Palestine
// Refugees", "… Fund for Afghanistan Veterans"), when it ends the capitalized run; else i. The
// country's name premodifies the noun as a classifier (a compound noun, Quirk et al. 1985,
// 17.104), so the name runs on to it; a singular noun, a name or a title after the country
// ("Commission of the DPRK Kim Jong Un") still ends the name there.
func countryAgentAfter(phx *lexicon.Actors, st *doc.Sent, i int) int {
	toks := st.Toks
	if phx == nil || i >= len(toks) || toks[i].Kind != text.Word || !toks[i].Cap || st.Ment[i] >= 0 {
		return i
	}
	if i+1 < len(toks) && toks[i+1].Kind == text.Word && toks[i+1].Cap {
		return i // more capitalized words: not the run's last word
	}
	if a, ok := phx.Agent(toks[i].Lower); !ok || !a.Plural {
		return i
	}
	return i + 1
}

// coordinatedHead reads a body's name whose head noun has coordinated premodifiers separated by
// commas: "the Foreign, Commonwealth and Development Office", "the Environment, Food and Rural
// Affairs Department". u is the chunk before the comma at j, all of whose words are portfolio
// words (portfolios.txt "area"); the list goes on in runs of one to three capitalized words after
// commas, closed by "and" (a serial comma allowed) and a last run that ends in an organization
// head of orgwords.txt. Coordinated premodifiers share the head noun they modify (Quirk et al.
// 1985, 13.67, 17.114), so the whole list is one name; a list of countries or known names is a
// list of actors and is not read. It returns the end of the name and the head's kind, or j.
func coordinatedHead(d *doc.Doc, st *doc.Sent, u unit, j int) (int, graph.Kind) {
	toks := st.Toks
	for k := u.ts; k < u.te; k++ {
		if !toks[k].Cap || !d.Lx.PortfolioArea[toks[k].Lower] {
			return j, ""
		}
	}
	k := j
	for items := 0; items < 5 && k < len(toks); items++ {
		sep := toks[k].Lower
		if sep != "," && sep != "and" {
			return j, ""
		}
		k++
		if sep == "," && k < len(toks) && toks[k].Lower == "and" {
			k, sep = k+1, "and"
		}
		if ents, _ := d.MatchNames(st, k); len(ents) > 0 && ents[0].Kind != lexicon.EntryActor {
			return j, "" // "Foreign, Germany and …": a country, demonym or title ends the name
		}
		n := 0
		for k < len(toks) && n < 3 && toks[k].Kind == text.Word && toks[k].Cap && st.Ment[k] < 0 {
			k++
			n++
		}
		if n == 0 {
			return j, ""
		}
		if sep == "and" {
			kind, ok := d.Lx.OrgWords[toks[k-1].Lower]
			if !ok || kind == "" || k < len(toks) && toks[k].Kind == text.Word && toks[k].Cap {
				return j, ""
			}
			return k, kind
		}
	}
	return j, ""
}

// dashJoinedName is the end of an organization's name that an en dash at token j joins to the
// capitalized name before it, written closed up on both sides ("ISEAS–Yusof Ishak Institute",
// "US–China Business Council"): the en dash joins a compound one of whose parts is itself
// a name of several words (The Chicago Manual of Style, 17th ed., 6.80), and the whole, ending in
// an organization head (orgwords.txt), is one body's name. j when the token is no such dash, the
// name before it is no chunk ending there, or the run after it ends in no organization head.
func dashJoinedName(lx *lexicon.Lexicons, st *doc.Sent, units []unit, j int) int {
	toks := st.Toks
	last := len(units) - 1
	if j+1 >= len(toks) || toks[j].Text != "\u2013" || toks[j].Space || toks[j+1].Space || !toks[j+1].Cap ||
		last < 0 || units[last].kind != uChunk || units[last].te != j {
		return j
	}
	end := j + 1
	for end < len(toks) && toks[end].Kind == text.Word && toks[end].Cap {
		end++
	}
	if _, ok := lx.OrgWords[strings.TrimSuffix(toks[end-1].Lower, ".")]; !ok {
		return j
	}
	return end
}

// titleHasPortfolio reports a title unit whose words name a portfolio after "for" or "of"
// ("Minister for Foreign Affairs", "Cabinet Secretary for Foreign"): the postmodifier that a
// coordinated portfolio continues (portfolioConjuncts).
func titleHasPortfolio(st *doc.Sent, u unit) bool {
	for k := u.ts + 1; k < u.te-1; k++ {
		if w := st.Toks[k].Lower; w == "for" || w == "of" {
			return true
		}
	}
	return false
}

// ofPortfolioEnd reads the portfolio after the "of" at j: capitalized portfolio words
// (portfolios.txt "area") and the portfolios coordinated with them (portfolioConjuncts). It
// returns the portfolio's end, or j when no portfolio word follows.
func ofPortfolioEnd(d *doc.Doc, st *doc.Sent, j int) int {
	k := j + 1
	for k < len(st.Toks) && st.Toks[k].Kind == text.Word && st.Toks[k].Cap && d.Lx.PortfolioArea[st.Toks[k].Lower] {
		k++
	}
	if k == j+1 {
		return j
	}
	return portfolioConjuncts(d, st, k)
}

// CardinalWords are the capitalized number words that close names of things a body designates
// ("Air Force One", "Marine Two").
var CardinalWords = lexicon.WordClass("cardinalwords") // data/wordclasses/cardinalwords.txt

// numberAfterOrgHead reports token j, a capitalized cardinal number word, right after the
// organization word (orgwords.txt) that ends the chunk u: "Air Force One".
func numberAfterOrgHead(lx *lexicon.Lexicons, toks []text.Token, u unit, j int) bool {
	if j == 0 || j-1 < u.ts || !CardinalWords.Has(toks[j].Lower) || !toks[j].Cap {
		return false
	}
	_, ok := lx.OrgWords[strings.TrimSuffix(toks[j-1].Lower, ".")]
	return ok
}

// coordinatedRemitPlace reads "and <Name>" after the country that ends a body's name at i, when
// the one capitalized word after "and" names nothing the lexicons or the article know and the
// name ends there: "the Office for Kosovo and Metohija", "the Ministry for Bosnia and Krajina". A
// body's remit coordinates the places it covers as a ministry's coordinates its portfolios
// (portfolioList; Quirk et al. 1985, 13.67 on coordinated postmodifiers sharing one head), and
// the second place, cut from the name, stood as an organization of its own. A country, a known
// actor, a title or a longer capitalized run after "and" ("the Embassy of France and Germany",
// "… and Toyota Motor") is another actor. It returns the end of the remit, or i.
func coordinatedRemitPlace(d *doc.Doc, st *doc.Sent, i int) int {
	toks := st.Toks
	if i+1 >= len(toks) || toks[i].Lower != "and" {
		return i
	}
	n := toks[i+1]
	if n.Kind != text.Word || !n.Cap || n.AllCaps || st.Ment[i+1] >= 0 || TitleAt(d, st, i+1) != nil || d.Lx.Common[n.Lower] {
		return i
	}
	if ents, _ := d.MatchNames(st, i+1); len(ents) > 0 {
		return i
	}
	if i+2 < len(toks) && toks[i+2].Kind == text.Word && toks[i+2].Cap {
		return i
	}
	return i + 2
}
