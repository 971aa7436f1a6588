package loader

import (
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// Countries and CAMEO codes of actors (stage "codes", after coreference): every actor entity gets
// the country it is or belongs to and, when known, its CAMEO actor code. The sources, in order:
//
//   - the phrase (a demonym, a possessor, "in X"), set by the actor stage;
//   - the Phoenix dictionaries (data/lexicons/phoenix, PETRARCH2, MIT): a named person or body
//     with its country and its code on the article's date (a person only when the article names
//     that country);
//   - structure: a person MEMBER_OF a body or country takes its country and code; a body PART_OF
//     a country takes that country;
//   - a bare single name ("Xi") becomes the one dictionary person of that family name who held an
//     office on the article's date, when the article names that person's country (dict:family);
//   - a body named only by a generic head ("Foreign Ministry", "Congress", "Central Bank") takes
//     no country from the text: it stays local to the article (graph.Node.Local) instead of merging
//     with another country's body of that name.
//
// A code is the country code followed by the CAMEO sector of the actor's head noun (agents of
// Phoenix.agents.txt: "parliament" LEG, "judge" JUD, "ministry" GOV), as in the CAMEO codebook's
// actor codes (country + role: CHNGOV, SRBLEG).
func (d *doc) assignCodes() {
	phx := d.x.phx
	date := d.c.Article.PublishedAt
	// 0. a person by word shape alone needs evidence (actor_personevidence.go)
	d.dropUnevidencedPersons()
	// 0a. a committee named in two orders is one body (actor_committees.go)
	d.committeeOrders()
	ents := d.finalActors()
	// 1. dictionary enrichment and bare family names
	for _, e := range ents {
		if phx == nil {
			break
		}
		if e.kind == graph.Person && len(strings.Fields(e.name)) == 1 {
			d.familyNameOnly(e, date)
			continue
		}
		if d.genericBody(e) {
			continue
		}
		a := phx.Unique(e.name, e.kind)
		if a == nil {
			if e.kind == graph.Organization && e.country == nil {
				// "United Nations" has several records ("United Nations", "UN" …) that all say
				// IGOUNO: the code they agree on is the name's (actor_cameo.go igoCode)
				e.cameo = igoCode(phx.Lookup(e.name))
			}
			continue
		}
		if e.kind == graph.Person && a.Country != "" && e.country == nil && !d.namesCountry(a.Country) {
			// a person's name alone may be a namesake's: the dictionary and the article must agree
			// on the country (the article names it somewhere)
			continue
		}
		if e.country == nil && a.Country != "" {
			e.country = d.lx.byCode[a.Country]
		}
		if e.kind == graph.Organization && a.Kind == graph.Government {
			e.kind = graph.Government // the dictionary codes it as a state body (CHNGOVLEG)
		}
		if e.kind == graph.Government && a.Kind == graph.Organization && a.Country == "" && !strings.HasPrefix(e.rule, "lexicon:") {
			e.kind = graph.Organization // an international body of the dictionary ("World Health Assembly", IGOUNOHLHWHO) is no state's, whatever its head word
		}
		if e.country == nil || a.Country == "" || a.Country == e.country.Code {
			e.cameo = dictCode(a, date)
			if e.cameo != "" && e.country != nil && sectorOnly(e.cameo) {
				e.cameo = e.country.Code + e.cameo // "MED" for a national outlet → "USAMED"
			}
		}
	}
	// 1b. a body named after its seat that states join is intergovernmental (actor_igo.go)
	d.igoByMembership(ents)
	// and an IGO official's office is the IGO's (actor_cameo.go)
	d.igoOffices(ents)
	// 1a. organizations that are state bodies (Phoenix agents, parents; actor_statebodies.go)
	d.stateBodies()
	d.delegationHeads()
	// 2. structure: PART_OF and MEMBER_OF give bodies and members their country
	for pass := 0; pass < 2; pass++ {
		for _, r := range d.structure {
			if !r.structural || r.src == nil || r.tgt == nil {
				continue
			}
			s, t := r.src.final(), r.tgt.final()
			if s == t || s.country != nil {
				continue
			}
			// a state body is part of its country; a person or group is a member of a body's or
			// country's state; an organization is neither by these relations alone ("Argentina's
			// IMF program" makes no Argentine IMF)
			if c := t.country; c != nil && (r.typ == graph.PartOf && s.kind == graph.Government || r.typ == graph.MemberOf && (s.kind == graph.Person || s.kind == graph.Group)) {
				s.country, s.guessed = c, t.guessed
			}
		}
	}
	// 2a-. a generic body without a country never holds two persons whose countries are unknown
	// or differ: each keeps a body of its own (actor_bodysplit.go)
	ents = d.splitCountrylessBodies(ents)
	// 2a. a generic body without a country takes its members' one country (the speaker's
	// affiliation: Treasury Secretary Steven T. Mnuchin, a US official in the dictionary, makes
	// his "Treasury" the US Treasury)
	for _, e := range ents {
		if e.country != nil && !e.guessed || e.kind != graph.Government || !d.genericBody(e) && !e.guessed {
			continue
		}
		if c := d.membersCountry(e); c != nil {
			if e.country == c {
				e.guessed = false // the guess was right
				continue
			}
			d.unguess(e) // a holder's stated country outranks the article's one country (actor_guess.go)
			e.placeIn(c)
		}
	}
	// 2a'''. a generic state body in a story filed from a country's capital or country, when
	// the article names no other country, is that country's (actor_unnamed.go soleStoryCountry)
	if c := d.soleStoryCountry(); c != nil {
		for _, e := range ents {
			if e.country == nil && e.kind == graph.Government && d.genericBody(e) {
				e.placeIn(c)
			}
		}
	}
	// 2a''. an administration named after its head is the head's state's (actor_aliases.go)
	d.administrationCountries(ents)
	// 2a'. the generic body that publishes the article takes the country its outlet names
	// (actor_publisher.go)
	d.publisherCountry(ents)
	// 2a'''. a generic state body the title names, on a page whose domain or title names its
	// state (speaker_voice.go pageCountry), as its spokesperson's "we" was read
	// a group of a state's officials on that state's government domain ("administration
	// officials" on whitehouse.gov) is that state's, as its "we" was read (officialsCountry)
	for _, e := range ents {
		if e.country == nil && d.stateOfficials(e) {
			if c := d.officialsCountry(e); c != nil {
				e.country = c
			}
		}
	}
	// and so is the same body named otherwise in the text ("Foreign Minister X" of the
	// "Ministry of Foreign Affairs": canonicalBody), which canonicalBodies then joins to it
	paged := map[string]*country{}
	for _, e := range ents {
		if e.country == nil {
			if c := d.pageCountry(e); c != nil {
				paged[strings.ToLower(d.canonicalBody(e.name, nil))] = c
			}
		}
		if e.country != nil && !e.guessed && e.kind == graph.Government && d.namedInTitle(e) {
			// the briefing's own body named with its state in the title ("Press Briefing by
			// Spokesperson of the Ministry of Foreign Affairs of Indonesia"): the bare body of
			// the same portfolio in its text ("Foreign Minister X") is that state's too
			k := strings.ToLower(d.canonicalBody(withoutOwnCountry(e.name, e.country), nil))
			if _, ok := paged[k]; !ok {
				paged[k] = e.country
			}
		}
	}
	for _, e := range ents {
		if e.country != nil || e.kind != graph.Government || !d.genericBody(e) {
			continue
		}
		if c := paged[strings.ToLower(d.canonicalBody(e.name, nil))]; c != nil {
			e.placeIn(c)
		}
	}
	// 2a''''. a generic body whose holders are spokespersons speaking for one state is that
	// state's (actor_spokesbody.go)
	d.spokespersonBodies(ents)
	// 2a'''. a hearing's legislature takes the publisher's or the dateline's country
	// (speaker_hearing.go)
	d.hearingCountry(ents)
	// a chamber named as only some states name theirs, in an article naming one of them
	// (actor_chambers.go)
	d.chamberCountries(ents)
	// 2b. one canonical name per generic body ("Ministry of Commerce" = "Commerce Ministry")
	d.canonicalBodies()
	ents = d.finalActors()
	// 2c. a state body PART_OF a body that has its country only now (a bare "Senate" joined to
	// "Senate (Canada)" by canonicalBodies) takes that country, as in step 2
	for _, r := range d.structure {
		if r.typ != graph.PartOf || !r.structural || r.src == nil || r.tgt == nil {
			continue
		}
		if s, t := r.src.final(), r.tgt.final(); s != t && s.kind == graph.Government && s.country == nil && t.kind == graph.Government && t.country != nil {
			s.country, s.guessed = t.country, t.guessed
		}
	}
	// 3. generic bodies without a country stay local to the article
	for _, e := range ents {
		if e.country != nil || (e.kind != graph.Government && e.kind != graph.Organization) || !d.genericBody(e) && !d.committeeOnly(e) {
			continue
		}
		e.localScope = d.localScope(e)
	}
	// two local bodies of one name in one article are one body ("Treasury Secretary Steven
	// Mnuchin … the Treasury said"): the holders' scope wins over the article's
	scope := map[string]string{}
	for _, e := range ents {
		if e.localScope == "" || e.ownHolder {
			continue
		}
		k := strings.ToLower(e.identity())
		if cur, ok := scope[k]; !ok || strings.HasPrefix(e.localScope, "holder:") && (!strings.HasPrefix(cur, "holder:") || e.localScope < cur) {
			scope[k] = e.localScope
		}
	}
	for _, e := range ents {
		if e.localScope != "" && !e.ownHolder {
			e.localScope = scope[strings.ToLower(e.identity())]
		}
	}
	// persons of the same body learn its country now that it has one
	for _, r := range d.structure {
		if r.typ == graph.MemberOf && r.src != nil && r.tgt != nil && r.src.final().country == nil {
			r.src.final().country = r.tgt.final().country
		}
	}
	// 3a. a party introduced as "the opposition <Name>" (actor_cameo.go)
	d.oppositionParties(ents)
	// 4. codes: bodies first, then their members
	for _, e := range ents {
		if e.cameo != "" || e.country == nil || e.kind == graph.Person {
			continue
		}
		if e.kind == graph.Government && humanRightsCommission(e.name) {
			e.kind = graph.Organization // a named one is an NGO to Phoenix (actor_cameo.go)
		}
		switch e.kind {
		case graph.Country:
			e.cameo = e.country.Code
		case graph.Government:
			sec := d.sector(e.name, "GOV")
			if sec == "GOV" && d.hearingLegislature() != nil && d.legislature(e) {
				sec = "LEG" // a chamber's committee ("House Committee on …") is of the legislature's sector
			}
			e.cameo = e.country.Code + sec
		case graph.Organization:
			e.cameo = e.country.Code + d.orgSector(e.name)
			if humanRightsCommission(e.name) {
				e.cameo = "NGO" + e.country.Code + "HRI" // actor_cameo.go
			}
		default:
			e.cameo = e.country.Code + d.sector(e.name, "")
		}
	}
	for _, r := range d.structure {
		// "Senate Committee on Power" PART_OF "Senate (Nigeria)": a chamber's committee is part of
		// the legislature and takes its sector (CAMEO LEG: "parliaments, assemblies, lawmakers")
		if r.typ == graph.PartOf && r.rule == "part-of:body-modifier" {
			if src, tgt := r.src.final(), r.tgt.final(); src.country != nil && src.country == tgt.country && strings.HasSuffix(tgt.cameo, "LEG") && strings.HasSuffix(src.cameo, "GOV") {
				src.cameo = tgt.cameo
			}
		}
	}
	for _, e := range ents {
		if e.kind != graph.Person || e.cameo != "" {
			continue
		}
		for _, r := range d.structure {
			if r.typ != graph.MemberOf || r.src == nil || r.tgt == nil || r.src.final() != e {
				continue
			}
			t := r.tgt.final()
			switch {
			case t.kind == graph.Government && t.cameo != "":
				e.cameo = t.cameo
			case t.kind == graph.Country && t.country != nil:
				e.cameo = t.country.Code + "GOV" // a state title held for the country
			}
			if e.cameo != "" {
				break
			}
		}
		if e.cameo == "" && e.country != nil {
			e.cameo = e.country.Code
		}
	}
	// 4a. officials of an intergovernmental body, and the dictionary's GOV+LEG/JUD written as
	// CAMEO's roles (actor_cameo.go)
	d.igoMemberCodes(ents)
	for _, e := range ents {
		e.cameo = cameoRole(e.cameo)
	}
	// 5. family names written first
	for _, e := range ents {
		if e.kind == graph.Person && e.country != nil && phx != nil && phx.SurnameFirst(e.country.Code) {
			if f := strings.Fields(graph.NormalizeName(e.name)); len(f) >= 2 {
				e.family = f[0]
			}
		}
	}
}

// membersCountry is the one country of the persons MEMBER_OF e that have one, or nil when they
// have none or several.
func (d *doc) membersCountry(e *entity) *country {
	var c *country
	for _, r := range d.structure {
		if r.typ != graph.MemberOf || r.src == nil || r.tgt == nil || r.tgt.final() != e {
			continue
		}
		p := r.src.final()
		if p.kind != graph.Person || p.dropped || p.country == nil || p.guessed {
			continue
		}
		if c != nil && c != p.country {
			return nil
		}
		c = p.country
	}
	return c
}

// localScope is where the identity of a generic body without a country holds: its office
// holders, when a person is MEMBER_OF it ("holder:" and the alphabetically first holder's
// normalized name: the Treasury of Treasury Secretary Steven Mnuchin is one node in every article
// that gives him the title, and a person belongs to one state), else the article.
func (d *doc) localScope(e *entity) string {
	first := ""
	for _, r := range d.structure {
		if r.typ != graph.MemberOf || r.src == nil || r.tgt == nil || r.tgt.final() != e {
			continue
		}
		if p := r.src.final(); p.kind == graph.Person && !p.dropped {
			if n := graph.NormalizeName(p.name); first == "" || n < first {
				first = n
			}
		}
	}
	if first != "" {
		return "holder:" + first
	}
	return "article:" + d.c.Article.ID
}

// finalActors are the article's actor entities that were not merged into another.
func (d *doc) finalActors() []*entity {
	var out []*entity
	for _, e := range d.ents {
		if e.merged == nil && e.kind.IsActor() && !e.dropped {
			out = append(out, e)
		}
	}
	return out
}

// familyNameOnly resolves a person known by one word ("Xi", "President Xi") to the one Phoenix
// person with that family name who held an office on date, when the article names that person's
// country; the entity takes the full name, country and code (rule dict:family). Several such
// persons, or none, leave it as it is: a bare name joins a full one only when it is unambiguous.
//
// The article's own evidence wins: a bare name whose title or membership ties it to another
// country ("Nigerian Senator Obama") is not the dictionary's person of the country named
// elsewhere in the article (issue 14: a dictionary entry applies when the article agrees).
func (d *doc) familyNameOnly(e *entity, date string) {
	var found *lexicon.Actor
	own := d.memberCountries(e)
	for _, a := range d.x.phx.ByFamilyName(e.name, date) {
		if len(a.Dated) == 0 || a.Country == "" || !d.namesCountry(a.Country) {
			continue
		}
		if len(own) > 0 && !own[a.Country] || e.country != nil && e.country.Code != a.Country || d.titleSectorDisagrees(e, a) {
			continue
		}
		if found != nil && found.Name != a.Name {
			return
		}
		found = a
	}
	if found == nil {
		return
	}
	e.addAlias(e.name)
	e.name = found.Name
	e.country = d.lx.byCode[found.Country]
	e.cameo = dictCode(found, date)
	e.rule = "dict:family" // the canonical name comes from the dictionary
}

// titleSectorDisagrees reports a role title of e that the Phoenix agents dictionary codes to a
// sector ("senator" LEG) that none of dictionary person a's codes carries ("SENATOR WALTERS" is not
// Vernon A. Walters, coded USAELI, USAGOV and USASPY): the article's own evidence of the office
// wins over a family name, as its evidence of the country does (familyNameOnly).
func (d *doc) titleSectorDisagrees(e *entity, a *lexicon.Actor) bool {
	codes := []string{a.Code}
	for _, r := range a.Dated {
		codes = append(codes, r.Code)
	}
	for _, r := range e.roles {
		sec := d.titleSector(r.title)
		if sec == "" {
			continue
		}
		held := false
		for _, c := range codes {
			for i := 3; i+3 <= len(c); i += 3 {
				held = held || c[i:i+3] == sec
			}
		}
		if !held {
			return true
		}
	}
	return false
}

// titleSector is the CAMEO sector the Phoenix agents dictionary gives a title, looked up whole and
// then without its first words (the head of a compound decides, as in executiveTitle), or "".
func (d *doc) titleSector(title string) string {
	if d.x.phx == nil {
		return ""
	}
	f := strings.Fields(strings.ToLower(title))
	for i := range f {
		if a, ok := d.x.phx.Agent(strings.Join(f[i:], " ")); ok {
			return sectorOf(a.Code)
		}
	}
	return ""
}

// memberCountries are the countries of the bodies and countries person e is MEMBER_OF in the
// article (by title, apposition or modifier), as ISO3 codes; empty when none has a country.
func (d *doc) memberCountries(e *entity) map[string]bool {
	out := map[string]bool{}
	for _, r := range d.structure {
		if r.typ != graph.MemberOf || r.src == nil || r.tgt == nil || r.src.final() != e {
			continue
		}
		if c := r.tgt.final().country; c != nil {
			out[c.Code] = true
		}
	}
	return out
}

// datelineOutweighs reports a story filed from another country than code (its dateline's place
// or country, "SANTIAGO, Aug 8 -") that the article names at least as often as code: a bare
// title there is the filing country's office before a dictionary body of code ("Senator X" in a
// Santiago story that mentions the United States once is no US senator).
func (d *doc) datelineOutweighs(code string) bool {
	dc := d.datelineCountry()
	if dc == nil || dc.Code == code {
		return false
	}
	cc := d.countryCounts()
	return cc[dc.Code] >= cc[code]
}

// datelineCountry is the country of the first dateline of the article (a capital or country
// named in it), else of a place-and-date line ("Oslo, 22 January 2026" as a paragraph of its own
// among the first three or the last: placeDateLine), or nil.
func (d *doc) datelineCountry() *country {
	for _, st := range d.sents {
		j := d.dateline(st, 0)
		if j == 0 {
			continue
		}
		return d.placeCountry(st, j)
	}
	for _, st := range d.sents {
		if j := d.placeDateLine(st); j > 0 {
			return d.placeCountry(st, j)
		}
	}
	return nil
}

// placeCountry is the country of the first capital or country named in tokens [0, j) of st.
func (d *doc) placeCountry(st *sent, j int) *country {
	for i := 0; i < j; i++ {
		ents, _ := d.matchNames(st, i)
		for _, e := range ents {
			if e.country != nil && (e.kind == lkCountry || e.kind == lkCapital) {
				return e.country
			}
		}
	}
	return nil
}

// headerBlockBefore reports a sentence among the first six paragraphs whose every earlier
// paragraph is one line of one sentence without a closing period: the header block of a news
// release (headline, "PRESS RELEASE", the issuer's name) that stands before its place-and-date
// line (AP Stylebook, "news release": headline, dateline, body, boilerplate, contact).
func (d *doc) headerBlockBefore(st *sent) bool {
	if st.s.Paragraph > 5 {
		return false
	}
	for i := 0; i < st.idx; i++ {
		p := d.sents[i]
		if i > 0 && d.sents[i-1].s.Paragraph == p.s.Paragraph || len(p.toks) == 0 || p.toks[len(p.toks)-1].text == "." || len(p.toks) > 16 {
			return false
		}
	}
	return true
}

// placeDateLine returns the index of the comma of a place-and-date line, or 0: a paragraph of
// one sentence among the first three (or after a release's header block, headerBlockBefore) or the last of the article, made of one to three
// capitalized words, a comma and a date with its year (day and month names, numbers, commas),
// nothing else: the date line of a statement, letter or communiqué (rePlaceDateLine, dates.go,
// gives its date).
func (d *doc) placeDateLine(st *sent) int {
	last := d.sents[len(d.sents)-1].s.Paragraph
	if st.s.Paragraph > 2 && st.s.Paragraph != last && !d.headerBlockBefore(st) ||
		st.idx > 0 && d.sents[st.idx-1].s.Paragraph == st.s.Paragraph ||
		st.idx+1 < len(d.sents) && d.sents[st.idx+1].s.Paragraph == st.s.Paragraph {
		return 0
	}
	toks := st.toks
	c := 0
	for c < len(toks) && c < 3 && toks[c].kind == tkWord && toks[c].cap && !isDayOrMonth(toks[c].lower) {
		c++
	}
	if c == 0 || c >= len(toks) || toks[c].text != "," {
		return 0
	}
	year := false
	for _, t := range toks[c+1:] {
		switch {
		case t.kind == tkNum:
			year = year || len([]rune(t.text)) == 4
		case t.text == "," || t.text == ".":
		case t.kind == tkWord && t.cap && (isDayOrMonth(t.lower) || datelineMonth(t.lower) || t.lower == "may"):
		default:
			return 0
		}
	}
	if !year {
		return 0
	}
	return c
}

// namesCountry reports whether the article names the country with ISO3 code (its name, short
// form, demonym or capital, capitalized).
func (d *doc) namesCountry(code string) bool {
	return d.countryCounts()[code] > 0
}

// countryCounts counts, per ISO3 code, how often the article names each country (name, short
// form, demonym or capital, capitalized). Computed once.
func (d *doc) countryCounts() map[string]int {
	if d.cCounts != nil {
		return d.cCounts
	}
	d.cCounts = map[string]int{}
	d.eachCapitalMatch(func(st *sent, i int, ents []lexEntry) bool {
		for _, e := range ents {
			if e.country == nil || (e.kind != lkCountry && e.kind != lkDemonym && e.kind != lkCapital) || e.caps && !st.toks[i].allCaps {
				continue
			}
			d.cCounts[e.country.Code]++
			break
		}
		return true
	})
	return d.cCounts
}

// genericBody reports a body named only by a generic head: one implied by a title ("foreign
// minister" → Foreign Ministry), or a name whose words are all common English words the article
// also writes in lower case, with an organization head ("Congress", "Central Bank", "Supreme
// Court"): a body every country has, which names no one body without its country. "Trump
// administration" is no generic name: the article never writes "trump" in lower case.
func (d *doc) genericBody(e *entity) bool {
	if e.rule == "title:implied-body" || e.rule == "title:portfolio" {
		return !strings.Contains(e.name, " (")
	}
	if strings.HasPrefix(e.rule, "lexicon:") || !d.genericName(e.name) || d.x.phx != nil && len(d.x.phx.Lookup(e.name)) > 0 {
		return false // a known actor ("World Bank") is no generic head
	}
	l := strings.ToLower(e.name)
	if d.lx.titleBodies[l] || d.lx.orgAlone[l] || chamberName(l) {
		return true // a body a title implies ("Foreign Ministry"), a head alone ("Parliament"), a chamber ("House of Commons")
	}
	if l == "federal government" {
		// the national executive of every federation bears this name (Germany's Basic Law art.
		// 62 "the Federal Government"; Nigeria's Constitution 1999 s. 5 and the Federal
		// Government's own usage; Australia, Malaysia, Pakistan): whose, the article says
		return true
	}
	if n := d.lx.bodies.next; n != nil {
		if ents, end := matchWords(&d.lx.bodies, strings.Fields(l)); end == len(strings.Fields(l)) && len(ents) > 0 {
			return true // "Central Bank", "Coast Guard" (bodies.txt)
		}
	}
	// a state head with common modifiers: "Commerce Ministry", "Ministry of Finance", "Supreme Court"
	words := strings.Fields(l)
	head := false
	for _, w := range words {
		if stateHeads[w] {
			head = true
		}
	}
	return head
}

// stateHeads are heads of names that every state gives one of its bodies (ministries, courts,
// chambers of its legislature): with only common words around them ("Ministry of Finance",
// "Supreme Court", "National Assembly"), the name says nothing about which state.
var stateHeads = map[string]bool{"ministry": true, "department": true, "court": true, "parliament": true,
	"senate": true, "assembly": true, "congress": true, "cabinet": true, "legislature": true,
	"treasury": true, "police": true, "army": true, "navy": true, "judiciary": true}

// committeeOnly reports a committee, a commission or a party named by common words alone, after the names of bodies have
// been merged ("Foreign Affairs Committee", "Public Accounts Committee"): a legislature works
// through subject committees (Erskine May, ch. 38; the House of Representatives' Rule X; Kenya's
// National Assembly Standing Orders 216), and so do parties, firms and treaties, so the name says
// nothing about whose; with no country found it stays local to the article (step 3 of codes).
// It is not a generic head for merging names ("the Steering Committee" may still be the one of
// an accord the article names in full).
func (d *doc) committeeOnly(e *entity) bool {
	if strings.HasPrefix(e.rule, "lexicon:") || !d.genericName(e.name) || d.x.phx != nil && len(d.x.phx.Lookup(e.name)) > 0 {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(e.name)) {
		if w == "committee" || w == "committees" || w == "party" || w == "parties" || w == "commission" || w == "commissions" {
			// and a party named by common words alone: party names recur from country to
			// country within a party family ("Conservative Party" in Britain, Canada and
			// Norway; "Labour Party", "Green Party", "New Democratic Party"; the ParlGov
			// database of parties, Döring & Manow), so with no country such a name is no one party;
			// and a commission: the Phoenix agents list the commissions states set up under one
			// name (CENTRAL_ELECTION_COMMISSION, ELECTORAL_COMMISSION, HUMAN_RIGHTS_COMMISSION,
			// ANTI_GRAFT_COMMISSION), so "the Central Election Commission" of Georgia is not
			// Russia's or Moldova's
			return true
		}
	}
	return false
}

// matchWords walks a lexicon trie over lower-case words from the start: the entries of the longest
// match and its end.
func matchWords(t *trie, words []string) ([]lexEntry, int) {
	var best []lexEntry
	end := 0
	n := t
	for i, w := range words {
		if n = n.next[w]; n == nil {
			break
		}
		if len(n.entries) > 0 {
			best, end = n.entries, i+1
		}
	}
	return best, end
}

// genericName reports a name made only of common English words, an organization head among them
// ("Foreign Ministry", "Congress", "Central Bank", "Supreme Court").
func (d *doc) genericName(name string) bool {
	if i := strings.Index(name, " ("); i > 0 {
		return false // already qualified: "Foreign Ministry (China)"
	}
	if chamberName(name) {
		return true // "House of Commons": a chamber every state with one names so (actor_chambers.go)
	}
	words := strings.Fields(strings.ToLower(name))
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	head := false
	for _, w := range words {
		w = strings.TrimSuffix(w, "'s")
		if _, ok := d.lx.orgWords[w]; ok {
			head = true
			continue
		}
		if w == "of" || w == "the" || w == "for" || w == "and" {
			continue
		}
		if !d.lx.common[w] || d.lx.byCode != nil && d.isPlaceWord(w) {
			return false
		}
	}
	return head
}

// isPlaceWord reports a word that is a demonym, country or capital ("american" in "American
// Chamber of Commerce"): the name then carries its country.
func (d *doc) isPlaceWord(w string) bool {
	n := d.lx.names.next[w]
	if n == nil {
		return false
	}
	for _, e := range n.entries {
		if e.kind == lkDemonym || e.kind == lkCountry || e.kind == lkCapital {
			return true
		}
	}
	return false
}

// sector is the CAMEO sector code of a name's head noun from the Phoenix agents ("Parliament
// (Serbia)" → LEG, "Supreme Court" → JUD), or def. A state body whose head the agents do not
// list and whose name opens with a legislature's agent phrase is of the legislative sector: a
// chamber's committee is named with its chamber first ("House of Commons Foreign Affairs
// Committee", "Senate Foreign Relations Committee"; Phoenix.agents.txt HOUSE_OF_COMMONS, SENATE
// [~LEG]) and is an organ of that legislature (Erskine May, ch. 38: select committees are
// appointed by the House).
func (d *doc) sector(name, def string) string {
	if i := strings.Index(name, " ("); i > 0 {
		name = name[:i]
	}
	words := strings.Fields(strings.ToLower(name))
	if d.x.phx == nil || len(words) == 0 {
		return def
	}
	for k := 0; k < len(words) && k < 3; k++ {
		if a, ok := d.x.phx.Agent(strings.Join(words[k:], " ")); ok {
			return sectorOf(a.Code)
		}
	}
	// the head noun comes before its of-complement (Quirk et al. 17.37): "Constitutional Court of
	// Georgia", "Supreme Court of the United States" (COURT [~JUD]), "University of Nairobi"
	// (UNIVERSITY [~EDU]); the whole name was tried first ("Court of Auditors" [~GOV])
	if i := slices.Index(words, "of"); i > 0 {
		for k := 0; k < i && k < 3; k++ {
			if a, ok := d.x.phx.Agent(strings.Join(words[k:i], " ")); ok {
				return sectorOf(a.Code)
			}
		}
	}
	if def == "GOV" {
		for k := min(len(words)-1, 4); k >= 1; k-- {
			if a, ok := d.x.phx.Agent(strings.Join(words[:k], " ")); ok {
				if sectorOf(a.Code) == "LEG" {
					return "LEG"
				}
				break
			}
		}
	}
	return def
}

// dictCode is a dictionary actor's code on the article's date; for an undated article only a code
// that does not depend on the date (the default, or the one code all its dated entries share).
func dictCode(a *lexicon.Actor, date string) string {
	if date != "" || a.Code != "" {
		return a.CodeAt(date)
	}
	code := ""
	for _, r := range a.Dated {
		if code != "" && r.Code != code {
			return ""
		}
		code = r.Code
	}
	return code
}

// sectorOnly reports a code that starts with a sector, not a country or a transnational prefix
// ("MED", "GOVMED"): a dictionary entry that leaves the country to the context.
func sectorOnly(code string) bool {
	if len(code) < 3 {
		return false
	}
	for _, s := range []string{"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "MED", "BUS", "OPP", "REB", "PTY", "CVL", "EDU", "LAB", "AGR", "HLH", "REL", "ELI", "NGO"} {
		if code[:3] == s && s != "NGO" {
			return true
		}
	}
	return false
}

// withoutOwnCountry is a body's name without the of-phrase naming its own state at its end
// ("Ministry of Foreign Affairs of Indonesia", "… of the Republic of Ghana" → "Ministry of
// Foreign Affairs"), so that its portfolio reads as the bare body's does; name unchanged when it
// ends otherwise.
func withoutOwnCountry(name string, c *country) string {
	if c == nil {
		return name
	}
	low := strings.ToLower(name)
	cn := strings.ToLower(c.Name)
	for _, tail := range []string{" of " + cn, " of the " + cn} {
		if strings.HasSuffix(low, tail) {
			base := name[:len(name)-len(tail)]
			for _, state := range []string{" of the Republic", " of the Kingdom", " of the State", " of the Federal Republic"} {
				base = strings.TrimSuffix(base, state)
			}
			return base
		}
	}
	for _, state := range []string{" of the republic of ", " of the kingdom of ", " of the state of ", " of the federal republic of "} {
		if strings.HasSuffix(low, state+cn) {
			return name[:len(name)-len(state+cn)]
		}
	}
	return name
}
