package actors

import (
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// numberedInstance reports a bracketed form at token ab that is the name of the mention m before
// it followed by a number ("the 19th replenishment of IDA (IDA-19)", "IDA 19"): a numbered round,
// edition or session of what m names, not another name of it. An alias names the same thing
// (Chicago Manual of Style 10.2: an abbreviation stands for the words it shortens).
func numberedInstance(d *doc.Doc, st *doc.Sent, ab int, m *doc.Mention) bool {
	t := st.Toks[ab].Text
	if strings.IndexFunc(t, unicode.IsDigit) < 0 {
		return false
	}
	stem := strings.TrimRightFunc(t, func(r rune) bool { return unicode.IsDigit(r) || r == '-' || r == '\u2011' || r == ' ' })
	if stem == "" || stem == t {
		return false
	}
	if strings.EqualFold(stem, d.SpanText(st, m.Ts, m.Te)) {
		return true
	}
	for _, a := range AliasList(m.Ent.Final()) {
		if strings.EqualFold(stem, a) {
			return true
		}
	}
	return false
}

// acronymSpells reports whether acronym abbreviates name: its letters occur in order in the name
// from the name's first letter, and the initials of the name's capitalized words occur in order
// among its letters (an initialism, "CFIUS", or a syllabic acronym, "MOFCOM"; Chicago Manual of
// Style 10.2), as bodySpelled (coref.go) requires.
func acronymSpells(acronym, name string) bool {
	acr := strings.ReplaceAll(acronym, ".", "")
	var initials []rune
	for _, w := range strings.Fields(name) {
		if r := []rune(w); len(r) > 0 && unicode.IsUpper(r[0]) {
			initials = append(initials, r[0])
		}
	}
	return len(initials) >= 1 && LettersInOrder(acr, name) && LettersInOrder(string(initials), acr)
}

// acronymOfInnerBody is the body a bracketed acronym at token ab abbreviates when it does not
// spell the whole name of the mention m before it but spells the name after one of its "of
// (the)": "the Standing Committee of the National People's Congress (NPC)" abbreviates the
// congress, "the Political Bureau of the Central Committee of the Communist Party of China (CPC)"
// the party. The acronym belongs to that inner body (a known actor, else an organization of that
// name, rule org:acronym-expansion), not to its committee or bureau. It returns nil when the
// acronym spells the whole name or no inner name.
func acronymOfInnerBody(d *doc.Doc, st *doc.Sent, ab int, m *doc.Mention) *doc.Entity {
	toks := st.Toks
	acr := toks[ab].Text
	if acronymSpells(acr, d.SpanText(st, m.Ts, m.Te)) {
		return nil
	}
	for k := m.Ts + 1; k < m.Te-1; k++ {
		if toks[k].Lower != "of" {
			continue
		}
		s := k + 1
		if toks[s].Lower == "the" {
			s++
		}
		if s >= m.Te || !toks[s].Cap {
			continue
		}
		name := d.SpanText(st, s, m.Te)
		if !acronymSpells(acr, name) {
			continue
		}
		if a := KnownByName(d, name); a != nil {
			return KnownEntity(d, a)
		}
		if p, ok := d.Policies[graph.NormalizeName(name)]; ok {
			return p // "… of the Joint Comprehensive Plan of Action (JCPOA)": the program's acronym
		}
		kind := graph.Kind("")
		for j := s; j < m.Te; j++ {
			if ok, found := d.Lx.OrgWords[strings.TrimSuffix(toks[j].Lower, ".")]; found {
				kind = strongerKind(kind, ok)
				if kind == "" {
					kind = graph.Organization
				}
			}
		}
		if kind == "" {
			continue // no organization head: no body
		}
		e := Entity(d, "org:"+graph.NormalizeName(name), kind, name, "org:acronym-expansion")
		if outer := m.Ent.Final(); e.Country == nil && outer.Country != nil {
			e.Country, e.Code = outer.Country, outer.Code // the body a national body belongs to is of its state
		}
		return e
	}
	return nil
}

// AcronymPrefixOf reports an all-capitals first word w of an organization's name followed by a
// name of two or more words of its own ("SCO National Security Council Secretaries", "EU Chamber
// of Commerce"): the acronym names another body as a modifier (English puts a modifying noun
// before the head, Quirk et al. 17.104), so it is no short form of the longer name. A first word
// with one word after it ("ASML Holding", "HSBC Bank") stays the name's short form.
func AcronymPrefixOf(w string, name []string) bool {
	r := []rune(w)
	if len(r) < 2 || strings.ToUpper(w) != w || !unicode.IsLetter(r[0]) {
		return false
	}
	return len(name) > 2
}

// KnownAcronymModifier reports an all-capitals first word w of a two-word organization name that
// the Phoenix dictionaries list alone as an organization of their own ("ECOWAS" of "ECOWAS
// Commission", "NATO" of "NATO Summit") while the whole name is no entry of the same actor: the
// acronym names that body as a modifier of the head after it (Quirk et al. 1985, 17.104), an
// organ or meeting of it, so the bare acronym is the body itself, not the longer name's short
// form. A company-name tail after it (orgtails.txt: "ASML Holding") keeps the short form, as
// acronymPrefixOf does.
func KnownAcronymModifier(phx *lexicon.Actors, lx *lexicon.Lexicons, w string, name []string) bool {
	r := []rune(w)
	if phx == nil || len(name) != 2 || len(r) < 2 || strings.ToUpper(w) != w || !unicode.IsLetter(r[0]) {
		return false
	}
	if lx.OrgTail[strings.ToLower(name[1])] {
		return false
	}
	a := phx.Unique(w, graph.Organization)
	return a != nil && a != phx.Unique(strings.Join(name, " "), "")
}

// CommonNounAcronym reports an acronym never expanded in the article whose last letters are the
// initials of a common compound noun the article writes at least twice in lower case ("GCI" after
// "the IBRD capital increase … a capital increase": a general capital increase), the compound's
// head being no organization head and no agent noun of Phoenix.agents.txt. An acronym stands for
// the words it abbreviates (Chicago Manual of Style 10.2); when the article writes those words as
// a common noun, the acronym names a thing of that kind (a measure, a program), not a body.
func CommonNounAcronym(d *doc.Doc, acronym string) bool {
	a := []rune(strings.ToLower(strings.ReplaceAll(acronym, ".", "")))
	if len(a) < 3 || len(a) > 6 {
		return false
	}
	for _, r := range a {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	counts := map[string]int{}
	for _, st := range d.Sents {
		toks := st.Toks
		for i := 0; i+1 < len(toks); i++ {
			for n := 2; n <= 3 && n < len(a) && i+n <= len(toks); n++ {
				ok := true
				for k := 0; k < n && ok; k++ {
					t := toks[i+k]
					ok = t.Kind == text.Word && !t.Cap && len(t.Lower) > 2 && !d.Lx.Stop[t.Lower] && []rune(t.Lower)[0] == a[len(a)-n+k]
				}
				if !ok || i+n < len(toks) && toks[i+n].Kind == text.Word && !toks[i+n].Cap && !d.Lx.Stop[toks[i+n].Lower] {
					continue // the compound goes on: its head is further right
				}
				head := toks[i+n-1].Lower
				if _, org := d.Lx.OrgWords[head]; org {
					continue
				}
				if d.Phx != nil {
					if _, agent := d.Phx.Agent(head); agent {
						continue
					}
				}
				var words []string
				for k := 0; k < n; k++ {
					words = append(words, toks[i+k].Lower)
				}
				counts[strings.Join(words, " ")]++
			}
		}
	}
	for _, c := range counts {
		if c >= 2 {
			return true
		}
	}
	return false
}

// abstractUse reports a name of two or more common English words ending in an organization head
// that the article writes only without an article right after a preposition and at the end of
// its noun phrase ("promulgated under Trade Promotion Authority."): English names an institution
// whose name is a common-noun phrase with the definite article ("the Civil Aviation Authority",
// Quirk et al., A Comprehensive Grammar, 5.34; zero article only for a few unique ones, Congress,
// Parliament, Treasury, which are single words); without it the phrase is a mass or abstract use
// (a legal authority, a power), not a body.
func abstractUse(d *doc.Doc, st *doc.Sent, ts, te int) bool {
	toks := st.Toks
	if te-ts < 2 || ts == 0 || !GenericName(d.Lx, d.SpanText(st, ts, te)) {
		return false
	}
	switch toks[ts-1].Lower {
	case "under", "by", "with", "through", "without", "via":
	default:
		return false
	}
	if te < len(toks) && toks[te].Kind == text.Word {
		return false // "under Trade Promotion Authority rules": the name modifies the head after it
	}
	words := make([]string, 0, te-ts)
	for k := ts; k < te; k++ {
		words = append(words, toks[k].Lower)
	}
	for _, s2 := range d.Sents {
		for i := 1; i+len(words) <= len(s2.Toks); i++ {
			if s2.Toks[i-1].Lower != "the" && s2.Toks[i-1].Kind != text.Word {
				continue
			}
			ok := true
			for k, w := range words {
				ok = ok && s2.Toks[i+k].Lower == w
			}
			if ok && (s2.Toks[i-1].Lower == "the" || d.Lx.Definite[s2.Toks[i-1].Lower] != "") {
				return false // written with a determiner somewhere: a body
			}
		}
	}
	return true
}

// SameAdministrations merges, within the article, an administration named after its head alone
// into the one named after the head and a second holder joined by a hyphen ("the Biden
// administration" and "the Biden-Harris administration"; "the Lukashenko regime" stays apart from
// any other): English names a government's ticket head first ("Obama-Biden administration"),
// so the two names give one administration. The hyphenated name, the fuller one, stays.
func SameAdministrations(d *doc.Doc) {
	byHead := map[string][]*doc.Entity{}
	var pairs []*doc.Entity
	for _, e := range d.Ents {
		if e.Merged != nil || e.Dropped || e.Kind != graph.Government || e.Rule != "gov:administration" {
			continue
		}
		f := strings.Fields(e.Name)
		if len(f) != 2 {
			continue
		}
		head := strings.ToLower(f[1])
		mod := strings.ToLower(f[0])
		if i := strings.IndexAny(mod, "-\u2011"); i > 0 {
			pairs = append(pairs, e)
			byHead[mod[:i]+" "+head] = append(byHead[mod[:i]+" "+head], e)
			continue
		}
		byHead[mod+" "+head] = append(byHead[mod+" "+head], e)
	}
	for _, p := range pairs {
		f := strings.Fields(strings.ToLower(p.Name))
		mod := f[0][:strings.IndexAny(f[0], "-\u2011")]
		var heads []*doc.Entity
		npairs := 0
		for _, o := range byHead[mod+" "+f[1]] {
			if o == p {
				continue
			}
			if strings.ContainsAny(strings.Fields(o.Name)[0], "-\u2011") {
				npairs++ // two tickets with the same head: which one is meant is unsaid
				continue
			}
			heads = append(heads, o)
		}
		if npairs > 0 {
			continue
		}
		for _, o := range heads {
			for _, a := range o.Aliases {
				p.AddAlias(a)
			}
			o.MergeInto(p)
		}
	}
}

// policyOfTail reads the continuation of a capitalized program name after its head at token i:
// "of", "for" or "on" followed by capitalized words (with inner "and", "the", "of"): "Plan" +
// "of Action", "Treaty" + "on the Non-Proliferation of Nuclear Weapons". It returns the end of
// the continuation, or i when none follows.
func policyOfTail(d *doc.Doc, st *doc.Sent, i int) int {
	toks := st.Toks
	if i+1 >= len(toks) || toks[i].Lower != "of" && toks[i].Lower != "for" && toks[i].Lower != "on" {
		return i
	}
	j := i + 1
	if toks[j].Lower == "the" {
		j++
	}
	if j >= len(toks) || !toks[j].Cap || toks[j].Kind != text.Word || isStopCap(d, st, j) {
		return i
	}
	end := i
	for j < len(toks) {
		t := toks[j]
		if t.Kind == text.Word && t.Cap {
			j++
			end = j
			continue
		}
		if (t.Lower == "of" || t.Lower == "and" || t.Lower == "the") && j+1 < len(toks) && toks[j+1].Cap {
			j++
			continue
		}
		break
	}
	return end
}

// bodyOfProgram reports a named program (rules policy:head-noun, policy:called) mentioned from
// token k (after "of" and an optional "the"): the end of its mention, or k.
func bodyOfProgram(d *doc.Doc, st *doc.Sent, k int) int {
	if k < len(st.Toks) && st.Toks[k].Lower == "the" {
		k++
	}
	m := MentionAt(d, st, k)
	if m == nil || m.Ts != k || m.Ent.Final().Kind != graph.Policy || (m.Rule != "policy:head-noun" && m.Rule != "policy:called") {
		return k
	}
	Unmention(st, m)
	m.Ent = DroppedMention()
	return m.Te
}

// HeadShortForms merges an organization named by the part of a longer name before one of its
// "of"s into that name, when the article names one such longer body ("a Joint Commission
// meeting" after "the Joint Commission of the Joint Comprehensive Plan of Action"; "the Standing
// Committee" after "the Standing Committee of the National People's Congress"): the head part of
// a name is its short form in the same text (the definite description by the head, Quirk et al.
// 5.32). A body with a country of its own, a body implied by a title, and a state head's generic
// name ("Commerce Ministry": canonicalBodies decides those by country) are left alone.
func HeadShortForms(d *doc.Doc) {
	var longs []*doc.Entity
	for _, e := range d.Ents {
		if e.Merged == nil && !e.Dropped && (e.Kind == graph.Organization || e.Kind == graph.Government) && strings.Contains(e.Name, " of ") {
			longs = append(longs, e)
		}
	}
	if len(longs) == 0 {
		return
	}
	for _, e := range d.Ents {
		if e.Merged != nil || e.Dropped || (e.Kind != graph.Organization && e.Kind != graph.Government) || e.Country != nil ||
			e.Rule == "title:implied-body" || strings.HasPrefix(e.Rule, "lexicon:") || strings.Count(e.Name, " ") < 1 || strings.Contains(e.Name, " of ") {
			continue
		}
		if anyStateHead(strings.Fields(strings.ToLower(e.Name))) {
			continue
		}
		var found *doc.Entity
		n := 0
		for _, o := range longs {
			if o == e || o.Final() == e {
				continue
			}
			lo := strings.ToLower(o.Name)
			for i := strings.Index(lo, " of "); i > 0; {
				if lo[:i] == strings.ToLower(e.Name) {
					if found != o.Final() {
						n++
					}
					found = o.Final()
					break
				}
				j := strings.Index(lo[i+4:], " of ")
				if j < 0 {
					break
				}
				i += 4 + j
			}
		}
		if n == 1 && found != e {
			for _, a := range e.Aliases {
				found.AddAlias(a)
			}
			e.MergeInto(found)
		}
	}
}

// titlePluralHead reports a name [ts, te) of two or more words whose head (its last word before a
// first "of") is the plural of a title ("SCO National Security Council Secretaries", "G20 Finance
// Ministers"): the name denotes the holders of that office, a group of persons (English plural
// count noun head; Quirk et al. 5.73), not the body named in its modifiers. "Board of Governors"
// has the body as head and stays a body.
func titlePluralHead(lx *lexicon.Lexicons, st *doc.Sent, ts, te int) bool {
	if te-ts < 2 {
		return false
	}
	h := headBeforeOf(st, ts, te)
	w := st.Toks[h].Lower
	if !st.Toks[h].Cap || len(w) < 4 || !strings.HasSuffix(w, "s") {
		return false
	}
	if _, ok := lx.GroupHeads[w]; ok {
		return false // "Treasury Officials": the body's people, peopleHead's rule
	}
	for _, sing := range []string{strings.TrimSuffix(w, "ies") + "y", strings.TrimSuffix(w, "s")} {
		if sing != w && lx.Titles[sing] != nil {
			return true
		}
	}
	return false
}

// knownNational is the known actor (actors.txt) of the country c, or of a country possessor,
// whose name is name with the country's demonym before it or "of" the country after it ("China's
// ruling Communist Party" → Chinese Communist Party, alias Communist Party of China): the
// nationality written apart from the name names the same body. nil when none or no country.
func knownNational(d *doc.Doc, name string, c *lexicon.Country, possessor *doc.Entity) *lexicon.KnownActor {
	if c == nil && possessor != nil && possessor.Kind == graph.Country {
		c = possessor.Country
	}
	if c == nil {
		return nil
	}
	var forms []string
	for _, dm := range c.Demonyms {
		forms = append(forms, dm+" "+name)
	}
	for _, cn := range append([]string{c.Name}, c.ShortForm...) {
		forms = append(forms, name+" of "+cn)
	}
	for _, f := range forms {
		if a := KnownByName(d, f); a != nil && a.Country == c.Code {
			return a
		}
	}
	return nil
}

// AdministrationCountries gives an administration, government or regime named after its head
// ("the Trump Administration", "the Biden-Harris administration", "the Maduro regime") the
// country of the one person of the article with that family name who has one: such a name
// denotes the executive the named person heads (Merriam-Webster, "administration" 4b: "the
// executive branch of a government headed by the person named"), which is that person's state's.
// Persons of two countries with the name leave it without.
func AdministrationCountries(d *doc.Doc, ents []*doc.Entity) {
	for _, e := range ents {
		if e.Country != nil || e.Kind != graph.Government {
			continue
		}
		f := strings.Fields(e.Name)
		if len(f) != 2 {
			continue
		}
		if h := strings.ToLower(f[1]); h != "administration" && h != "government" && h != "regime" {
			continue
		}
		head := f[0]
		if i := strings.IndexAny(head, "-\u2011"); i > 0 {
			head = head[:i] // the ticket's head comes first: "Biden-Harris"
		}
		var c *lexicon.Country
		seen := false
		for _, p := range ents {
			if p.Kind != graph.Person || len(p.NameToks) == 0 || !strings.EqualFold(p.NameToks[len(p.NameToks)-1], head) {
				continue
			}
			seen = true
			if p.Country == nil {
				continue
			}
			if c != nil && c != p.Country {
				c = nil
				break
			}
			c = p.Country
		}
		if c == nil && !seen && d.Phx != nil {
			// no person of the article bears the name: the one dictionary person the Phoenix
			// dictionary names by it alone ("+MADURO" under NICOLAS_MADURO [VENGOV]), holding an
			// office on the article's date, heads it
			if a := d.Phx.Unique(head, graph.Person); a != nil && a.Kind == graph.Person && a.Country != "" && a.ActiveAt(d.C.Article.PublishedAt) {
				c = d.Lx.ByCode[a.Country]
			} else if a == nil {
				c = headInSentence(d, e, head)
				if c == nil {
					c = headInArticle(d, head)
				}
			}
		}
		if c != nil {
			e.Country = c
		}
	}
}

// headInSentence is the country of the one Phoenix person with family name head who held an
// office on the article's date and whose country the administration's own sentences name: "In
// Nicaragua, … lending to the Ortega regime" is Daniel Ortega's (NICGOV from 2007), not that of
// Jorge Urbina Ortega (CRIGOV), though the article names Costa Rica elsewhere. The nearest named
// state decides between namesakes, as a reader takes the referent from the local context (the
// topic of the sentence); nil when none or several such persons remain.
func headInSentence(d *doc.Doc, e *doc.Entity, head string) *lexicon.Country {
	named := map[string]bool{}
	for _, m := range d.Mentions {
		if m.Ent.Final() != e {
			continue
		}
		for _, o := range d.Mentions {
			if o.Sent == m.Sent && o.Ent.Final().Kind == graph.Country && o.Ent.Final().Country != nil {
				named[o.Ent.Final().Country.Code] = true
			}
		}
	}
	var c *lexicon.Country
	for _, a := range d.Phx.ByFamilyName(head, d.C.Article.PublishedAt) {
		if len(a.Dated) == 0 || !named[a.Country] {
			continue
		}
		if c != nil && c.Code != a.Country {
			return nil
		}
		c = d.Lx.ByCode[a.Country]
	}
	return c
}

// headInArticle is the country of the one Phoenix person with family name head who held an office
// on the article's date and whose country the article names, when the administration's own
// sentences name none (headInSentence): "The Modi government said it would ban the apps. India's
// opposition …" is Narendra Modi's (INDGOV from 2014-05-26), whose record lists no "+MODI" for
// the Unique lookup. It is the rule by which a bare family name becomes the dictionary person
// (dict:family, familyNameOnly): the dictionary and the article must agree on the country, and
// two such persons of different countries ("the Ortega regime" in an article naming Nicaragua
// and Costa Rica) leave nil.
func headInArticle(d *doc.Doc, head string) *lexicon.Country {
	var c *lexicon.Country
	for _, a := range d.Phx.ByFamilyName(head, d.C.Article.PublishedAt) {
		if len(a.Dated) == 0 || a.Country == "" || !NamesCountry(d, a.Country) {
			continue
		}
		if c != nil && c.Code != a.Country {
			return nil
		}
		c = d.Lx.ByCode[a.Country]
	}
	return c
}

// StoryAdministrations gives a government named after its ruling party's family (rule
// gov:administration; partyfamilies.txt: "the Liberal government", "the Labour government") that
// no person or dictionary entry tied to a state (administrationCountries) the country c of the
// story: the dateline's, when the article names no other country (soleStoryCountry). Such a
// government is a state's executive (Merriam-Webster, "government" 3: the body of persons that
// constitutes the governing authority of a political unit), and a story filed from a country
// that names no other can only mean that country's, as for its bare national bodies (issue 14:
// the dateline is a source of a body's country). The name takes the country
// (PlaceIn), so one party's governments of two states stay two nodes.
func StoryAdministrations(d *doc.Doc, ents []*doc.Entity, c *lexicon.Country) {
	if c == nil {
		return
	}
	for _, e := range ents {
		if e.Country == nil && e.Kind == graph.Government && e.Rule == "gov:administration" && !e.Dropped && e.Final() == e && partyNamed(e.Name) {
			e.PlaceIn(c)
		}
	}
}

// partyFamilies are the adjectives of party families (data/wordclasses/partyfamilies.txt).
var partyFamilies = lexicon.WordClass("partyfamilies")

// partyNamed reports an administration's name of two words whose first is a party family's
// adjective ("Liberal government"): named after its party, not after a ruler, whose state a
// dateline does not give ("the Trump administration" in a story filed from Beijing).
func partyNamed(name string) bool {
	f := strings.Fields(name)
	return len(f) == 2 && partyFamilies.Has(strings.ToLower(f[0]))
}
