package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/graph"
)

// entity is an actor, policy or claim being built for one article.
type entity struct {
	kind    graph.Kind
	name    string // canonical
	aliases []string
	code    string // ISO3 for countries and their bodies
	// set by assignCodes (actor_codes.go):
	cameo      string // CAMEO actor code ("CHNGOV")
	localScope string // when the identity is local: "article:ID" or "holder:NAME" (actor_codes.go)
	idName     string // a generic body's canonical name, which its node ID follows (actor_bodynames.go)
	family     string // normalized family name when written first ("liu" in Liu He)
	country    *country
	rule       string
	roles      []roleRec
	merged     *entity // set when coreference merged this entity into another
	weak       bool    // emitted only when it takes part in a relation (groups, unresolved names, policies)
	keep       bool
	dropped    bool     // resolved as no actor (a place, an unknown word)
	nameToks   []string // person name tokens
	pending    bool     // a single name or honorific + name waiting for coreference
	hon        bool     // seen with an honorific (Mr., Ms.): a person
	text       string   // claim text
	direct     bool     // claim is a direct quotation
	speaker    *entity  // claim speaker
	turn       string   // claim: the discourse unit it came from ("answer:3"; see doc.turnOf)
	subjectN   int      // mentions in subject position
}

type roleRec struct {
	title string
	org   *entity
}

func (e *entity) final() *entity {
	for e.merged != nil {
		e = e.merged
	}
	return e
}

// mergeInto makes e's final entity an alias of o's. Merging through the final entities, and
// never an entity into itself, keeps the merge chains acyclic: final() must terminate whatever
// order the coreference rules fire in (an appositive and an acronym rule once closed a loop on
// "the UN/ECE [ECE] secretariat … UN/ECE [ECE] bodies").
func (e *entity) mergeInto(o *entity) {
	a, b := e.final(), o.final()
	if a != b {
		a.merged = b
	}
}

func (e *entity) nodeID() string {
	e = e.final()
	switch e.kind {
	case graph.Policy:
		return graph.PolicyID(e.name)
	case graph.ClaimKind:
		sp := ""
		if e.speaker != nil {
			sp = e.speaker.final().nodeID()
		}
		return graph.ClaimID(sp, e.text)
	}
	n := e.identity() // a generic body's canonical name (actor_bodynames.go)
	if e.localScope != "" {
		return graph.LocalActorID(n, e.localScope)
	}
	return graph.ActorID(n)
}

// identity is the name the node ID follows: a generic body's canonical name, else the name.
func (e *entity) identity() string {
	if e.idName != "" {
		return e.idName
	}
	return e.name
}

func (e *entity) emit() bool {
	e = e.final()
	return !e.dropped && e.kind != "" && (!e.weak || e.keep) && !(e.kind.IsActor() && utf8.RuneCountInString(e.name) > maxActorName)
}

// maxActorName is the longest actor name emitted, in runes: twice the longest name of the
// PETRARCH2/Phoenix actor dictionaries (101, "Centre de Recherches ET de Promotion Pour la
// Sauvegarde des Sites ET Monuments Historiques EN Afrique"). A longer capitalized run is a
// heading, a list or a text without punctuation, never a name (issue 16: a 480 kB "person").
const maxActorName = 200

func (e *entity) addAlias(s string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	for _, a := range e.aliases {
		if strings.EqualFold(a, s) {
			return
		}
	}
	e.aliases = append(e.aliases, s)
}

func (e *entity) aliasList() []string {
	out := []string{e.name}
	for _, a := range e.aliases {
		if a != e.name {
			out = append(out, a)
		}
	}
	return out
}

func (e *entity) addRole(t string, org *entity) {
	for i, r := range e.roles {
		if strings.EqualFold(r.title, t) {
			if r.org == nil {
				e.roles[i].org = org
			}
			return
		}
	}
	e.roles = append(e.roles, roleRec{title: t, org: org})
}

// mention is one occurrence of an entity: tokens [ts, te) of sentence sent.
type mention struct {
	sent, ts, te int
	ent          *entity
	rule         string
	subject      bool
	singular     bool // a group named by a singular noun: he/she may refer to it here
}

// entity returns the entity with key, creating it with kind, name and rule.
func (d *doc) entity(key string, kind graph.Kind, name, rule string) *entity {
	if e, ok := d.byKey[key]; ok {
		return e.final()
	}
	e := &entity{kind: kind, name: name, rule: rule}
	d.byKey[key] = e
	d.ents = append(d.ents, e)
	return e
}

func (d *doc) countryEntity(c *country) *entity {
	e := d.entity("country:"+c.Code, graph.Country, c.Name, "lexicon:countries")
	e.code, e.country = c.Code, c
	e.weak = false
	return e
}

func (d *doc) knownEntity(a *knownActor) *entity {
	e := d.entity("actor:"+strings.ToLower(a.Name), a.Kind, a.Name, "lexicon:actors")
	if a.Country != "" {
		e.code = a.Country
		e.country = d.lx.byCode[a.Country]
	}
	return e
}

// bodyEntity is a government body named by a title or a generic name ("Treasury", "Foreign
// Ministry"), qualified by its country when one is named: "Treasury (United States)".
func (d *doc) bodyEntity(body string, c *country) *entity {
	for _, a := range d.lx.actors {
		if c != nil && a.Country != "" && a.Country != c.Code {
			continue // "China's Commerce Department" is no US Commerce Department
		}
		if strings.EqualFold(a.Name, body) {
			return d.knownEntity(a)
		}
		for _, al := range a.Aliases {
			if strings.EqualFold(al, body) {
				return d.knownEntity(a)
			}
		}
	}
	if c == nil {
		e := d.entity("body:"+strings.ToLower(body)+":", graph.Government, body, "title:implied-body")
		return e
	}
	e := d.entity("body:"+strings.ToLower(body)+":"+c.Code, graph.Government, body+" ("+c.Name+")", "title:implied-body")
	e.code, e.country = c.Code, c
	e.addAlias(body)
	return e
}

// addMention records that tokens [ts, te) of st refer to e. Overlapping an earlier mention is refused.
func (d *doc) addMention(st *sent, ts, te int, e *entity, rule string) *mention {
	if ts >= te || e == nil {
		return nil
	}
	for i := ts; i < te; i++ {
		if st.ment[i] >= 0 {
			return nil
		}
	}
	m := &mention{sent: st.idx, ts: ts, te: te, ent: e, rule: rule}
	for i := ts; i < te; i++ {
		st.ment[i] = len(d.mentions)
	}
	d.bySent[st.idx] = append(d.bySent[st.idx], len(d.mentions))
	d.mentions = append(d.mentions, m)
	if e.kind != graph.Policy && !strings.HasPrefix(rule, "coref") {
		surface := d.spanText(st, ts, te)
		if !lowerFirst(surface) || e.kind == graph.Group {
			e.addAlias(surface)
		}
	}
	return m
}

// mentionAt returns the mention covering token i of st, or nil.
func (d *doc) mentionAt(st *sent, i int) *mention {
	if i < 0 || i >= len(st.toks) || st.ment[i] < 0 {
		return nil
	}
	return d.mentions[st.ment[i]]
}

// unit kinds of a name phrase.
type unitKind uint8

const (
	uCountry unitKind = iota + 1
	uDemonym
	uCapital
	uActor
	uTitle
	uHon
	uPoss
	uChunk
)

type unit struct {
	kind   unitKind
	ts, te int
	e      lexEntry
	org    graph.Kind // for chunks: ORGANIZATION/GOVERNMENT when an org word is in it
	tail   bool       // org comes only from a company-name tail word (orgtails.txt)
}

// locative words before a capital make it a place, not a political actor ("held in Beijing").
var locatives = map[string]bool{"in": true, "at": true, "to": true, "from": true, "near": true, "into": true,
	"outside": true, "around": true, "across": true, "within": true, "toward": true, "towards": true,
	"via": true, "through": true, "throughout": true, "inside": true, "visit": true, "visited": true,
	"visiting": true, "visits": true, "of": true, "western": true, "eastern": true, "northern": true, "southern": true, "central": true}

// locativeBefore reports a place reading of the name at i: a locative word right before it, or
// before the first of a coordination of names ("held in Moscow and Ankara").
func (d *doc) locativeBefore(st *sent, i int) bool {
	toks := st.toks
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		w := toks[k].lower
		if locatives[w] {
			return true
		}
		if w == "and" || w == "or" || w == "," || toks[k].cap {
			continue
		}
		return false
	}
	return false
}

// nameParticles may sit inside a person's name ("Hans van den Broek", "Omar al-Bashir").
var nameParticles = map[string]bool{"van": true, "von": true, "de": true, "der": true, "den": true, "da": true,
	"dos": true, "du": true, "la": true, "le": true, "bin": true, "ibn": true, "al": true, "el": true, "ben": true,
	"del": true, "della": true, "di": true, "das": true, "do": true, "des": true, "los": true, "las": true}

// orgParticles are the lower-case connectors inside Spanish, Portuguese, French, Italian and German
// organization names that English news keeps untranslated: "Unión Portuaria del Pacífico",
// "Confederación de la Producción y del Comercio", "Partido dos Trabalhadores".
var orgParticles = map[string]bool{"de": true, "del": true, "della": true, "di": true, "da": true, "do": true,
	"dos": true, "das": true, "des": true, "du": true, "la": true, "le": true, "los": true, "las": true,
	"y": true, "e": true, "et": true, "für": true, "der": true}

// chunkBreak are capitalized function words that end a name ("Xi Said", "Reyes But").
var chunkBreak = map[string]bool{"i": true, "we": true, "he": true, "she": true, "it": true, "they": true,
	"the": true, "a": true, "an": true, "and": true, "or": true, "but": true, "so": true, "said": true, "says": true,
	"no.": true, "no": true, "'ll": true, "'re": true, "'ve": true, "'d": true, "'m": true}

// isStopCap reports a capitalized word that cannot start a name here: a stop word, or a sentence-
// initial word that the article also uses in lower case ("Households", "So").
func (d *doc) isStopCap(st *sent, i int) bool {
	t := st.toks[i]
	if d.lx.stop[strings.TrimSuffix(t.lower, ".")] {
		return true
	}
	if d.sentInitial(st, i) && (d.lowerSeen[t.lower] || strings.HasSuffix(t.lower, "s") && d.lowerSeen[strings.TrimSuffix(t.lower, "s")]) && !t.allCaps && (i+1 >= len(st.toks) || !st.toks[i+1].cap) {
		return true // "Households in China": a common word opening the sentence; "North American Development Bank" goes on
	}
	return false
}

func (d *doc) sentInitial(st *sent, i int) bool {
	for j := i - 1; j >= 0; j-- {
		k := st.toks[j].kind
		if k == tkQuote || (k == tkPunct && st.toks[j].text != ",") {
			continue
		}
		return false
	}
	return true
}

// matchNames returns the longest lexicon match in d.lx.names at token i, with its end.
func (d *doc) matchNames(st *sent, i int) ([]lexEntry, int) {
	n := &d.lx.names
	var best []lexEntry
	end := i
	for j := i; j < len(st.toks); j++ {
		nx := n.next[st.toks[j].lower]
		if nx == nil {
			break
		}
		n = nx
		if len(n.entries) > 0 {
			best, end = n.entries, j+1
		}
	}
	return best, end
}

// findActors runs the actor layer over every sentence: policies first (their names contain other
// names), then name phrases, acronyms, appositives and unnamed groups.
func (d *doc) findActors() {
	for _, st := range d.sents {
		d.findPolicyNames(st)
		d.numberedPolicies(st)
	}
	for _, st := range d.sents {
		d.checkStop()
		d.markPolicyMentions(st)
		for i := 0; i < len(st.toks); {
			if st.ment[i] >= 0 {
				i++
				continue
			}
			if j := d.namePhrase(st, i); j > i {
				i = j
				continue
			}
			i++
		}
		d.acronyms(st)
		d.administrations(st)
		d.descriptiveBodies(st)
		d.orgDescriptors(st)
		d.appositives(st)
		d.preposedAppositives(st)
		d.groups(st)
		d.descriptiveAgents(st)
		d.nationalityPlurals(st)
	}
}

// findPolicyNames registers named programs (rules policy:called, policy:head-noun).
func (d *doc) findPolicyNames(st *sent) {
	toks := st.toks
	for i := 0; i < len(toks); i++ {
		l := toks[i].lower
		called := l == "called" || l == "dubbed" || l == "named" || l == "titled" ||
			(l == "as" && i > 0 && toks[i-1].lower == "known")
		if called {
			j := i + 1
			for j < len(toks) && (toks[j].kind == tkQuote || toks[j].text == ",") {
				j++
			}
			if e := d.policySpan(st, j, true); e > j {
				d.policyEntity(d.spanText(st, j, e), "policy:called")
			}
			continue
		}
		if d.lx.policyHead[l] && i > 0 && !st.headline {
			// "the Made in China 2025 industrial policy": a capitalized name, maybe one adjective, then the head.
			k := i - 1
			if !toks[k].cap && toks[k].kind == tkWord && toks[k].lower != "'s" && k > 0 {
				k--
			}
			end := k + 1
			if toks[i].cap {
				if i+1 < len(toks) && toks[i+1].cap {
					continue // "Accra Policy Institute": the name goes on
				}
				end = i + 1 // "the Clean Rivers Act": the head is part of the name
				k = i
				if e := d.policyOfTail(st, end); e > end {
					end = e // "the Joint Comprehensive Plan of Action": the name goes on after "of"
				}
			}
			s := end
			for s > 0 && (toks[s-1].cap || toks[s-1].kind == tkNum || (s-2 >= 0 && toks[s-2].cap && (toks[s-1].lower == "in" || toks[s-1].lower == "of" || toks[s-1].lower == "for" || toks[s-1].lower == "and"))) {
				s--
			}
			for s < end && (d.isStopCap(st, s) || !toks[s].cap) {
				s++
			}
			if s >= 2 && toks[s-1].lower == "on" && toks[s-2].cap {
				if _, ow := d.lx.orgWords[toks[s-2].lower]; ow {
					// "the National Advisory Council on International Monetary and Financial
					// Policies": the phrase is the remit that "on" joins to a body's name
					// (readUnits), as in "Committee on Foreign Affairs", no program of its own
					continue
				}
			}
			hasOrgWord := false
			for q := s; q < end && q < k; q++ {
				_, ow := d.lx.orgWords[toks[q].lower]
				hasOrgWord = hasOrgWord || ow
			}
			if end-s >= 2 && toks[s].cap && !d.allLexical(st, s, end) && !hasOrgWord {
				d.policyEntity(d.spanText(st, s, end), "policy:head-noun")
			}
		}
	}
}

// allLexical reports whether tokens [s, e) are all known names (countries, actors, titles): such a
// run ("U.S. trade policy") names no program.
func (d *doc) allLexical(st *sent, s, e int) bool {
	for i := s; i < e; {
		ents, end := d.matchNames(st, i)
		if len(ents) == 0 {
			return false
		}
		i = end
	}
	return true
}

// policySpan reads a program name from token i: capitalized words, numbers and inner in/of/for/and/
// the, ending before a lower-case word or punctuation. It returns the end, or i when there is none.
func (d *doc) policySpan(st *sent, i int, needCap bool) int {
	toks := st.toks
	if i >= len(toks) || (needCap && !toks[i].cap) {
		return i
	}
	j := i
	for j < len(toks) {
		t := toks[j]
		if t.cap || t.kind == tkNum {
			j++
			continue
		}
		if (t.lower == "in" || t.lower == "of" || t.lower == "for" || t.lower == "and" || t.lower == "the") && j+1 < len(toks) && (toks[j+1].cap || toks[j+1].kind == tkNum) {
			j++
			continue
		}
		break
	}
	if j-i < 2 {
		return i
	}
	return j
}

func (d *doc) policyEntity(name, rule string) *entity {
	key := graph.NormalizeName(name)
	if e, ok := d.policies[key]; ok {
		return e
	}
	e := d.entity("policy:"+key, graph.Policy, name, rule)
	d.policies[key] = e
	return e
}

// markPolicyMentions marks every occurrence of a registered program name.
func (d *doc) markPolicyMentions(st *sent) {
	if len(d.policies) == 0 {
		return
	}
	if d.policyToks == nil {
		d.policyToks = map[string][][]string{}
		for _, p := range d.policies {
			if p.rule != "policy:called" && p.rule != "policy:head-noun" && p.rule != "policy:numbered" {
				continue
			}
			toks := lexTokens(p.name)
			if len(toks) > 0 {
				d.policyToks[toks[0]] = append(d.policyToks[toks[0]], toks)
			}
		}
	}
	for i := 0; i < len(st.toks); i++ {
		if !st.toks[i].cap {
			continue
		}
		for _, seq := range d.policyToks[st.toks[i].lower] {
			if i+len(seq) > len(st.toks) {
				continue
			}
			ok := true
			for k, w := range seq {
				ok = ok && st.toks[i+k].lower == w
			}
			if ok {
				p := d.policies[graph.NormalizeName(d.spanText(st, i, i+len(seq)))]
				if p != nil && d.addMention(st, i, i+len(seq), p, p.rule) != nil {
					i += len(seq) - 1
					break
				}
			}
		}
	}
}

// namePhrase reads the name phrase starting at token i and records its mentions. It returns the
// index after the phrase, or i when no phrase starts there.
func (d *doc) namePhrase(st *sent, i int) int {
	if j := d.dateline(st, i); j > i {
		return j
	}
	if j := d.placePairName(st, i); j > i {
		return j
	}
	units := d.readUnits(st, i)
	if len(units) == 0 {
		return i
	}
	d.interpret(st, units)
	return units[len(units)-1].te
}

// dateline skips a wire dateline at the start of a paragraph's first sentence: "BRUSSELS (Reuters) -",
// "GENEVA, May 12 —", "DAKAR, Senegal (ANS) —", "ALGIERS, Feb 12 (Meridian) -", "LIMA, Peru —": the
// place where the story was filed, its region or country, the date and the agency in any order,
// ended by a dash. The place is no actor and the agency code no alias of the country before it.
// It returns the index after the dateline, or i.
func (d *doc) dateline(st *sent, i int) int {
	toks := st.toks
	if i != 0 || len(toks) < 3 || !toks[0].allCaps || st.idx > 0 && d.sents[st.idx-1].s.Paragraph == st.s.Paragraph {
		return i
	}
	j := 1
	for j < len(toks) && toks[j].allCaps && j < 3 {
		j++
	}
	region := 0 // capitalized words of a region or country ("Manitoba", "Senegal")
	for j < len(toks) && j < 16 {
		t := toks[j]
		switch {
		case t.text == "-" || t.text == "\u2014" || t.text == "\u2013":
			return j + 1
		case t.text == "(":
			k := j + 1
			for k < len(toks) && toks[k].text != ")" && k-j <= 4 {
				k++
			}
			if k >= len(toks) || toks[k].text != ")" {
				return i
			}
			j = k + 1
			continue
		case t.text == "," || t.text == "." || t.kind == tkNum:
		case t.kind == tkWord && t.cap && (isDayOrMonth(t.lower) || datelineMonth(t.lower)):
		case t.kind == tkWord && t.cap && region < 3:
			region++
		default:
			return i
		}
		j++
	}
	return i
}

// datelineMonth reports a month abbreviation of wire datelines (AP style: Jan., Feb., Aug., Sept.,
// Oct., Nov., Dec.; Reuters writes them without the period).
func datelineMonth(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// readUnits splits the phrase at i into units: lexicon matches, honorifics, possessives and chunks
// of capitalized words (with inner "of", "for", "and", "the" in organization names).
func (d *doc) readUnits(st *sent, i int) []unit {
	toks := st.toks
	var units []unit
	j := i
	inOrgTail := false // after an inner connector: every capitalized word belongs to the chunk
	for j < len(toks) {
		if st.ment[j] >= 0 {
			break
		}
		t := toks[j]
		last := len(units) - 1
		// possessive between two units: "China's Ministry of Commerce", "Tsinghua University's new X"
		if t.lower == "'s" && last >= 0 && units[last].kind == uChunk {
			if end := d.dictNameThrough(st, units[last], j); end > j {
				// "the National People's Congress": a dictionary name with a possessive inside
				units[last].te = end
				j = end
				continue
			}
		}
		if t.lower == "'s" && last >= 0 && units[last].kind != uTitle {
			k := j + 1
			adj := 0
			for k < len(toks) && adj < 2 && toks[k].kind == tkWord && !toks[k].cap && !d.lx.stop[toks[k].lower] && d.titleAt(st, k) == nil {
				k++
				adj++
			}
			if k < len(toks) && (toks[k].cap || d.titleAt(st, k) != nil) && st.ment[k] < 0 && !d.isStopCap(st, k) {
				units = append(units, unit{kind: uPoss, ts: j, te: k})
				j = k
				inOrgTail = false
				continue
			}
			break
		}
		if t.lower == "for" && last >= 0 && units[last].kind == uTitle && units[last].te == j {
			if end := d.titlePortfolio(st, j); end > j {
				// "Deputy Foreign Minister for Political Affairs Seyyed Abbas Araghchi"
				units[last].te = end
				j = end
				continue
			}
		}
		if inOrgTail && last >= 0 && units[last].kind == uChunk {
			if ents, end := d.matchNames(st, j); len(ents) > 0 && ents[0].kind == lkCountry && t.cap {
				units[last].te = end
				j = end
				break // a country ends the name: "Commission of the DPRK Kim Jong Un" stops at DPRK
			}
		}
		if !inOrgTail && !(last >= 1 && units[last].kind == uChunk && units[last-1].kind == uTitle && t.cap && d.titleAt(st, j) != nil && (j+1 >= len(toks) || !toks[j+1].cap)) {
			if ents, end := d.matchNames(st, j); len(ents) > 0 && !(last >= 0 && units[last].kind == uChunk && units[last].te == j && end-j >= 2 && ents[0].kind == lkActor) {
				// (a known multi-word name right after capitalized words is the tail of a longer
				// name: "the National Security Council" is not the UN's "Security Council")
				if u, ok := d.lexUnit(st, j, end, ents, len(units) > 0); ok {
					units = append(units, u)
					j = end
					continue
				}
			}
		}
		if t.kind == tkWord && t.cap && !lowerTail(t.text) && !lowerHead(t.text) {
			if len(units) > 0 && units[last].kind == uChunk && (isDayOrMonth(t.lower) || chunkBreak[t.lower]) && !d.nameNotPronoun(st, units[last], j) {
				break // "President Donald Trump Saturday": a day, month or function word ends the name
			}
			if len(units) == 0 || units[last].kind != uChunk {
				if d.isStopCap(st, j) && !(len(units) > 0 && units[last].kind == uTitle) && !d.familyHe(st, j) && !d.nameOpener(st, j) {
					break
				}
				units = append(units, unit{kind: uChunk, ts: j, te: j + 1})
			} else {
				units[last].te = j + 1
			}
			if k, ok := d.lx.orgWords[strings.TrimSuffix(t.lower, ".")]; ok {
				units[len(units)-1].org = strongerKind(units[len(units)-1].org, k)
				if k == graph.Organization && t.lower == "office" {
					units[len(units)-1].org = strongerKind(units[len(units)-1].org, graph.Government)
				}
			}
			j++
			continue
		}
		// "Ministry of Trade, Industry and Fisheries": a portfolio list inside a body's name
		if t.text == "," && inOrgTail && last >= 0 && units[last].kind == uChunk && units[last].org != "" {
			if end := d.portfolioList(st, j); end > j {
				units[last].te = end
				j = end
				continue
			}
		}
		// inner connectors of organization names and name particles of persons
		nx := j + 1
		if nx < len(toks) && toks[nx].lower == "the" && (t.lower == "of" || t.lower == "for") {
			nx++ // "Department of the Treasury"
		}
		if nameParticles[t.lower] || orgParticles[t.lower] {
			// "von der Leyen", "de la Producción": look past a run of particles for the capital
			for nx < len(toks) && nx-j < 3 && (nameParticles[toks[nx].lower] || orgParticles[toks[nx].lower]) && !toks[nx].cap {
				nx++
			}
		}
		if t.lower == "of" && last >= 0 && units[last].kind == uChunk && units[last].org != "" {
			if end := d.bodyOfProgram(st, nx); end > nx {
				// "the Joint Commission of the Joint Comprehensive Plan of Action": a body named
				// after the treaty or program it serves; the program's name is part of its name
				units[last].te = end
				j = end
				inOrgTail = true
				continue
			}
		}
		if last >= 0 && units[last].kind == uChunk && nx < len(toks) && toks[nx].cap && st.ment[nx] < 0 {
			if (t.lower == "of" || t.lower == "for" || t.lower == "&" || t.lower == "on" && !isDayOrMonth(toks[nx].lower) && toks[nx].lower != "may" && d.lx.nonActor[toks[j-1].lower] == "") && units[last].org != "" {
				// "on" joins a committee's remit: "Committee on Foreign Affairs", "Council on
				// Foreign Relations" (not a date: "the Senate on Tuesday")
				units[last].te = j + 1
				inOrgTail = true
				j++
				continue
			}
			if (t.lower == "the") && inOrgTail {
				units[last].te = j + 1
				j++
				continue
			}
			if t.lower == "and" && inOrgTail && j-units[last].ts < 7 && d.titleAt(st, j+1) == nil {
				units[last].te = j + 1
				j++
				continue
			}
			if nameParticles[t.lower] && units[last].org == "" || orgParticles[t.lower] && units[last].org != "" {
				units[last].te = j + 1
				j++
				continue
			}
			if !inOrgTail && d.orgConnector(st, units, j) {
				units[last].te = j + 1
				j++
				continue
			}
		}
		break
	}
	// a trailing connector or possessive is not part of the phrase
	for len(units) > 0 {
		u := &units[len(units)-1]
		if u.kind == uPoss {
			units = units[:len(units)-1]
			continue
		}
		for u.te > u.ts && (toks[u.te-1].lower == "of" || toks[u.te-1].lower == "for" || toks[u.te-1].lower == "and" || toks[u.te-1].lower == "the") {
			u.te--
		}
		if u.kind == uTitle && !toks[u.ts].cap && len(units) == 1 {
			units = units[:0] // a lower-case title alone: "the minister" is coreference, not a name
		}
		break
	}
	d.markOrgTails(st, units)
	return units
}

// portfolioList reads ", Industry and Fisheries" from the comma at j: comma-separated runs of one
// to three capitalized words closed by "and" and a last run, followed by no further capitalized
// word. It returns the end of the list, or -1. Government bodies list their portfolios this way
// ("Department of Health, Education and Welfare"); a list of separate names would need the
// portfolios' body word before it, which the caller checks.
func (d *doc) portfolioList(st *sent, j int) int {
	toks := st.toks
	k := j
	for items := 0; items < 5; items++ {
		sep := toks[k].lower
		if sep != "," && sep != "and" {
			return -1
		}
		k++
		if sep == "," && k < len(toks) && toks[k].lower == "and" {
			k++ // serial comma
			sep = "and"
		}
		if sep == "and" && k < len(toks) && toks[k].lower == "the" {
			k++ // "Department of Fisheries, Oceans and the Coast Guard"
		}
		if ents, _ := d.matchNames(st, k); len(ents) > 0 {
			return -1 // "the Ministry of Finance, Germany and France": separate actors
		}
		n := 0
		for k < len(toks) && n < 3 && toks[k].kind == tkWord && toks[k].cap && st.ment[k] < 0 && d.titleAt(st, k) == nil {
			k++
			n++
		}
		if n == 0 {
			return -1
		}
		if sep == "and" {
			if k < len(toks) && toks[k].kind == tkWord && toks[k].cap {
				return -1
			}
			return k
		}
		if k >= len(toks) {
			return -1
		}
	}
	return -1
}

// lowerTail reports a hyphenated word whose last part is lower case ("Brabant-based", "U.S.-led"):
// an adjective, not a name.
func lowerTail(s string) bool {
	i := strings.LastIndexAny(s, "-\u2011")
	if i < 0 || i+1 >= len(s) {
		return false
	}
	r := []rune(s[i+1:])
	return len(r) > 0 && unicode.IsLower(r[0])
}

func strongerKind(a, b graph.Kind) graph.Kind {
	if a == graph.Government || b == graph.Government {
		return graph.Government
	}
	if b != "" {
		return b
	}
	return a
}

// titleAt returns the person title matched at token i (lower or upper case), or nil.
func (d *doc) titleAt(st *sent, i int) *title {
	ents, _ := d.matchNames(st, i)
	for _, e := range ents {
		if e.kind == lkTitle {
			return e.title
		}
	}
	return nil
}

// lexUnit turns a lexicon match [j, end) into a unit, enforcing capitalization: names must be
// capitalized (or all caps); titles may be lower case only inside a phrase ("Dutch trade minister").
func (d *doc) lexUnit(st *sent, j, end int, ents []lexEntry, inPhrase bool) (unit, bool) {
	first := st.toks[j]
	if first.lower == "the" && j+1 < end {
		first = st.toks[j+1]
	}
	var pick *lexEntry
	for k := range ents {
		e := &ents[k]
		if e.caps && !first.allCaps {
			continue // "Un" is no UN
		}
		switch e.kind {
		case lkCountry, lkActor, lkCapital, lkDemonym:
			if first.cap && (pick == nil || pick.kind == lkTitle) {
				pick = e
			}
		case lkTitle:
			if pick == nil {
				pick = e
			}
		}
	}
	if pick == nil {
		return unit{}, false
	}
	u := unit{ts: j, te: end, e: *pick}
	if st.toks[j].lower == "the" && end > j+1 {
		u.ts = j + 1 // the mention is the name; "the" stays outside it
	}
	switch pick.kind {
	case lkCountry:
		u.kind = uCountry
	case lkDemonym:
		u.kind = uDemonym
	case lkCapital:
		u.kind = uCapital
	case lkActor:
		u.kind = uActor
	case lkTitle:
		u.kind = uTitle
		if pick.title.Class == "honorific" {
			u.kind = uHon
			if !first.cap {
				return unit{}, false
			}
		}
		if !first.cap {
			// a lower-case title continues a phrase only when a name or title follows it
			if end >= len(st.toks) || !(st.toks[end].cap || d.titleAt(st, end) != nil) {
				return unit{}, false
			}
		}
	}
	return u, true
}

// interpret turns the units of one phrase into mentions, roles and structural relations.
func (d *doc) interpret(st *sent, units []unit) {
	toks := st.toks
	var mod *entity       // the last actor named in the phrase, modifying what follows
	var modC *country     // the country named or implied by a demonym
	var possessor *entity // set right after a possessive
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
			c := u.e.country
			nx := next(1)
			if oc := d.ownerBodyCountry(st, nx); oc != nil && oc != c && nx.ts == u.te && possessor == nil {
				// "the Taiwan Affairs Office of the State Council": a body of another state's body,
				// whose name opens with the place it deals with
				d.orgChunk(st, u.ts, nx.te, nx.org, oc, nil)
				k++
				mod, modC = d.mentionEnt(st, u.ts), oc
				continue
			}
			if nx != nil && nx.kind == uChunk && nx.org == graph.Organization && possessor == nil {
				// "China Institute of International Studies": the country is part of the name
				d.orgChunk(st, u.ts, nx.te, nx.org, c, nil)
				k++
				mod, modC = d.mentionEnt(st, u.ts), c
				continue
			}
			if u.kind == uCapital && nx != nil && nx.kind == uChunk && nx.org == graph.Government && nx.ts == u.te && possessor == nil && !d.stateHeadIn(st, nx.ts, nx.te) {
				// "the Taipei Representative Office", "the Tokyo Metropolitan Government": a city
				// opening the name of a body that is no national ministry, court or chamber names
				// the body's seat and is part of its name ("Beijing's Foreign Ministry" stays the
				// state's ministry: its head is a state head)
				d.orgChunk(st, u.ts, nx.te, nx.org, c, nil)
				mod, modC = d.mentionEnt(st, u.ts), c
				k++
				continue
			}
			if u.kind == uCapital && nx != nil && nx.kind == uChunk && nx.org == "" && nx.ts == u.te && possessor == nil {
				// "Tokyo Electron", "Shanghai Electric": a capital opening a name is part of it
				e := d.entity("org:"+graph.NormalizeName(d.spanText(st, u.ts, nx.te)), graph.Organization, d.spanText(st, u.ts, nx.te), "org:place-name")
				d.addMention(st, u.ts, nx.te, e, "org:place-name")
				mod, modC = e, nil
				k++
				continue
			}
			if u.kind == uCapital && d.locativeBefore(st, u.ts) {
				// a place; still the country for a following title or group
				modC = c
				mod = nil
				possessor = nil
				continue
			}
			rule := "lexicon:countries"
			if u.kind == uCapital {
				rule = "metonymy:capital"
			}
			e := d.countryEntity(c)
			// "the Chinese government", "China's government": the country acting
			if u.te < len(toks) && (toks[u.te].lower == "government" || toks[u.te].lower == "regime") && (nx == nil) {
				d.addMention(st, u.ts, u.te+1, e, "metonymy:government")
			} else if u.te+1 < len(toks) && toks[u.te].lower == "'s" && toks[u.te+1].lower == "government" && nx == nil {
				d.addMention(st, u.ts, u.te+2, e, "metonymy:government")
			} else {
				d.addMention(st, u.ts, u.te, e, rule)
			}
			mod, modC, possessor = e, c, nil
		case uDemonym:
			c := u.e.country
			modC = c
			nx := next(1)
			if nx != nil && nx.kind == uChunk && nx.org != "" {
				if k > 0 && units[k-1].kind == uChunk && units[k-1].te == u.ts && units[k-1].te-units[k-1].ts == 1 && compassWord(toks[u.ts-1].lower) {
					// "North American Development Bank": a compound proper adjective
					if m := d.mentionAt(st, u.ts-1); m != nil && m.ent.final().pending && m.ent.final().kind == "" {
						m.ent.final().dropped, m.ent.final().pending = true, false
						d.unmention(st, m)
					}
					if st.ment[u.ts-1] < 0 {
						u.ts--
					}
				}
				name := d.spanText(st, u.ts, nx.te)
				if a := d.knownByName(name); a != nil {
					d.addMention(st, u.ts, nx.te, d.knownEntity(a), "lexicon:actors")
				} else if nx.org == graph.Government {
					e := d.bodyEntity(d.spanText(st, nx.ts, nx.te), c)
					d.addMention(st, u.ts, nx.te, e, "body:country-modifier")
				} else {
					d.orgChunk(st, u.ts, nx.te, nx.org, c, nil)
				}
				mod = d.mentionEnt(st, u.ts)
				k++
				continue
			}
			if u.te < len(toks) && (toks[u.te].lower == "government" || toks[u.te].lower == "regime") && nx == nil {
				d.addMention(st, u.ts, u.te+1, d.countryEntity(c), "metonymy:government")
				mod = d.countryEntity(c)
				continue
			}
			mod = nil
		case uActor:
			if nx := next(1); nx != nil && nx.kind == uChunk && nx.org == graph.Organization && nx.ts == u.te && possessor == nil && u.e.actor.Kind == graph.Organization && u.e.actor.Country == "" {
				// "the EU Chamber of Commerce", "the ASEAN Business Council": an international
				// organization's name written before an organization head opens that name, as a
				// country's does ("China Institute of International Studies")
				e := d.orgChunk(st, u.ts, nx.te, nx.org, nil, nil)
				k++
				mod, modC, possessor = e, nil, nil
				continue
			}
			var e *entity
			nc, ns := modC, -1 // the nation before the known body, and where its words start
			if k > 0 && (units[k-1].kind == uDemonym || units[k-1].kind == uCountry) && units[k-1].te == u.ts {
				ns = units[k-1].ts
			}
			if possessor != nil && possessor.kind == graph.Country && possessor.country != nil && k > 1 && units[k-1].kind == uPoss {
				nc, ns = possessor.country, units[k-2].ts // "China's Commerce Department"
			}
			if a := u.e.actor; ns >= 0 && nc != nil && a.Country != "" && a.Country != nc.Code && a.Kind == graph.Government {
				modC = nc
				// "the French Senate", "Japan's Congress": another nation's body of that generic
				// name, not the known one ("Senate" is the US Senate only without a nationality)
				e = d.entity("body:"+strings.ToLower(a.Name)+":"+modC.Code, graph.Government, a.Name+" ("+modC.Name+")", "body:country-modifier")
				e.code, e.country = modC.Code, modC
				e.addAlias(a.Name)
				if units[k-1].kind == uPoss {
					d.addMention(st, u.ts, u.te, e, "body:possessive") // the country keeps its mention
					d.structural(st, u.ts, e, possessor, "part-of:possessive")
				} else {
					d.addMention(st, ns, u.te, e, "body:country-modifier")
				}
				e.addAlias(d.spanText(st, ns, u.te))
				mod, possessor = e, nil
				continue
			}
			e = d.knownEntity(u.e.actor)
			d.addMention(st, u.ts, u.te, e, "lexicon:actors")
			if possessor != nil && possessor.kind == graph.Country && u.e.actor.Country == "" && u.e.actor.Kind != graph.Government {
				// "Argentina's new IMF program": an international organization of the Phoenix
				// international list belongs to no state; the possessor owns the phrase's head
				// ("program"), not the organization
			} else if possessor != nil {
				d.structural(st, u.ts, e, possessor, "part-of:possessive")
			} else if k > 0 && mod != nil && mod.kind == graph.Country && units[k-1].kind == uCountry && e.kind == graph.Government {
				d.structural(st, u.ts, e, mod, "part-of:country-modifier")
				m := d.mentionAt(st, u.ts)
				_ = m
				e.addAlias(d.spanText(st, units[k-1].ts, u.te))
			}
			mod, possessor = e, nil
		case uTitle, uHon:
			titles = append(titles, u)
			nx := next(1)
			if nx != nil && (nx.kind == uTitle || nx.kind == uHon) {
				continue
			}
			if nx != nil && nx.kind == uChunk && nx.org == "" {
				p := d.personChunk(st, nx.ts, nx.te, titles, mod, modC)
				_ = p
				k++
			}
			titles = nil
			mod, possessor = nil, nil
		case uChunk:
			if u.ts > 1 && toks[u.ts-1].text == "(" && u.te < len(toks) && toks[u.te].text == ")" && possessor == nil {
				if e := d.partyQualifier(st, u.ts, u.te); e != nil {
					mod = e // "Socialist Party of Chile (Renewal Wing)"
					continue
				}
			}
			if nx := next(1); u.org == "" && u.te-u.ts == 1 && nx != nil && nx.kind == uTitle && nx.ts == u.te && k+2 < len(units) && units[k+2].kind == uChunk {
				// "EU Trade Commissioner Valdis Dombrovskis": the word belongs to the title
				units[k+1].ts = u.ts
				continue
			}
			if d.portfolioChunk(st, units, k) {
				// "Federal Labour Minister Ana Ruiz", "Fisheries Minister …": a portfolio (rule title:portfolio)
				units[k+1].ts = u.ts
				continue
			}
			if u.org == graph.Government && possessor == nil && k == 0 && u.ts > 0 && (toks[u.ts-1].lower == "its" || toks[u.ts-1].lower == "their") {
				if pe := d.resolvePronoun(st.idx, u.ts-1, "it"); pe != nil && pe.kind == graph.Country {
					possessor = pe
				}
			}
			if u.org != "" && possessor == nil && d.titlePluralHead(st, u.ts, u.te) {
				// "the SCO National Security Council Secretaries": office holders, not a body
				name := d.spanText(st, u.ts, u.te)
				e := d.entity("group:"+graph.NormalizeName(name), graph.Group, name, "group:title-plural")
				d.addMention(st, u.ts, u.te, e, "group:title-plural")
				mod, possessor = e, nil
				continue
			}
			if u.org != "" && d.peopleHead(st, &u) {
				units[k] = u // "Senior Administration Officials": people of the body, not the body
				if u.te <= u.ts {
					mod, possessor = nil, nil
					continue
				}
			}
			if u.org != "" {
				var e *entity
				if possessor != nil && (possessor.kind == graph.Country || possessor.kind == graph.Government) && u.org == graph.Government {
					e = d.bodyEntity(d.spanText(st, u.ts, u.te), possessor.country)
					d.addMention(st, u.ts, u.te, e, "body:possessive")
					d.structural(st, u.ts, e, possessor, "part-of:possessive")
				} else if mod != nil && mod.kind == graph.Country && k > 0 && units[k-1].kind == uCountry && u.org == graph.Government {
					e = d.bodyEntity(d.spanText(st, u.ts, u.te), mod.country)
					d.addMention(st, u.ts, u.te, e, "body:country-modifier")
					e.addAlias(d.spanText(st, units[k-1].ts, u.te))
				} else if h := d.headBeforeOf(st, u.ts, u.te); d.lx.nonActor[st.toks[h].lower] == "event" || d.lx.nonActor[st.toks[h].lower] == "venue" {
					// "Regular Press Conference", "Press Briefing Room": an event or venue, not an
					// organization; the body after its "of" holds it and is one ("Regular Press
					// Conference of the Ministry of Commerce")
					e = d.eventHolder(st, h+1, u.te, modC)
				} else if d.documentName(st, u.ts, u.te) {
					e = nil // "the Foreign Exchange Report": a document, not an organization
				} else if u.te-u.ts > 1 && d.parentheticalGloss(st, u.ts) && u.te < len(toks) && toks[u.te].text == ")" {
					// "Communist Party of Nepal (Maoist Center)": a qualifier of the name before it,
					// which for a party is part of its name
					e = d.partyQualifier(st, u.ts, u.te)
				} else if k > 0 && units[k-1].kind == uActor && units[k-1].te == u.ts && mod != nil && mod.kind == graph.Government && mod.country != nil && possessor == nil {
					// "the French Senate Committee on Foreign Affairs": a body named after the
					// state body it belongs to (a noun modifier naming the whole, Quirk et al.
					// 17.108) is a state body, part of it
					e = d.orgChunk(st, u.ts, u.te, graph.Government, mod.country, nil)
					d.structural(st, u.ts, e, mod, "part-of:body-modifier")
				} else {
					e = d.orgChunk(st, u.ts, u.te, u.org, modC, possessor)
				}
				mod, possessor = e, nil
				continue
			}
			d.nameChunk(st, u.ts, u.te)
			if m := d.mentionAt(st, u.ts); m != nil {
				mod = m.ent
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
func (d *doc) stateHeadIn(st *sent, ts, te int) bool {
	for k := ts; k < te; k++ {
		if stateHeads[st.toks[k].lower] {
			return true
		}
	}
	return false
}

// knownByName is the known actor with that name or alias. An acronym ("UN") matches only when
// written in capitals: "Un", a word cut at a line end, is no UN (as lexUnit requires of names
// marked caps).
func (d *doc) knownByName(name string) *knownActor {
	a := d.lx.actorByName[graph.NormalizeName(name)]
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
func (d *doc) mentionEnt(st *sent, i int) *entity {
	if m := d.mentionAt(st, i); m != nil {
		return m.ent
	}
	return nil
}

// orgChunk records an organization or government body named by tokens [ts, te).
func (d *doc) orgChunk(st *sent, ts, te int, kind graph.Kind, c *country, possessor *entity) *entity {
	if d.ordinalMeeting(st, ts, te) {
		return nil // "the 22nd St. Petersburg International Economic Forum": one session of a meeting, an event
	}
	if d.abstractUse(st, ts, te) {
		return nil // "under Trade Promotion Authority": a legal authority, no body (actor_aliases.go)
	}
	name := d.spanText(st, ts, te)
	if te-ts >= 3 && (st.toks[ts].lower == "government" || st.toks[ts].lower == "republic" || st.toks[ts].lower == "state") && st.toks[ts+1].lower == "of" {
		// "Government of the United States of America": the country acting (metonymy:government)
		k := ts + 2
		if st.toks[k].lower == "the" {
			k++
		}
		if ents, end := d.matchNames(st, k); end == te && len(ents) > 0 && (ents[0].kind == lkCountry || st.toks[k].lower == "the") {
			for _, le := range ents {
				if le.kind == lkCountry {
					e := d.countryEntity(le.country)
					d.addMention(st, ts, te, e, "metonymy:government")
					return e
				}
			}
		}
	}
	if a := d.knownByName(name); a != nil {
		e := d.knownEntity(a)
		d.addMention(st, ts, te, e, "lexicon:actors")
		return e
	}
	if a := d.knownNational(name, c, possessor); a != nil {
		// "China's ruling Communist Party": the known actor whose name is the country's
		// demonym or "of" the country with this name (Chinese Communist Party)
		e := d.knownEntity(a)
		d.addMention(st, ts, te, e, "lexicon:actors")
		if possessor != nil && possessor.kind == graph.Country && a.Kind == graph.Government {
			d.structural(st, ts, e, possessor, "part-of:possessive") // as for a named body below
		}
		return e
	}
	if te-ts == 1 && c == nil && possessor == nil && !d.lx.orgAlone[strings.TrimSuffix(st.toks[ts].lower, ".")] {
		// "the Committee": a generic head alone names the organization met before, or nothing
		var found *entity
		w := st.toks[ts].lower
		d.eachMentionBack(st.idx, ts, 12, func(m *mention) bool {
			if e := m.ent.final(); (e.kind == graph.Organization || e.kind == graph.Government) && strings.Contains(strings.ToLower(e.name), w) {
				found = e
				return false
			}
			return true
		})
		if found != nil {
			d.addMention(st, ts, te, found, "coref:definite")
		}
		return found
	}
	if c == nil {
		c = d.ofCountry(st, ts, te) // "the Commerce Ministry of China"
	}
	if c == nil {
		c = d.ownerBodyCountry(st, &unit{kind: uChunk, ts: ts, te: te, org: kind})
	}
	e := d.entity("org:"+graph.NormalizeName(name), kind, name, "org:head-word")
	if c != nil && e.country == nil {
		e.country, e.code = c, c.Code
	}
	d.addMention(st, ts, te, e, "org:head-word")
	if possessor != nil && possessor != e {
		if possessor.kind != graph.Country || kind == graph.Government {
			d.structural(st, ts, e, possessor, "part-of:possessive")
		}
	}
	return e
}

// personChunk records a person named after titles ("Treasury Secretary Steven Mnuchin"), with the
// role and the MEMBER_OF relation the titles and the modifier before them imply.
func (d *doc) personChunk(st *sent, ts, te int, titles []unit, mod *entity, modC *country) *entity {
	if st.headline || te-ts == 1 || d.titleCaseLine(st) {
		// "Statement from the President Regarding Trade", "Executive Order": in a title-case line,
		// or as a lone word after a title, a word the article also writes in lower case is no name
		for i := ts; i < te; i++ {
			if d.lowerSeen[st.toks[i].lower] {
				return nil
			}
		}
	}
	p := d.personEntity(st, ts, te)
	hon := true
	var tl []string
	var body string
	class := "role"
	cs, ce := -1, -1 // the tokens of the titles that are no honorific: the cue of MEMBER_OF
	for _, t := range titles {
		if t.kind != uHon {
			hon = false
			tl = append(tl, d.spanText(st, t.ts, t.te))
			if cs < 0 {
				cs = t.ts
			}
			ce = t.te
			if t.e.title.Body != "" {
				body = t.e.title.Body
			}
			if t.e.title.Class == "state" || class == "role" {
				class = t.e.title.Class
			}
		}
	}
	if hon {
		p.hon = true
		d.addMention(st, titles[0].ts, te, p, "person:honorific")
		return p
	}
	rule := "person:title"
	d.addMention(st, titles[0].ts, te, p, rule)
	p.addAlias(d.spanText(st, ts, te))
	p.pending = false
	role := strings.Join(tl, " ")
	var org *entity
	orgRule := "title:modifier"
	switch {
	case body != "":
		c := modC
		if mod != nil && mod.country != nil {
			c = mod.country
		}
		if c == nil {
			c = d.adjectiveCountry(st, titles[0].ts)
		}
		if c == nil {
			c = d.titleCountry(st, titles)
		}
		org = d.bodyEntity(body, c)
		orgRule = "title:implied-body"
	case d.portfolioBody(st, titles) != "":
		org = d.portfolioEntity(st, d.portfolioBody(st, titles), mod, modC)
		orgRule = "title:portfolio"
	case mod != nil:
		org = mod
	case modC != nil && class == "state":
		org = d.countryEntity(modC)
	case class == "corp":
		org = d.lastOrg(st.idx, titles[0].ts)
		orgRule = "title:context-org"
	case titles[0].ts > 0 && !st.toks[titles[0].ts-1].cap && d.lx.definite[st.toks[titles[0].ts-1].lower] == "named":
		// "ministry spokesperson He Yadong": the ministry named before
		w := st.toks[titles[0].ts-1].lower
		d.eachMentionBack(st.idx, titles[0].ts, 8, func(m *mention) bool {
			if e := m.ent.final(); (e.kind == graph.Government || e.kind == graph.Organization) && strings.Contains(strings.ToLower(e.name), w) {
				org = e
				return false
			}
			return true
		})
		orgRule = "title:coref-org"
	}
	p.addRole(role, org)
	if org != nil {
		d.memberOf(st, cs, ce, p, org, role, orgRule)
	}
	if body != "" && mod != nil && mod.kind == graph.Organization && mod != org {
		// "Liberty Party senator Ana Costa": the party too
		p.addRole(role, mod)
		d.memberOf(st, cs, ce, p, mod, role, "title:modifier")
	}
	return p
}

// lastOrg is the organization mentioned last before token i of sentence s.
func (d *doc) lastOrg(s, i int) *entity {
	var found *entity
	d.eachMentionBack(s, i, 4, func(m *mention) bool {
		if e := m.ent.final(); e.kind == graph.Organization && !e.weak {
			found = e
			return false
		}
		return true
	})
	return found
}

// eachMentionBack calls f on the mentions before token i of sentence s, nearest first, over at most
// window sentences, until f returns false. Mentions are indexed by sentence, so coreference stays
// linear in the article's length.
func (d *doc) eachMentionBack(s, i, window int, f func(*mention) bool) {
	for si := s; si >= 0 && si > s-window; si-- {
		if si >= len(d.bySent) {
			continue
		}
		ms := d.bySent[si]
		for k := len(ms) - 1; k >= 0; k-- {
			m := d.mentions[ms[k]]
			if si == s && m.ts >= i {
				continue
			}
			if !f(m) {
				return
			}
		}
	}
}

// personEntity is the PERSON named by tokens [ts, te) (keyed by normalized full name).
func (d *doc) personEntity(st *sent, ts, te int) *entity {
	ts = d.skipTitleWords(st, ts, te)
	name := d.spanText(st, ts, te)
	e := d.entity("person:"+graph.NormalizeName(name), graph.Person, name, "person:name")
	if e.kind != graph.Person && e.pending {
		e.kind = graph.Person
	}
	if len(e.nameToks) == 0 {
		for i := ts; i < te; i++ {
			if st.toks[i].kind == tkWord {
				e.nameToks = append(e.nameToks, st.toks[i].text)
			}
		}
	}
	e.pending = te-ts == 1
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
func (d *doc) nameChunk(st *sent, ts, te int) {
	toks := st.toks
	n := te - ts
	if n == 1 {
		t := toks[ts]
		if d.authors[graph.NormalizeName(t.text)] || d.nonActor[t.lower] || hyphenPlace(d.lx, t.lower) {
			return
		}
		if a := d.knownByName(t.text); a != nil {
			d.addMention(st, ts, te, d.knownEntity(a), "lexicon:actors")
			return
		}
		if a := d.knownByShortName(t.text); a != nil {
			d.addMention(st, ts, te, d.knownEntity(a), "lexicon:actors")
			return
		}
		if t.allCaps && strings.IndexFunc(t.text, unicode.IsDigit) >= 0 || pluralAcronym(t.text) || d.classAcronym(t.text) || lowerHead(t.text) || d.nonActor[strings.TrimSuffix(t.lower, "s")] {
			return // "FY2019", "IDA-18", "MDBs": measures, programs and classes, not actors
		}
		if ts >= 2 && toks[ts-1].text == "," && toks[ts-2].cap && usPostalCodes[strings.ReplaceAll(t.text, ".", "")] {
			return // "Washington, DC", "Austin, TX": a place line, not an organization
		}
		if ts > 0 && te < len(toks) && toks[ts-1].kind == tkQuote && toks[te].kind == tkQuote {
			return // "this 'Troika'": a word in quotation marks alone is a term mentioned or a label, not a name used
		}
		if d.capsHeadingWord(st, ts) {
			return // "THE AMERICAN PEOPLE:" — a word of a heading in capitals, not an acronym
		}
		e := d.entity("name:"+t.lower, "", t.text, "name:single")
		if e.rule != "name:single" && e.rule != "org:acronym" {
			// the word was already resolved (an acronym merged into the program or body it
			// abbreviates, "JCPOA"): a later mention is that entity's, whose kind stays
			d.addMention(st, ts, te, e, "alias:acronym")
			return
		}
		e.pending = true
		if t.allCaps && len([]rune(t.text)) <= 6 {
			e.kind = graph.Organization
			e.rule = "org:acronym"
		}
		d.addMention(st, ts, te, e, e.rule)
		return
	}
	name := d.spanText(st, ts, te)
	if d.authors[graph.NormalizeName(name)] {
		return
	}
	if n > 4 || st.headline {
		// long runs and headline words: only names met elsewhere (resolved in coreference)
		for i := ts; i < te; i++ {
			if toks[i].cap && !d.isStopCap(st, i) && d.lx.nonActor[toks[i].lower] == "" {
				e := d.entity("name:"+toks[i].lower, "", toks[i].text, "name:single")
				e.pending = true
				d.addMention(st, i, i+1, e, "name:headline")
			}
		}
		return
	}
	for i := ts; i < te; i++ {
		if d.lx.nonActor[toks[i].lower] != "" || toks[i].allCaps && len([]rune(toks[i].text)) > 1 || toks[i].kind == tkNum || innerCommonPart(toks[i].text) {
			if d.lx.nonActor[toks[i].lower] == "place" {
				// "Northern Prairie": a place by shape, or the short form of an organization named in
				// the article ("Northern Prairie Rail"), decided in coreference (orgShortForms)
				d.placeChunks = append(d.placeChunks, [3]int{st.idx, ts, te})
			}
			return
		}
	}
	// a person by word shape; a following role noun makes it an organization ("a Goldman Sachs executive")
	if te < len(toks) {
		nl := toks[te].lower
		if nl == "executive" || nl == "executives" || nl == "employee" || nl == "employees" || nl == "official" || nl == "officials" || nl == "spokesman" || nl == "spokeswoman" || nl == "spokesperson" {
			e := d.entity("org:"+graph.NormalizeName(name), graph.Organization, name, "org:role-noun")
			d.addMention(st, ts, te, e, "org:role-noun")
			return
		}
	}
	if d.notPersonName(st, ts, te) || d.documentName(st, ts, te) || d.formalStateName(st, te) {
		return // a heading, label, place compound, gloss, document or state's formal name (actor_junk.go)
	}
	if national, org := d.nationalName(st, ts, te); national {
		if org {
			// "European Consumer Voice": a body named with its nationality, not a person
			e := d.entity("org:"+graph.NormalizeName(name), graph.Organization, name, "org:national-name")
			d.addMention(st, ts, te, e, "org:national-name")
		}
		return
	}
	allCommon := true
	for i := ts; i < te; i++ {
		allCommon = allCommon && d.lx.common[toks[i].lower]
	}
	if allCommon && d.verbAfter(st, te) < 0 && !(te < len(toks) && toks[te].text == ",") {
		return // "Medical Products", "Build Back Better": capitalized common words, not a name
	}
	p := d.personEntity(st, ts, te)
	d.addMention(st, ts, te, p, "person:name-shape")
}

// innerCommonPart reports a hyphenated word with a lower-case function word inside
// ("Ship-to-Shore", "Made-in-China"): a compound noun, not a name.
func innerCommonPart(s string) bool {
	parts := strings.Split(s, "-")
	for _, p := range parts[1:] {
		switch p {
		case "to", "in", "of", "and", "for", "the", "on", "by":
			return true
		}
	}
	return false
}

// pluralAcronym reports "MDBs", "IFIs": an acronym with a plural s names a class of things.
func pluralAcronym(s string) bool {
	r := []rune(s)
	if len(r) < 3 || r[len(r)-1] != 's' {
		return false
	}
	for _, c := range r[:len(r)-1] {
		if !unicode.IsUpper(c) {
			return false
		}
	}
	return true
}

// administrations finds "the Bush administration", "Ankara's Cankaya district administration": a
// name and at most one lower-case word before "administration" or "government" name a GOVERNMENT
// (rule gov:administration); the name's own mention is replaced.
func (d *doc) administrations(st *sent) {
	toks := st.toks
	for i := 1; i < len(toks); i++ {
		w := toks[i].lower
		if (w != "administration" && w != "government" && w != "regime") || toks[i].cap || st.ment[i] >= 0 {
			continue
		}
		k := i - 1
		if !toks[k].cap && k > 0 && toks[k].kind == tkWord && !d.lx.stop[toks[k].lower] {
			k--
		}
		m := d.mentionAt(st, k)
		if m == nil && k == i-1 && k > 0 && toks[k-1].lower == "the" && toks[k].kind == tkWord && toks[k].cap && !toks[k].allCaps &&
			!d.lx.common[toks[k].lower] && !d.lx.stop[toks[k].lower] && d.lx.nonActor[toks[k].lower] == "" {
			// "the Maduro regime", "the Assad government": a ruler's surname not yet read as a name
			name := d.spanText(st, k, i+1)
			g := d.entity("org:"+graph.NormalizeName(name), graph.Government, name, "gov:administration")
			d.addMention(st, k, i+1, g, "gov:administration")
			continue
		}
		if m == nil || m.te != k+1 {
			continue
		}
		e := m.ent.final()
		if e.kind != graph.Person && e.kind != "" {
			continue
		}
		name := d.spanText(st, m.ts, i+1)
		g := d.entity("org:"+graph.NormalizeName(name), graph.Government, name, "gov:administration")
		if e.kind == graph.Person && e.country == nil {
			// the person stays an actor elsewhere; this mention is the administration
		} else if e.kind == "" {
			e.dropped = true
		}
		idx := st.ment[m.ts]
		m.ent = g
		m.rule = "gov:administration"
		for q := m.ts; q <= i; q++ {
			st.ment[q] = idx
		}
		m.te = i + 1
		g.addAlias(name)
	}
}

// memberOf records person MEMBER_OF org with the role as cue.
//
// The cue is the text of tokens [cs, ce) of st, the words that state the membership (the title,
// the group's phrase), and its offsets are theirs: a role is often normalized (title words
// joined, "government " put back before a title), so its length says nothing about where it
// stands in the sentence.
func (d *doc) memberOf(st *sent, cs, ce int, p, org *entity, role, rule string) {
	if p == nil || org == nil || p == org || cs < 0 || ce > len(st.toks) || cs >= ce {
		return
	}
	d.rels = append(d.rels, &relCand{typ: graph.MemberOf, src: p, tgt: org, sent: st.idx, cue: d.spanText(st, cs, ce), rule: rule,
		score: 0.9, role: role, cueStart: st.toks[cs].start, cueEnd: st.toks[ce-1].end, structural: true})
}

// structural records e PART_OF parent.
func (d *doc) structural(st *sent, i int, e, parent *entity, rule string) {
	if e == nil || parent == nil || e == parent {
		return
	}
	d.rels = append(d.rels, &relCand{typ: graph.PartOf, src: e, tgt: parent, sent: st.idx, rule: rule, score: 0.85,
		cue: st.toks[i].text, cueStart: st.toks[i].start, cueEnd: st.toks[i].end, structural: true})
}

// acronyms handles "Name (ABC)": the acronym becomes an alias of the name before it, or, after a
// phrase that names no actor ("deep ultra violet (DUV)"), a word that is never an actor.
func (d *doc) acronyms(st *sent) {
	toks := st.toks
	for i := 1; i+2 < len(toks); i++ {
		if (toks[i].text != "(" && toks[i].text != "[") || !toks[i+1].allCaps || (toks[i+2].text != ")" && toks[i+2].text != "]") {
			continue
		}
		ab := toks[i+1]
		if m := d.mentionAt(st, i-1); m != nil && m.ent.final().kind == graph.Country && !d.countryAcronym(st, i+1, m) {
			// "the Committee on Foreign Investment in the United States (CFIUS)": an acronym a
			// country's name does not spell is no alias of the country; it abbreviates the longer
			// name the country ends, when the initials of that name spell it
			if e := d.acronymThroughPlace(st, m, i); e != nil {
				if st.ment[i+1] < 0 {
					d.addMention(st, i+1, i+2, e, "alias:acronym")
				}
				e.addAlias(ab.text)
			}
			continue
		}
		if m := d.mentionAt(st, i-1); m != nil && m.ent.final().kind != "" && m.ent.final().kind != graph.Policy {
			if d.numberedInstance(st, i+1, m) {
				// "the 19th replenishment of IDA (IDA-19)": a numbered round, no alias
				if om := d.mentionAt(st, i+1); om != nil && om.ent.final().rule == "org:acronym" {
					om.ent.final().dropped = true
				}
				d.nonActor[ab.lower] = true
				continue
			}
			e := m.ent.final()
			if ie := d.acronymOfInnerBody(st, i+1, m); ie != nil {
				e = ie // "Standing Committee of the National People's Congress (NPC)": the congress's
			}
			if om := d.mentionAt(st, i+1); om != nil && om.ent != e {
				om.ent.mergeInto(e)
			}
			if st.ment[i+1] < 0 {
				d.addMention(st, i+1, i+2, e, "alias:acronym")
			}
			e.addAlias(ab.text)
			continue
		}
		if d.ordinalMeetingBefore(st, i) {
			// "the 22nd … Economic Forum (SPIEF)": the acronym of an event
			if om := d.mentionAt(st, i+1); om != nil && om.ent.final().kind == graph.Organization && om.ent.final().rule == "org:acronym" {
				om.ent.final().dropped = true
			}
			d.nonActor[ab.lower] = true
			continue
		}
		if e := d.expandedAcronym(st, i); e != nil {
			if om := d.mentionAt(st, i+1); om != nil && om.ent != e {
				om.ent.mergeInto(e)
			}
			if st.ment[i+1] < 0 {
				d.addMention(st, i+1, i+2, e, "alias:acronym")
			}
			e.addAlias(ab.text)
			continue
		}
		if om := d.mentionAt(st, i+1); om != nil && om.ent.final().kind == graph.Organization && om.ent.final().rule == "org:acronym" {
			om.ent.final().dropped = true
		}
		d.nonActor[ab.lower] = true
	}
}

// expandedAcronym reads "Central Unitaria de Trabajadores (CUT)": a run of capitalized words
// (with inner particles, "of", "for", "and", "the") right before a bracketed acronym whose letters
// are the initials of its capitalized words names an organization, whatever its words (rule
// org:acronym-expansion): people and places are not introduced with an acronym. paren is the
// index of "(". It returns nil when the run is already a mention or the initials differ.
func (d *doc) expandedAcronym(st *sent, paren int) *entity {
	toks := st.toks
	ab := []rune(strings.ReplaceAll(toks[paren+1].text, ".", ""))
	if len(ab) < 2 || len(ab) > 8 {
		return nil
	}
	s := paren
	var initials []rune
	for s > 0 && paren-s < 12 {
		t := toks[s-1]
		if t.kind != tkWord || st.ment[s-1] >= 0 {
			break
		}
		if t.cap {
			initials = append([]rune{[]rune(t.text)[0]}, initials...)
		} else if !nameParticles[t.lower] && !orgParticles[t.lower] && t.lower != "of" && t.lower != "for" && t.lower != "and" && t.lower != "the" {
			break
		}
		s--
		if len(initials) == len(ab) && t.cap {
			break
		}
	}
	if len(initials) != len(ab) || !toks[s].cap || !strings.EqualFold(string(initials), string(ab)) {
		return nil
	}
	kind := graph.Organization
	for k := s; k < paren; k++ {
		if ok, found := d.lx.orgWords[toks[k].lower]; found {
			kind = strongerKind(kind, ok)
		}
	}
	name := d.spanText(st, s, paren)
	e := d.entity("org:"+graph.NormalizeName(name), kind, name, "org:acronym-expansion")
	d.addMention(st, s, paren, e, "org:acronym-expansion")
	return e
}

// groups finds unnamed collective sources: "senior Chinese officials", "trade lawyers", "Washington
// officials" → GROUP (rule group:unnamed), MEMBER_OF the country named in the phrase.
func (d *doc) groups(st *sent) {
	toks := st.toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		pl, ok := d.lx.groupHeads[t.lower]
		if !ok || t.cap && i > 0 || st.ment[i] >= 0 {
			continue
		}
		collective := d.lx.groupCollective[t.lower]
		if collective && i+1 < len(toks) && (toks[i+1].lower == "to" || d.lx.groupHeads[toks[i+1].lower] != "" || toks[i+1].cap || d.titleAt(st, i) != nil) {
			// "opposition to the tariffs" is a stance, not an actor; "opposition parties" is a
			// group of the next word, "the opposition Freedom Party" and "the opposition leader"
			// name another actor
			continue
		}
		var c *country
		var owner *entity
		s := i
		mods := 0
		for s > 0 && mods < 4 {
			p := toks[s-1]
			if p.lower == "and" && s-2 >= 0 && mods > 0 {
				if _, ok := d.matchNamesEndingAt(st, s-2); ok {
					s--
					continue
				}
			}
			if m := d.mentionAt(st, s-1); m != nil {
				e := m.ent.final()
				if e.kind == "" && e.pending && m.te-m.ts == 1 {
					// "Yoruba leaders", "Druze inhabitants": an unknown capitalized modifier
					e.dropped = true
					s = m.ts
					mods++
					continue
				}
				if e.kind == graph.Country {
					c = e.country
					s = m.ts
					mods++
					continue
				}
				if e.kind == graph.Organization || e.kind == graph.Government {
					owner = e
					s = m.ts
					mods++
				}
				break
			}
			if ents, _ := d.matchNamesEndingAt(st, s-1); ents != nil {
				c = ents.country
				s = ents.start
				mods++
				continue
			}
			if collective && mods == 0 && (p.lower == "'s" || p.lower == "\u2019s") && s >= 2 {
				// "Venezuela's opposition": the country owns the collective
				if m := d.mentionAt(st, s-2); m != nil && m.ent.final().kind == graph.Country {
					c = m.ent.final().country
					s = m.ts
					mods++
					continue
				}
			}
			if p.kind == tkWord && (s-1 == 0 || !p.cap) && d.lx.groupCollective[p.lower] {
				s-- // "opposition parties", sentence-initial "Opposition parties"
				mods++
				continue
			}
			if p.kind == tkWord && !p.cap && (d.lx.groupDrop[p.lower] || c == nil && owner == nil && !d.lx.stop[p.lower]) && !strings.HasSuffix(p.lower, "ly") && d.lx.speech[p.lower].kind == 0 && !d.lx.beForms[p.lower] && !d.isCueWord(p.lower) {
				s--
				mods++
				continue
			}
			if p.text == ")" && mods == 0 && s >= 4 && toks[s-3].text == "(" {
				// "Montenegro Municipality Association (AKK) officials": the acronym in
				// parentheses belongs to the name before it, which owns the group
				if m := d.mentionAt(st, s-4); m != nil && m.te == s-3 {
					if e := m.ent.final(); e.kind == graph.Organization || e.kind == graph.Government {
						owner = e
						s = m.ts
						mods++
					}
				}
			}
			break
		}
		if d.lx.groupWeak[t.lower] && c == nil {
			continue
		}
		if s >= 3 && (toks[s-1].lower == "a" || toks[s-1].lower == "an" || toks[s-1].lower == "the") && toks[s-2].text == "," {
			if pm := d.mentionAt(st, s-3); pm != nil && pm.ent.final().kind == graph.Person {
				continue // an appositive of a person: "Karl Jensen, a Danish defence minister,"
			}
		}
		var kept []string
		start := -1
		inParen := false
		for k := s; k < i; k++ {
			if toks[k].text == "(" || toks[k].text == ")" {
				inParen = toks[k].text == "("
				continue
			}
			if inParen || d.lx.groupDrop[toks[k].lower] || toks[k].kind == tkNum || toks[k].lower == "'s" {
				continue
			}
			if start < 0 {
				start = k
			}
			kept = append(kept, toks[k].text)
		}
		kept = append(kept, pl)
		name := strings.Join(kept, " ")
		if strings.HasPrefix(name, "the ") {
			name = name[4:]
		}
		collectiveAlone := collective && len(kept) == 1 && i > 0 && toks[i-1].lower == "the"
		if c == nil && owner == nil && len(kept) == 1 && !collectiveAlone {
			// "the officials": the last group with this head (coref:definite); else no actor
			if i > 0 && toks[i-1].lower == "the" && pl == t.lower {
				var g *entity
				d.eachMentionBack(st.idx, i, 8, func(m *mention) bool {
					if e := m.ent.final(); e.kind == graph.Group && strings.HasSuffix(e.name, " "+pl) {
						g = e
						return false
					}
					return true
				})
				if g != nil {
					d.addMention(st, i-1, i+1, g, "coref:definite")
				}
			}
			continue
		}
		rule := "group:unnamed"
		if collective {
			rule = "group:collective"
		}
		e := d.entity("group:"+graph.NormalizeName(name), graph.Group, name, rule)
		e.weak = !collective // "the opposition" is an actor of its own, related or not
		if c != nil && e.country == nil {
			e.country, e.code = c, c.Code
		}
		var gm *mention
		if st.ment[s] >= 0 || (start >= 0 && st.ment[start] >= 0) {
			// the country or owner keeps its own mention; the group covers the head
			gm = d.addMention(st, i, i+1, e, rule)
		} else {
			gm = d.addMention(st, s, i+1, e, rule)
		}
		if gm != nil && pl != t.lower {
			gm.singular = true
		}
		if gm != nil && gm.ts == i {
			// the modifier kept its own mention: the alias is the whole phrase, not the bare head
			kept := e.aliases[:0]
			for _, a := range e.aliases {
				if !strings.EqualFold(a, t.text) {
					kept = append(kept, a)
				}
			}
			e.aliases = kept
			e.addAlias(d.spanText(st, s, i+1))
		}
		if owner != nil && (t.lower == "spokesperson" || t.lower == "spokesman" || t.lower == "spokeswoman") {
			// "a US State Department spokesperson": the body speaks (rule metonymy:spokesperson)
			if gm != nil {
				gm.ent = owner
				e.dropped = true
				gm.rule = "metonymy:spokesperson"
			}
			continue
		}
		cs := i // the cue: the group's words from its first kept modifier ("Chinese officials")
		if start >= 0 {
			cs = start
		}
		if owner != nil {
			d.memberOf(st, cs, i+1, e, owner, "", "group:owner")
		} else if c != nil && !collective {
			// "Venezuela's opposition" is of the country but no part of its state
			d.memberOf(st, cs, i+1, e, d.countryEntity(c), "", "group:nationality")
		}
	}
}

type endMatch struct {
	country *country
	start   int
}

// matchNamesEndingAt finds a demonym, country or capital lexicon match ending at token i that is not
// a mention ("Chinese" in "senior Chinese officials"), checking phrases of up to four tokens.
func (d *doc) matchNamesEndingAt(st *sent, i int) (*endMatch, bool) {
	for s := i; s >= 0 && s > i-4; s-- {
		ents, end := d.matchNames(st, s)
		if end != i+1 {
			continue
		}
		for _, e := range ents {
			if (e.kind == lkDemonym || e.kind == lkCountry || e.kind == lkCapital) && st.toks[s].cap {
				return &endMatch{country: e.country, start: s}, true
			}
		}
	}
	return nil, false
}

func (d *doc) isCueWord(w string) bool {
	return d.lx.cues.next[w] != nil
}

// appositives reads ", the executive vice president of Y," after a person and ", the policy research
// arm of Y" (or ", which is the … arm of Y") after an organization.
func (d *doc) appositives(st *sent) {
	toks := st.toks
	for ii := 0; ii < len(d.bySent[st.idx]); ii++ {
		m := d.mentions[d.bySent[st.idx][ii]]
		e := m.ent.final()
		if e.kind != graph.Person && e.kind != graph.Organization && e.kind != graph.Government && !(e.pending && e.kind == "") {
			continue
		}
		i := m.te
		if i >= len(toks) || toks[i].text != "," {
			continue
		}
		j := i + 1
		if j+1 < len(toks) && (toks[j].lower == "which" || toks[j].lower == "who") && d.lx.beForms[toks[j+1].lower] {
			j += 2
		}
		if j < len(toks) && (toks[j].lower == "a" || toks[j].lower == "an" || toks[j].lower == "the") {
			j++
		}
		// the appositive ends at the next comma, period, or clause word
		end := j
		for end < len(toks) && end-j < 16 {
			tx := toks[end]
			if tx.text == "," || tx.text == "." || tx.text == ";" || tx.kind == tkQuote || tx.lower == "who" || tx.lower == "which" || tx.lower == "said" || d.lx.speech[tx.lower].kind != 0 && end > j+1 && st.ment[end] < 0 && !d.insideOrgName(st, end) {
				break
			}
			end++
		}
		if end == j {
			continue
		}
		if e.kind == graph.Person && d.subjectInside(st, e, j, end) {
			continue // "… of Foreign Minister Lin Bo, Deputy Prime Minister Ana Duarte will visit": a new clause's subject
		}
		if e.kind == graph.Organization || e.kind == graph.Government {
			d.orgAppositive(st, e, j, end)
			continue
		}
		d.personAppositive(st, m, e, j, end)
	}
}

func (d *doc) insideOrgName(st *sent, i int) bool {
	m := d.mentionAt(st, i)
	return m != nil
}

// personAppositive: a title in the appositive gives a Role and, with an organization after "of"/"at"
// or a country or body before the title, MEMBER_OF (rule appositive:title-of).
func (d *doc) personAppositive(st *sent, m *mention, p *entity, j, end int) {
	toks := st.toks
	ti, te := -1, -1
	var tt *title
	for k := j; k < end; k++ {
		if st.ment[k] >= 0 {
			continue
		}
		ents, e2 := d.matchNames(st, k)
		for _, le := range ents {
			if le.kind == lkTitle && le.title.Class != "honorific" && e2 <= end {
				if tt == nil || e2 > te {
					ti, te, tt = k, e2, le.title
				}
			}
		}
		if tt != nil {
			// take the longest title starting at the first match, and extend over following title words
			for te < end {
				ents2, e3 := d.matchNames(st, te)
				ok := false
				for _, le := range ents2 {
					ok = ok || le.kind == lkTitle
				}
				if !ok || e3 > end {
					break
				}
				te = e3
			}
			break
		}
	}
	if tt == nil {
		return
	}
	if p.kind == "" {
		if d.lx.common[strings.ToLower(p.name)] {
			return // "Thanks, [official]": a common word, no person
		}
		p.kind = graph.Person
		p.pending = false
		p.rule = "person:appositive"
	}
	role := strings.TrimSpace(d.spanText(st, j, te))
	var org *entity
	rule := "appositive:title-of"
	if te < end && (toks[te].lower == "of" || toks[te].lower == "at" || toks[te].lower == "for") {
		for k := te + 1; k < end; k++ {
			if om := d.mentionAt(st, k); om != nil {
				// the last actor of a possessive chain: "a spokesman for China's Foreign Ministry"
				for om.te+1 < end && toks[om.te].lower == "'s" {
					next := d.mentionAt(st, om.te+1)
					if next == nil {
						break
					}
					om = next
				}
				if oe := om.ent.final(); oe.kind == graph.Organization || oe.kind == graph.Government || oe.kind == graph.Country {
					org = oe
				}
				break
			}
		}
	}
	if org == nil {
		// a country or body named before the title: "an assistant U.S. Treasury secretary"
		var c *country
		for k := j; k < ti; k++ {
			if om := d.mentionAt(st, k); om != nil {
				oe := om.ent.final()
				if oe.kind == graph.Country {
					c = oe.country
				} else if oe.kind == graph.Organization || oe.kind == graph.Government {
					org = oe
				}
			} else if em, ok := d.matchNamesEndingAt(st, k); ok {
				c = em.country
			}
		}
		if org == nil && tt.Body != "" {
			org = d.bodyEntity(tt.Body, c)
			rule = "appositive:title-body"
		} else if org == nil && c != nil && tt.Class == "state" {
			org = d.countryEntity(c)
			rule = "appositive:title-country"
		}
		if org != nil && rule == "appositive:title-of" {
			rule = "appositive:title-modifier"
		}
	}
	if org == nil {
		// "the union's general secretary": the organization a definite description names
		ms := ti
		for n := 0; n < 2 && ms > j && toks[ms-1].kind == tkWord && !toks[ms-1].cap && toks[ms-1].lower != "'s" && !d.lx.stop[toks[ms-1].lower]; n++ {
			ms--
		}
		if _, _, noun := d.possessorRole(st, ms); noun >= 0 {
			d.holdRole(st, p, ms, ms, te, tt, nil, nil, noun, d.spanText(st, ms, te), "appositive:possessor")
			return
		}
	}
	if strings.HasPrefix(strings.ToLower(role), "former ") {
		p.addRole(role, nil)
		return
	}
	p.addRole(role, org)
	if org != nil {
		d.memberOf(st, j, te, p, org, role, rule)
	}
}

// orgAppositive: ", the policy research arm of Y" → PART_OF Y (rule appositive:part-of); ", the Z"
// after an outlet noun ("the party newspaper, the Z") → Z PART_OF the party (appositive:outlet-of).
func (d *doc) orgAppositive(st *sent, e *entity, j, end int) {
	toks := st.toks
	for k := j; k < end; k++ {
		n := &d.lx.partNouns
		kk := k
		var use string
		for kk < end {
			nx := n.next[toks[kk].lower]
			if nx == nil {
				break
			}
			n = nx
			kk++
			if len(n.entries) > 0 {
				use = n.entries[0].speech
			}
		}
		if use != "part" || kk >= end || toks[kk].lower != "of" {
			continue
		}
		for q := kk + 1; q < end; q++ {
			if om := d.mentionAt(st, q); om != nil {
				// the last actor of the "of" phrase: "China's Foreign Ministry" → the ministry
				last := om
				for r := om.te; r < end; r++ {
					if m2 := d.mentionAt(st, r); m2 != nil {
						last = m2
						r = m2.te - 1
					} else if toks[r].lower != "'s" {
						break
					}
				}
				if pe := last.ent.final(); pe != e && pe.kind != graph.Person && pe.kind != "" {
					d.structural(st, k, e, pe, "appositive:part-of")
				}
				return
			}
		}
		return
	}
}
